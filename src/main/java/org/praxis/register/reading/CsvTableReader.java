package org.praxis.register.reading;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams one CSV file as one table, in the encoding and with the separator it was saved with ({@link CsvDialect});
 * the same row, size and empty-row limits apply as for workbooks.
 */
public final class CsvTableReader {

    private final ImportLimits limits;

    public CsvTableReader(ImportLimits limits) {
        this.limits = limits;
    }

    public void read(InputStream input, String name, TableVisitor visitor) {
        read(input, name, null, visitor);
    }

    /** Reads the file as the person chose ({@code choice}), or as it looks when they did not choose (null). */
    public void read(InputStream input, String name, CsvDialect.Choice choice, TableVisitor visitor) {
        if (!visitor.startTable(name)) {
            return;
        }
        var counted = new BufferedInputStream(new CountingStream(input, read -> check(read, name)));
        CsvDialect dialect;
        try {
            dialect = CsvDialect.of(counted).chosen(choice);
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + name + ": " + e.getMessage());
        }
        try (var reader = CsvReader.builder()
                .fieldSeparator(dialect.separator())
                .allowMissingFields(true)
                .allowExtraFields(true)
                .skipEmptyLines(false)
                .ofCsvRecord(dialect.reader(counted))) {
            int lastWithData = 0;
            int rowNumber = 0;
            for (var record : reader) {
                // The row as a spreadsheet numbers it: a quoted cell over several lines is still one row.
                rowNumber++;
                if (rowNumber > limits.maxRowsPerSheet()) {
                    throw new RejectedFile(name + " goes on past line " + String.format("%,d", limits.maxRowsPerSheet())
                            + ", more lines than Praxis accepts in one list.");
                }
                var fields = record.getFields();
                boolean empty = fields.stream().allMatch(String::isBlank);
                if (empty) {
                    if (rowNumber - lastWithData > limits.maxEmptyRows()) {
                        throw new RejectedFile(name + " has more than " + String.format("%,d", limits.maxEmptyRows())
                                + " empty lines in a row after line " + String.format("%,d", lastWithData)
                                + ". Delete them and save the file again.");
                    }
                    continue;
                }
                lastWithData = rowNumber;
                var cells = fields.size() > limits.maxColumns() ? fields.subList(0, limits.maxColumns()) : fields;
                visitor.row(rowNumber, cells.stream().map(this::limit).toList());
            }
        } catch (CsvParseException e) {
            // The size limit below is thrown inside the parser, which wraps it.
            RejectedFile.rethrowIfCause(e);
            throw new RejectedFile(name + " is not a well-formed CSV file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            RejectedFile.rethrowIfCause(e);
            throw new RejectedFile("Cannot read " + name + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + name + ": " + e.getMessage());
        }
        visitor.endTable();
    }

    /**
     * The first rows with anything in them, as Praxis reads them (or as the person chose), for the column choice
     * screen: the person sees that names and separators read right before importing. No rows when the file cannot
     * be read.
     */
    public record Preview(CsvDialect dialect, List<List<String>> rows) {

        public List<String> headings() {
            return rows.isEmpty() ? List.of() : rows.getFirst();
        }

        public List<List<String>> firstRows() {
            return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
        }
    }

    public static Preview preview(Path file, CsvDialect.Choice choice, int rows) {
        var read = new java.util.ArrayList<List<String>>();
        CsvDialect dialect = null;
        try (var in = new BufferedInputStream(Files.newInputStream(file))) {
            dialect = CsvDialect.of(in).chosen(choice);
            try (var reader = CsvReader.builder()
                    .fieldSeparator(dialect.separator())
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(dialect.reader(in))) {
                for (var record : reader) {
                    var cells = record.getFields().stream().map(Values::tidy).toList();
                    if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                        read.add(cells);
                        if (read.size() > rows) {
                            break;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Preview(dialect, List.of());
        }
        return new Preview(dialect, read);
    }

    /** The first row with anything in it; empty when the file cannot be read. */
    public static List<String> firstRow(Path file, CsvDialect.Choice choice) {
        return preview(file, choice, 0).headings();
    }

    private String limit(String cell) {
        return cell.length() > limits.maxCellChars() ? cell.substring(0, limits.maxCellChars()) : cell;
    }

    /** Refuses a CSV file larger than the entry limit, including one inside a zip. */
    private void check(long read, String name) {
        if (read > limits.maxEntryBytes()) {
            throw new RejectedFile(name + " is larger than " + limits.maxEntrySize()
                    + ", more than Praxis accepts in one list (the limit is praxis.import.max-entry-bytes)."
                    + " Split the list, or ask your Praxis administrator to raise the limit.");
        }
    }
}
