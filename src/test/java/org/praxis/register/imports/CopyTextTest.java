package org.praxis.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** COPY's text format, worked by hand: what the database would misread is escaped, and nothing else is. */
class CopyTextTest {

    private static String written(CopyText row) {
        return new String(row.bytes(), 0, row.length(), StandardCharsets.UTF_8);
    }

    @Test
    void backslashTabNewlineAndCarriageReturnAreEscapedAndQuotesAreNot() {
        var row = new CopyText().text("a\\b\tc\nd\re \"q\" 'r' ;,|").text("\\N").endRow();

        assertThat(written(row)).isEqualTo("a\\\\b\\tc\\nd\\re \"q\" 'r' ;,|\t\\\\N\n");
    }

    @Test
    void nullIsBackslashNAndBlankIsNullOnlyWhenAsked() {
        var row = new CopyText()
                .text(null)
                .text("")
                .blankAsNull("")
                .number((Integer) null)
                .date(null)
                .endRow();

        assertThat(written(row)).isEqualTo("\\N\t\t\\N\t\\N\t\\N\n");
    }

    @Test
    void textBeyondAsciiIsUtf8AndHalfASurrogatePairIsAQuestionMark() {
        var value = "José – 中 😀";
        var row = new CopyText().text(value).text("x\uD800y").endRow();

        assertThat(written(row)).isEqualTo(value + "\tx?y\n");
    }

    @Test
    void datesNumbersAndBooleansAreWrittenAsPostgresqlReadsThem() {
        var row = new CopyText()
                .date(LocalDate.of(987, 3, 4))
                .date(LocalDate.of(12_345, 12, 31))
                .number(-42L)
                .bool(true)
                .bool(false)
                .endRow();

        assertThat(written(row)).isEqualTo("0987-03-04\t12345-12-31\t-42\tt\tf\n");
    }

    @Test
    void aLongValueGrowsTheBufferAndClearStartsAgain() {
        var row = new CopyText().text("é".repeat(100_000)).endRow();
        assertThat(row.length()).isEqualTo(200_001);

        row.clear();
        assertThat(written(row.text("next").endRow())).isEqualTo("next\n");
    }
}
