package org.praxis.register.reading;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams one CSV file as one table. Malformed UTF-8 is replaced rather than fatal (Excel sometimes saves in the
 * Windows code page), and the same row, size and empty-row limits apply as for workbooks.
 */
public final class CsvTableReader {

    private final ImportLimits limits;

    public CsvTableReader(ImportLimits limits) {
        this.limits = limits;
    }

    public void read(InputStream input, String name, TableVisitor visitor) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        var counted = new CountingStream(input, read -> check(read, name));
        if (!visitor.startTable(name)) {
            return;
        }
        try (var reader = CsvReader.builder()
                .allowMissingFields(true)
                .allowExtraFields(true)
                .skipEmptyLines(false)
                .ofCsvRecord(new InputStreamReader(counted, decoder))) {
            int lastWithData = 0;
            for (var record : reader) {
                int rowNumber = (int) Math.min(Integer.MAX_VALUE, record.getStartingLineNumber());
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
