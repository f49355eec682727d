package org.praxis.actions;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file an action takes, decided from the file's first bytes (and, for Office documents, the
 * names inside the package) and checked against the name's extension: a renamed program or web page is refused
 * whatever it is called. Nothing in the file is run or unpacked; a package's directory is read from its end.
 */
enum EvidenceFileType {
    PDF("PDF", "application/pdf", "pdf"),
    PNG("PNG image", "image/png", "png"),
    JPEG("JPEG image", "image/jpeg", "jpg", "jpeg"),
    WORD("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    EXCEL("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    POWERPOINT(
            "PowerPoint presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx"),
    OLD_WORD("Word 97-2003 document", "application/msword", "doc"),
    OLD_EXCEL("Excel 97-2003 workbook", "application/vnd.ms-excel", "xls"),
    OPEN_TEXT("OpenDocument text", "application/vnd.oasis.opendocument.text", "odt"),
    OPEN_SHEET("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", "ods");

    /** What a person is told the evidence may be. */
    static final String ALLOWED = "a PDF, a PNG or JPEG image, or a Word, Excel, PowerPoint or OpenDocument file";

    private final String label;
    private final String contentType;
    private final List<String> extensions;

    EvidenceFileType(String label, String contentType, String... extensions) {
        this.label = label;
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    String label() {
        return label;
    }

    String contentType() {
        return contentType;
    }

    /** The name's extension, lower case, or "" when it has none. */
    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * What the file is, or a sentence saying why it is refused: its name does not end in an allowed extension, or its
     * content is not what the name says.
     */
    static Result of(String fileName, byte[] content) {
        var ext = extension(fileName);
        var named =
                Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
        if (named.isEmpty()) {
            return Result.refused("The file must be " + ALLOWED);
        }
        var found = detect(content);
        if (found.isEmpty() || found.get() != named.get()) {
            var label = named.get().label;
            return Result.refused("The file is called ." + ext + " but its content is not "
                    + ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label + ": save it again as " + ALLOWED);
        }
        return new Result(found, null);
    }

    record Result(Optional<EvidenceFileType> type, String problem) {
        static Result refused(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }

    /** The kind of file these bytes are, from their content alone. */
    static Optional<EvidenceFileType> detect(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(b, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(
                b, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
                })) {
            return oldOffice(b);
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return zipPackage(b);
        }
        return Optional.empty();
    }

    /** A Word or Excel 97-2003 file names its main stream in UTF-16 in its directory. */
    private static Optional<EvidenceFileType> oldOffice(byte[] b) {
        if (contains(b, "WordDocument".getBytes(StandardCharsets.UTF_16LE))) {
            return Optional.of(OLD_WORD);
        }
        if (contains(b, "Workbook".getBytes(StandardCharsets.UTF_16LE))
                || contains(b, "Book".getBytes(StandardCharsets.UTF_16LE))) {
            return Optional.of(OLD_EXCEL);
        }
        return Optional.empty();
    }

    /** An Office Open XML or OpenDocument package, told apart by the names in its central directory. */
    private static Optional<EvidenceFileType> zipPackage(byte[] b) {
        var names = zipEntryNames(b);
        if (names.contains("[Content_Types].xml")) {
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return Optional.of(WORD);
            }
            if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return Optional.of(EXCEL);
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return Optional.of(POWERPOINT);
            }
        }
        if (names.contains("mimetype") && names.contains("content.xml")) {
            var text = new String(b, 0, Math.min(b.length, 200), StandardCharsets.US_ASCII);
            if (text.contains("application/vnd.oasis.opendocument.text")) {
                return Optional.of(OPEN_TEXT);
            }
            if (text.contains("application/vnd.oasis.opendocument.spreadsheet")) {
                return Optional.of(OPEN_SHEET);
            }
        }
        return Optional.empty();
    }

    /** The names in a zip's central directory (read from the end of the file; nothing is unpacked). */
    static List<String> zipEntryNames(byte[] b) {
        var names = new ArrayList<String>();
        var buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (buf.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int count = Short.toUnsignedInt(buf.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buf.getInt(end + 16));
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < count && n < 10_000; n++) {
            if (at < 0 || at + 46 > b.length || buf.getInt(at) != 0x02014b50) {
                break;
            }
            int nameLength = Short.toUnsignedInt(buf.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buf.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buf.getShort(at + 32));
            if (at + 46 + nameLength > b.length) {
                break;
            }
            names.add(new String(b, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] b, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= b.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (b[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
