package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The messages a person sees under a GOV.UK date input, in GOV.UK's wording. */
class RealDateTest {

    record Form(
            @RealDate(label = "Due date", blank = "Enter the due date")
            DateInput due,

            @RealDate(label = "Date of the conversation") DateInput spokeOn) {}

    private static jakarta.validation.ValidatorFactory factory;
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

    private static List<String> problems(DateInput due, DateInput spokeOn) {
        return validator.validate(new Form(due, spokeOn)).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .toList();
    }

    private static List<String> due(String day, String month, String year) {
        return problems(new DateInput(day, month, year), null);
    }

    @Test
    void aRealDateIsAccepted() {
        assertThat(due("29", "2", "2028")).isEmpty();
        assertThat(due(" 7 ", "03", "2027")).isEmpty();
    }

    @Test
    void aRequiredDateLeftBlankAsksForIt() {
        assertThat(due("", "", "")).containsExactly("due: Enter the due date");
        assertThat(problems(null, null)).containsExactly("due: Enter the due date");
    }

    @Test
    void anOptionalDateMayBeLeftBlankButNotHalfFilled() {
        assertThat(problems(new DateInput("1", "1", "2027"), new DateInput("", "", "")))
                .isEmpty();
        assertThat(problems(new DateInput("1", "1", "2027"), new DateInput("12", "", "")))
                .containsExactly("spokeOn: Date of the conversation must include a day, month and year");
    }

    @Test
    void aPartMissingSaysWhatMustBeIncluded() {
        assertThat(due("31", "", "2027")).containsExactly("due: Due date must include a day, month and year");
        assertThat(due("", "6", "2027")).containsExactly("due: Due date must include a day, month and year");
    }

    @Test
    void anImpossibleDateMustBeReal() {
        assertThat(due("31", "6", "2027")).containsExactly("due: Due date must be a real date");
        assertThat(due("29", "2", "2027")).containsExactly("due: Due date must be a real date");
        assertThat(due("1", "13", "2027")).containsExactly("due: Due date must be a real date");
        assertThat(due("first", "6", "2027")).containsExactly("due: Due date must be a real date");
    }

    @Test
    void aTwoDigitYearMustHaveFourNumbers() {
        assertThat(due("1", "6", "27")).containsExactly("due: Year must include 4 numbers");
    }

    @Test
    void theDateIsReadTheSameWayTheConstraintChecksIt() {
        assertThat(new DateInput("29", "2", "2028").date()).contains(java.time.LocalDate.of(2028, 2, 29));
        assertThat(new DateInput("1", "6", "27").date()).isEmpty();
        assertThat(new DateInput("31", "6", "2027").date()).isEmpty();
    }
}
