package org.praxis.register.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the sheets of an .xlsx workbook row by row with StAX, without loading a sheet into memory. Only the
 * shared strings are held. Every part is read through a counting stream that refuses zip bombs, and the XML
 * parser refuses DTDs and external entities.
 */
public final class XlsxReader {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ImportLimits limits;
    private final XMLInputFactory xml;

    public XlsxReader(ImportLimits limits) {
        this.limits = limits;
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    public void read(Path file, String displayName, TableVisitor visitor) {
        FileKind.requireZip(file, displayName, ".xlsx workbook");
        try (var zip = new ZipFile(file.toFile())) {
            var workbook = part(zip, "xl/workbook.xml", displayName);
            var relationships = relationships(zip, "xl/_rels/workbook.xml.rels");
            var sharedStrings = sharedStrings(zip, relationships);
            for (var sheet : sheets(zip, workbook, displayName)) {
                var target = relationships.get(sheet.relationshipId());
                if (target == null) {
                    continue;
                }
                var entry = zip.getEntry(target.path());
                if (entry == null) {
                    throw new RejectedFile("The workbook " + displayName + " is damaged: the sheet “" + sheet.name()
                            + "” is listed but missing. Open it in Excel and save it again.");
                }
                if (visitor.startTable(sheet.name())) {
                    readSheet(zip, entry, sheet.name(), sharedStrings, visitor);
                    visitor.endTable();
                }
            }
        } catch (ZipException e) {
            throw new RejectedFile(displayName + " is not a readable .xlsx workbook (" + e.getMessage()
                    + "). Open it in Excel and save it as “Excel Workbook (.xlsx)”.");
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + displayName + ": " + e.getMessage());
        }
    }

    private record SheetRef(String name, String relationshipId) {}

    private record Target(String type, String path) {}

    private ZipEntry part(ZipFile zip, String name, String displayName) {
        var entry = zip.getEntry(name);
        if (entry == null) {
            throw new RejectedFile(displayName + " is a zip file but not an Excel workbook: it has no " + name
                    + ". Save it from Excel as “Excel Workbook (.xlsx)”.");
        }
        return entry;
    }

