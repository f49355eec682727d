package org.praxis.register.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells what a file really is from its first bytes, so a PDF renamed .xlsx gets a message that says so. */
public enum FileKind {
    ZIP,
    PDF,
    OLD_EXCEL,
    TEXT;

    public static FileKind of(Path file) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new RejectedFile("Cannot read the file: " + e.getMessage());
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ZIP;
        }
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return PDF;
        }
        if (n >= 4
                && (head[0] & 0xff) == 0xD0
                && (head[1] & 0xff) == 0xCF
                && head[2] == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return OLD_EXCEL;
        }
        return TEXT;
    }

    static void requireZip(Path file, String displayName, String expected) {
        switch (of(file)) {
            case ZIP -> {}
            case PDF ->
                throw new RejectedFile(displayName + " is a PDF document, not an " + expected
                        + ". Export the Annex A lists from your case management system as .xlsx or .csv.");
            case OLD_EXCEL ->
                throw new RejectedFile(displayName + " is an old-style Excel file (.xls)."
                        + " Open it in Excel and save it as “Excel Workbook (.xlsx)”.");
            case TEXT ->
                throw new RejectedFile(
                        displayName + " is not an " + expected
                                + ": it may be another kind of file renamed. Save it from Excel as .xlsx, or as CSV UTF-8 with a .csv name.");
        }
    }
}
