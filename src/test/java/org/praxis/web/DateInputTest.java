package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class DateInputTest {

    record Form(DateInput when) {}

    private static String problem(DateInput input) {
        var errors = new BeanPropertyBindingResult(new Form(input), "form");
        input.toDate("when", "Start date", errors);
        return errors.hasErrors() ? errors.getFieldError("when").getDefaultMessage() : null;
    }

    @Test
    void realDatesIncludingALeapDay() {
        var errors = new BeanPropertyBindingResult(new Form(null), "form");
        assertThat(new DateInput("29", "2", "2024").toDate("when", "Start date", errors))
                .contains(LocalDate.of(2024, 2, 29));
        assertThat(new DateInput(" 7 ", "03", "2025").toDate("when", "Start date", errors))
                .contains(LocalDate.of(2025, 3, 7));
        assertThat(new DateInput("", "", "").toDate("when", "Start date", errors))
                .isEmpty();
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void problemsInGovukWording() {
        assertThat(problem(new DateInput("29", "2", "2025"))).isEqualTo("Start date must be a real date");
        assertThat(problem(new DateInput("31", "", "2025"))).isEqualTo("Start date must include a day, month and year");
        assertThat(problem(new DateInput("1", "1", "25"))).isEqualTo("Year must include 4 numbers");
        assertThat(problem(new DateInput("x", "1", "2025"))).isEqualTo("Start date must be a real date");
    }
}