    private List<SheetRef> sheets(ZipFile zip, ZipEntry workbook, String displayName) throws IOException {
        var sheets = new ArrayList<SheetRef>();
        parse(zip, workbook, "workbook", reader -> {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && reader.getLocalName().equals("sheet")) {
                    var id = reader.getAttributeValue(RELATIONSHIPS, "id");
                    if (id == null) {
                        id = attribute(reader, "id");
                    }
                    sheets.add(new SheetRef(attribute(reader, "name"), id));
                }
            }
        });
        if (sheets.isEmpty()) {
            throw new RejectedFile("The workbook " + displayName + " has no sheets.");
        }
        return sheets;
    }

    private Map<String, Target> relationships(ZipFile zip, String name) throws IOException {
        var targets = new HashMap<String, Target>();
        var entry = zip.getEntry(name);
        if (entry == null) {
            return targets;
        }
        parse(zip, entry, "relationships", reader -> {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && reader.getLocalName().equals("Relationship")) {
                    var target = attribute(reader, "Target");
                    if (target == null) {
                        continue;
                    }
                    var path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    targets.put(attribute(reader, "Id"), new Target(attribute(reader, "Type"), normalise(path)));
                }
            }
        });
        return targets;
    }

    private static String normalise(String path) {
        var parts = new ArrayList<String>();
        for (var part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private List<String> sharedStrings(ZipFile zip, Map<String, Target> relationships) throws IOException {
        var path = relationships.values().stream()
                .filter(t -> t.type() != null && t.type().endsWith("/sharedStrings"))
                .map(Target::path)
                .findFirst()
                .orElse("xl/sharedStrings.xml");
        var entry = zip.getEntry(path);
        var strings = new ArrayList<String>();
        if (entry == null) {
            return strings;
        }
        parse(zip, entry, "shared strings", reader -> {
            var text = new StringBuilder();
            int phonetic = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            if (phonetic == 0) {
                                appendLimited(text, reader.getElementText());
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "si" -> strings.add(text.toString());
                        case "rPh" -> phonetic--;
                        default -> {}
                    }
                }
            }
        });
        return strings;
    }

    private void appendLimited(StringBuilder text, String more) {
        text.append(more, 0, Math.min(more.length(), Math.max(0, limits.maxCellChars() - text.length())));
    }

    private void readSheet(
            ZipFile zip, ZipEntry entry, String sheetName, List<String> sharedStrings, TableVisitor visitor)
            throws IOException {
        parse(zip, entry, "sheet “" + sheetName + "”", reader -> {
            var cells = new ArrayList<String>();
            int rowNumber = 0;
            int lastWithData = 0;
            int column = -1;
            String type = null;
            String value = null;
            var inline = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "row" -> {
                            var r = attribute(reader, "r");
                            int next = r == null ? rowNumber + 1 : parsePositive(r, sheetName);
                            if (next <= rowNumber) {
                                throw new RejectedFile("The sheet “" + sheetName + "” is damaged: row " + next
                                        + " comes after row " + rowNumber + ".");
                            }
                            rowNumber = next;
                            checkRowLimits(sheetName, rowNumber, lastWithData);
                            cells.clear();
                            column = -1;
                        }
                        case "c" -> {
                            var reference = attribute(reader, "r");
                            column = reference == null ? column + 1 : columnIndex(reference, sheetName);
                            type = attribute(reader, "t");
                            value = null;
                            inline.setLength(0);
                        }
                        case "v" -> value = reader.getElementText();
                        case "t" -> appendLimited(inline, reader.getElementText());
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "c" -> {
                            if (column < limits.maxColumns()) {
                                var text = cellText(type, value, inline, sharedStrings, sheetName, rowNumber);
                                while (cells.size() <= column) {
                                    cells.add("");
                                }
                                cells.set(column, text);
                            }
                        }
                        case "row" -> {
                            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                                lastWithData = rowNumber;
                                visitor.row(rowNumber, List.copyOf(cells));
                            }
                        }
                        default -> {}
                    }
                }
            }
        });
    }

    private void checkRowLimits(String sheetName, int rowNumber, int lastWithData) {
        if (rowNumber > limits.maxRowsPerSheet()) {
            throw new RejectedFile("The sheet “" + sheetName + "” goes on past row "
                    + String.format("%,d", limits.maxRowsPerSheet())
                    + ", more rows than Praxis accepts. Delete the rows below your data and save again.");
        }
        if (rowNumber - lastWithData > limits.maxEmptyRows()) {
            throw new RejectedFile("The sheet “" + sheetName + "” has more than "
                    + String.format("%,d", limits.maxEmptyRows()) + " empty rows in a row after row "
                    + String.format("%,d", lastWithData)
                    + ". Delete the empty rows below your data and save the workbook again.");
        }
    }

    private String cellText(
            String type, String value, StringBuilder inline, List<String> sharedStrings, String sheet, int row) {
        if ("inlineStr".equals(type)) {
            return inline.toString();
        }
        if (value == null) {
            return "";
        }
        if ("s".equals(type)) {
            int index;
            try {
                index = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= sharedStrings.size()) {
                throw new RejectedFile("The sheet “" + sheet + "” is damaged at row " + row
                        + ": a cell refers to text the workbook does not have. Open it in Excel and save it again.");
            }
            return sharedStrings.get(index);
        }
        if ("b".equals(type)) {
            return "1".equals(value.trim()) ? "TRUE" : "FALSE";
        }
        return value.length() > limits.maxCellChars() ? value.substring(0, limits.maxCellChars()) : value;
    }

    private static int parsePositive(String number, String sheet) {
        try {
            int n = Integer.parseInt(number.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RejectedFile(
                "The sheet “" + sheet + "” is damaged: “" + abbreviate(number) + "” is not a row number.");
    }

    /** "AB12" → 27 (columns count from 0). */
    static int columnIndex(String reference, String sheet) {
        int index = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            if (++letters > 3) {
                break;
            }
        }
        if (letters == 0 || letters > 3) {
            throw new RejectedFile(
                    "The sheet “" + sheet + "” is damaged: “" + abbreviate(reference) + "” is not a cell reference.");
        }
        return index - 1;
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    private interface XmlWork {
        void run(XMLStreamReader reader) throws XMLStreamException;
    }

    private void parse(ZipFile zip, ZipEntry entry, String what, XmlWork work) throws IOException {
        try (var in = new LimitedStream(zip.getInputStream(entry), entry, what)) {
            var reader = xml.createXMLStreamReader(in);
            try {
                work.run(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            rethrowRejection(e);
            var location = e.getLocation();
            throw new RejectedFile("The workbook is damaged: its " + what + " is not well-formed"
                    + (location == null ? "" : " (XML line " + location.getLineNumber() + ")")
                    + ". Open it in Excel and save it again.");
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new RejectedFile("The workbook is damaged: its " + what + " cannot be read.");
        }
    }

    /** The guard below throws inside the parser, which may wrap it. */
    private static void rethrowRejection(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedFile rejected) {
                throw rejected;
            }
        }
    }

    /** Counts what is inflated and stops at the size and compression-ratio limits: the zip-bomb guard. */
    private final class LimitedStream extends FilterInputStream {
        private final long compressed;
        private final String what;
        private long read;

        LimitedStream(InputStream in, ZipEntry entry, String what) {
            super(in);
            this.compressed = Math.max(entry.getCompressedSize(), 1);
            this.what = what;
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

        private void count(int n) {
            read += n;
            if (read > limits.maxEntryBytes()) {
                throw new RejectedFile("The workbook's " + what + " is larger than "
                        + String.format("%,d", limits.maxEntryBytes() / 1_000_000)
                        + " MB once unpacked, more than Praxis accepts (praxis.import.max-entry-bytes).");
            }
            if (read > 1_000_000 && read / compressed > limits.maxCompressionRatio()) {
                throw new RejectedFile("The workbook's " + what + " unpacks to more than "
                        + limits.maxCompressionRatio()
                        + " times its packed size. Files like this are used to attack servers (a “zip bomb”),"
                        + " so Praxis refuses it. If it is a genuine export, save it again from Excel.");
            }
        }
    }
}
