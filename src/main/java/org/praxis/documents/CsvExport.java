package org.praxis.documents;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Every CSV file Praxis writes. A cell that a spreadsheet would run as a formula (one beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe, as OWASP
 * recommends against CSV injection: a case id or a date cell typed as {@code =HYPERLINK(...)} in an imported file
 * must not become a live link, or a command, in the problem report a QA lead opens in Excel.
 */
public final class CsvExport implements Closeable {

    private final CsvWriter csv;

    private CsvExport(CsvWriter csv) {
        this.csv = csv;
    }

    public static CsvExport writingTo(Writer out) {
        return new CsvExport(CsvWriter.builder().build(out));
    }

    public void row(String... cells) {
        csv.writeRecord(Arrays.stream(cells).map(CsvExport::neutralised).toList());
    }

    /** The cell as a spreadsheet will show it, never run it. */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
