package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.register.reading.CsvDialect;
import org.praxis.register.reading.CsvTableReader;
import org.praxis.register.reading.ImportLimits;
import org.praxis.register.reading.TableVisitor;

/** CSV files as councils' systems and Excel save them: encodings and separators found, names read correctly. */
class CsvDialectTest {

    private static final String LIST = "Case reference;Team;Worker\r\nA-1;Long Term Support North;José Álvarez\r\n";

    private static List<List<String>> read(byte[] bytes) {
        return read(bytes, null);
    }

    private static List<List<String>> read(byte[] bytes, CsvDialect.Choice choice) {
        var rows = new ArrayList<List<String>>();
        new CsvTableReader(ImportLimits.defaults())
                .read(new ByteArrayInputStream(bytes), "adults.csv", choice, new TableVisitor() {
                    @Override
                    public boolean startTable(String name) {
                        return true;
                    }

                    @Override
                    public void row(int rowNumber, List<String> cells) {
                        rows.add(cells);
                    }

                    @Override
                    public void endTable() {}
                });
        return rows;
    }

    private static byte[] withMark(byte[] mark, byte[] text) {
        var all = new byte[mark.length + text.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(text, 0, all, mark.length, text.length);
        return all;
    }

    @Test
    void aPersonsChoiceOfEncodingAndSeparatorIsHowTheFileIsRead() {
        var bytes = LIST.getBytes(Charset.forName("windows-1252"));
        assertThat(read(bytes, new CsvDialect.Choice("UTF-8", ',')))
                .as("what the person chose, even when wrong")
                .first()
                .isEqualTo(List.of("Case reference;Team;Worker"));
        var marked =
                withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, LIST.getBytes(StandardCharsets.UTF_8));
        assertThat(read(marked, new CsvDialect.Choice("UTF-8", ';')))
                .as("the byte-order mark of the chosen encoding is still skipped")
                .containsExactly(
                        List.of("Case reference", "Team", "Worker"),
                        List.of("A-1", "Long Term Support North", "José Álvarez"));
        assertThatThrownBy(() -> new CsvDialect.Choice("EBCDIC", ',')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windows1252AndSemicolonsAsExcelSavesThemInEurope() {
        assertThat(read(LIST.getBytes(Charset.forName("windows-1252"))))
                .containsExactly(
                        List.of("Case reference", "Team", "Worker"),
                        List.of("A-1", "Long Term Support North", "José Álvarez"));
    }

    @Test
    void utf8WithAndWithoutItsMarkAndUtf16() {
        var expected = List.of(
                List.of("Case reference", "Team", "Worker"), List.of("A-1", "Long Term Support North", "José Álvarez"));
        assertThat(read(LIST.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
        assertThat(read(withMark(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, LIST.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(expected);
        assertThat(read(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, LIST.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(expected);
    }

    @Test
    void tabsPipesAndCommasInsideQuotes() {
        assertThat(read("Case reference\tTeam\r\nA-1\tReablement\r\n".getBytes(StandardCharsets.UTF_8)))
                .contains(List.of("A-1", "Reablement"));
        assertThat(read("Case reference|Team\r\nA-1|Reablement\r\n".getBytes(StandardCharsets.UTF_8)))
                .contains(List.of("A-1", "Reablement"));
        assertThat(read("\"Case reference; with a semicolon\",Team,Worker\r\nA-1,East,\"Smith; J\"\r\n"
                        .getBytes(StandardCharsets.UTF_8)))
                .contains(List.of("A-1", "East", "Smith; J"));
    }

    @Test
    void rowsAreNumberedAsASpreadsheetNumbersThemNotByLines() {
        var numbers = new ArrayList<Integer>();
        new CsvTableReader(ImportLimits.defaults())
                .read(
                        new ByteArrayInputStream("Case reference,Notes\r\nA-1,\"two\r\nlines\"\r\nA-2,one\r\n"
                                .getBytes(StandardCharsets.UTF_8)),
                        "adults.csv",
                        new TableVisitor() {
                            @Override
                            public boolean startTable(String name) {
                                return true;
                            }

                            @Override
                            public void row(int rowNumber, List<String> cells) {
                                numbers.add(rowNumber);
                            }

                            @Override
                            public void endTable() {}
                        });
        assertThat(numbers).containsExactly(1, 2, 3);
    }
}
