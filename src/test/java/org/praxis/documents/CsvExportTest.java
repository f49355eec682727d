package org.praxis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** CSV injection (OWASP): what a spreadsheet would run as a formula is written so that it shows as text. */
class CsvExportTest {

    private static String written(String... cells) throws Exception {
        var out = new StringWriter();
        try (var csv = CsvExport.writingTo(out)) {
            csv.row(cells);
        }
        return out.toString().strip();
    }

    @Test
    void aCellASpreadsheetWouldRunGetsALeadingApostrophe() throws Exception {
        assertThat(written("=HYPERLINK(\"http://evil.example\",\"Open\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\"");
        assertThat(written("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(written("+44 20", "-1+1", "@SUM(A1)")).isEqualTo("'+44 20,'-1+1,'@SUM(A1)");
        assertThat(written("\tx")).isEqualTo("'\tx");
        assertThat(written("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void ordinaryCellsAreWrittenAsTheyAre() throws Exception {
        assertThat(written("C1001", "2026-11-20", "Child Protection Team East", "", "a = b"))
                .isEqualTo("C1001,2026-11-20,Child Protection Team East,,a = b");
    }
}
