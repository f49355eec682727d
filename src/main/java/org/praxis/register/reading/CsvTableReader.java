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
        var counted = new CountingStream(input, name);
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
            throw new RejectedFile(name + " is not a well-formed CSV file: " + e.getMessage());
        } catch (UncheckedIOException e) {
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
    private final class CountingStream extends java.io.FilterInputStream {
        private final String name;
        private long read;

        CountingStream(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limits.maxEntryBytes()) {
                throw new RejectedFile(name + " is larger than "
                        + String.format("%,d", limits.maxEntryBytes() / 1_000_000) + " MB, more than Praxis accepts.");
            }
        }
    }
}
