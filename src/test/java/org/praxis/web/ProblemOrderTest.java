package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The error summary lists problems in the order the fields appear on the page, not the order they were found. */
class ProblemOrderTest {

    /** The components are declared in the order the page shows the fields. */
    record Form(
            @NotBlank(message = "Enter what needs to be done") @Size(max = 5, message = "Too long")
            String title,

            @NotBlank(message = "Choose who owns the action")
            String owner,

            @RealDate(label = "Due date", blank = "Enter the due date")
            DateInput due) {}

    @Test
    void problemsFollowThePageOrderAndDateProblemsLinkToTheDate() {
        var form = new Form(" ", "", new DateInput("31", "6", "2027"));
        var result = new BeanPropertyBindingResult(form, "form");
        // Found in an order unlike the page's: a check in code first, then Bean Validation.
        result.rejectValue("due.day", "after", "The due date must be today or later");
        result.reject("whole", "Nothing was saved");
        try (var validator = new LocalValidatorFactoryBean()) {
            validator.afterPropertiesSet();
            validator.validate(form, result);
        }
        assertThat(Problem.allIn(result, Form.class))
                .containsExactly(
                        new Problem("title", "Enter what needs to be done"),
                        new Problem("owner", "Choose who owns the action"),
                        new Problem("due", "The due date must be today or later"),
                        new Problem("due", "Due date must be a real date"),
                        new Problem(null, "Nothing was saved"));
    }
}
