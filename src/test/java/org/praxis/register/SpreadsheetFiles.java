package org.praxis.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.praxis.documents.SpreadsheetWriter;

/** Builds the workbooks and CSV files the tests feed the importer, including broken and hostile ones. */
final class SpreadsheetFiles {

    /** A workbook with these sheets, each a list of rows. */
    static Path workbook(Path folder, String name, Map<String, List<List<?>>> sheets) throws IOException {
        var file = folder.resolve(name);
        try (var out = Files.newOutputStream(file);
                var book = new SpreadsheetWriter(out)) {
            for (var sheet : sheets.entrySet()) {
                book.startSheet(sheet.getKey());
                for (var row : sheet.getValue()) {
                    book.row(row);
                }
            }
        }
        return file;
    }

    /** A zip whose parts are given as text: for workbooks no spreadsheet program would write. */
    static Path zip(Path folder, String name, Map<String, String> parts) throws IOException {
        var file = folder.resolve(name);
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static String csv(List<List<String>> rows) {
        var out = new StringBuilder();
        for (var row : rows) {
            var cells = new ArrayList<String>();
            for (var cell : row) {
                cells.add(cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ByteArrayOutputStream buffer() {
        return new ByteArrayOutputStream();
    }

    private SpreadsheetFiles() {}
}
