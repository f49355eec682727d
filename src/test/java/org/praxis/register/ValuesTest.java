package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.praxis.register.imports.AgeBand;
import org.praxis.register.reading.Values;

/** Cell values as case management systems and Excel write them. */
class ValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            45616           | 2024-11-20
            45616.75        | 2024-11-20
            20/11/2024      | 2024-11-20
            1/2/2024        | 2024-02-01
            2024-11-20      | 2024-11-20
            2024-11-20T09:30:00 | 2024-11-20
            20/11/2024 14:05 | 2024-11-20
            20-Nov-2024     | 2024-11-20
            20 November 2024 | 2024-11-20
            29/02/2024      | 2024-02-29
            """)
    void readsDatesInTheFormsTheyArrive(String raw, LocalDate expected) {
        assertThat(Values.date(raw).value()).isEqualTo(expected);
    }

    @Test
    void anImpossibleDateIsCalledThat() {
        assertThat(Values.date("31/02/2025").problem()).isEqualTo("is not a real date");
        assertThat(Values.date("29/02/2025").problem()).isEqualTo("is not a real date");
        assertThat(Values.date("next Tuesday").problem()).isEqualTo("is not a date: use DD/MM/YYYY");
    }

    @Test
    void blanksAndSpreadsheetErrorsAreEmpty() {
        assertThat(Values.date("#N/A").value()).isNull();
        assertThat(Values.date("#N/A").ok()).isTrue();
        assertThat(Values.text("\u00A0#N/A ")).isEmpty();
        assertThat(Values.count("").value()).isNull();
    }

    @Test
    void nonBreakingAndRepeatedSpacesBecomeOneSpace() {
        assertThat(Values.tidy("\u00A0Child\u00A0Protection  Team East ")).isEqualTo("Child Protection Team East");
    }

    @Test
    void codesAreReadWithOrWithoutTheirLetter() {
        assertThat(Values.code("a) Male")).isEqualTo("Male");
        assertThat(Values.code("Male")).isEqualTo("Male");
        assertThat(Values.code("c) Not stated/recorded (or unborn)")).isEqualTo("Not stated/recorded (or unborn)");
        assertThat(Values.yesNo("b) No")).isFalse();
        assertThat(Values.yesNo("Y")).isTrue();
        assertThat(Values.yesNo("perhaps")).isNull();
    }

    @Test
    void countsAreWholeNumbersOfZeroOrMore() {
        assertThat(Values.count("3").value()).isEqualTo(3);
        assertThat(Values.count("3.0").value()).isEqualTo(3);
        assertThat(Values.count("-1").problem()).isEqualTo("cannot be negative");
        assertThat(Values.count("2.5").problem()).isEqualTo("must be a whole number");
        assertThat(Values.count("two").problem()).isEqualTo("is not a number");
    }

    @Test
    void ageBandsInsteadOfDatesOfBirth() {
        var asAt = LocalDate.of(2026, 11, 20);
        assertThat(AgeBand.of(LocalDate.of(2026, 12, 25), null, asAt)).isEqualTo("Unborn");
        assertThat(AgeBand.of(null, -1, asAt)).isEqualTo("Unborn");
        assertThat(AgeBand.of(LocalDate.of(2026, 1, 1), null, asAt)).isEqualTo("Under 1");
        assertThat(AgeBand.of(LocalDate.of(2010, 11, 20), null, asAt)).isEqualTo("16 to 17");
        assertThat(AgeBand.of(LocalDate.of(2010, 11, 21), null, asAt)).isEqualTo("10 to 15");
        assertThat(AgeBand.of(null, 19, asAt)).isEqualTo("18 and over");
        assertThat(AgeBand.of(null, null, asAt)).isEqualTo("Not recorded");
    }

    /** Serial numbers and DD/MM/YYYY are read without the formatters: the answers are the formatters' (checked). */
    @Test
    void theQuickWaysGiveTheFormattersAnswers() {
        assertThat(Values.date("45000").value()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(Values.date("2958465").value()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Values.date("0").problem()).isEqualTo("is not a date");
        assertThat(Values.date("2958466").problem()).isEqualTo("is not a date");
        assertThat(Values.date("00/01/2024").problem()).isEqualTo("is not a real date");
        assertThat(Values.date("1/13/2024").problem()).isEqualTo("is not a real date");
        assertThat(Values.date("01/02/02024").problem()).isEqualTo("is not a date: use DD/MM/YYYY");
        assertThat(Values.date("1/2/24").problem()).isEqualTo("is not a date: use DD/MM/YYYY");
        assertThat(Values.date("007/1/2024").value()).isEqualTo(LocalDate.of(2024, 1, 7));
        assertThat(Values.code("ab)c")).isEqualTo("c");
        assertThat(Values.code("(a) x")).isEqualTo("(a) x");
        assertThat(Values.text(" N/A ")).isEmpty();
        assertThat(Values.tidy("Team  East ")).isEqualTo("Team East");
        assertThat(Values.tidy("Team\tEast")).isEqualTo("Team East");
    }
}
