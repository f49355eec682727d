package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The messages a person sees for text too long, a number that is not one, and a choice not made. */
class FormConstraintsTest {

    enum Colour {
        RED,
        GREEN
    }

    record Form(
            @MaxLength(value = 1000, label = "The theme") String theme,

            @WholeNumber(min = 1, max = 100, label = "The percentage")
            String percent,

            @OneOf(value = Colour.class, message = "Select a colour")
            String colour) {}

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static List<String> problems(String theme, String percent, String colour) {
        return validator.validate(new Form(theme, percent, colour)).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .toList();
    }

    @Test
    void whatFitsPasses() {
        assertThat(problems(" " + "x".repeat(1000) + " ", " 7 ", "RED")).isEmpty();
        assertThat(problems(null, "", "GREEN"))
                .as("nothing typed is for @NotBlank to refuse")
                .isEmpty();
    }

    @Test
    void tooLongTextSaysTheLimitAndHowMuchWasTyped() {
        assertThat(problems("x".repeat(1234), null, "RED"))
                .containsExactly("theme: The theme must be 1,000 characters or fewer (it has 1,234)");
    }

    @Test
    void aNumberOutOfRangeOrNotANumberSaysWhichWithAnExample() {
        assertThat(problems(null, "101", "RED")).containsExactly("percent: The percentage must be between 1 and 100");
        assertThat(problems(null, "ten", "RED"))
                .containsExactly("percent: The percentage must be a whole number, like 10");
        assertThat(FormValues.number(" 42 ")).isEqualTo(42);
    }

    @Test
    void aChoiceNotMadeOrNotOnTheListAsksForOne() {
        assertThat(problems(null, null, null)).containsExactly("colour: Select a colour");
        assertThat(problems(null, null, "red")).containsExactly("colour: Select a colour");
    }

    @Test
    void typedTemplateCharactersAreNotInterpreted() {
        record Braces(
                @MaxLength(value = 1, label = "The {name} ${1+1}")
                String text) {}
        assertThat(validator.validate(new Braces("ab")).iterator().next().getMessage())
                .isEqualTo("The {name} ${1+1} must be 1 characters or fewer (it has 2)");
    }
}
