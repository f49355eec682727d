package org.praxis.register.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * Streams the sheets of an .xlsx workbook row by row with StAX, without loading a sheet into memory. Only the
 * shared strings are held, within their own limit. Every part is read through the zip-bomb guard ({@link GuardedZip}),
 * text arrives in pieces so no cell is buffered whole before its limit is applied, and the XML parser refuses DTDs
 * and external entities.
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
        // Not coalescing: the parser hands over text in pieces of at most 16K, so a giant text node cannot fill the
        // memory before readText caps it.
        xml.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    public void read(Path file, String displayName, TableVisitor visitor) {
        FileKind.requireZip(file, displayName, ".xlsx workbook");
        try (var zip = GuardedZip.open(file, displayName, limits)) {
            var workbook = part(zip, "xl/workbook.xml", displayName);
            var relationships = relationships(zip, "xl/_rels/workbook.xml.rels");
            var sharedStrings = sharedStrings(zip, relationships, displayName);
            for (var sheet : sheets(zip, workbook, displayName)) {
                var target = relationships.get(sheet.relationshipId());
                if (target == null) {
                    continue;
                }
                var entry = zip.entry(target.path())
                        .orElseThrow(() -> new RejectedFile("The workbook " + displayName + " is damaged: the sheet “"
                                + sheet.name() + "” is listed but missing. Open it in Excel and save it again."));
                if (visitor.startTable(sheet.name())) {
                    readSheet(zip, entry, sheet.name(), sharedStrings, visitor);
                    visitor.endTable();
                }
            }
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + displayName + ": " + e.getMessage());
        }
    }

    private record SheetRef(String name, String relationshipId) {}

    private record Target(String type, String path) {}

    private ZipArchiveEntry part(GuardedZip zip, String name, String displayName) {
        return zip.entry(name)
                .orElseThrow(() -> new RejectedFile(displayName + " is a zip file but not an Excel workbook: it has no "
                        + name + ". Save it from Excel as “Excel Workbook (.xlsx)”."));
    }

    private List<SheetRef> sheets(GuardedZip zip, ZipArchiveEntry workbook, String displayName) throws IOException {
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

    private Map<String, Target> relationships(GuardedZip zip, String name) throws IOException {
        var targets = new HashMap<String, Target>();
        var entry = zip.entry(name).orElse(null);
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

    private List<String> sharedStrings(GuardedZip zip, Map<String, Target> relationships, String displayName)
            throws IOException {
        var path = relationships.values().stream()
                .filter(t -> t.type() != null && t.type().endsWith("/sharedStrings"))
                .map(Target::path)
                .findFirst()
                .orElse("xl/sharedStrings.xml");
        var entry = zip.entry(path).orElse(null);
        var strings = new ArrayList<String>();
        if (entry == null) {
            return strings;
        }
        parse(zip, entry, "shared strings", reader -> {
            var text = new StringBuilder();
            long held = 0;
            int phonetic = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            if (phonetic == 0) {
                                readText(reader, text);
                            } else {
                                readText(reader, new StringBuilder());
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "si" -> {
                            held += text.length();
                            if (held > limits.maxSharedStringChars()) {
                                throw new RejectedFile(displayName + " holds more than "
                                        + String.format("%,d", limits.maxSharedStringChars())
                                        + " characters of text in its shared strings, more than Praxis accepts"
                                        + " (the limit is praxis.import.max-shared-string-chars)."
                                        + " Export the lists as CSV files instead.");
                            }
                            strings.add(text.toString());
                        }
                        case "rPh" -> phonetic--;
                        default -> {}
                    }
                }
            }
        });
        return strings;
    }

    /**
     * Reads the text of the element just started, up to its end, into {@code text}, keeping at most the cell limit
     * (Excel's own is 32,767 characters): the rest is read and dropped piece by piece, never held.
     */
    private void readText(XMLStreamReader reader, StringBuilder text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int room = limits.maxCellChars() - text.length();
                    if (room > 0) {
                        text.append(
                                reader.getTextCharacters(),
                                reader.getTextStart(),
                                Math.min(room, reader.getTextLength()));
                    }
                }
                default -> {}
            }
        }
    }

    private void readSheet(
            GuardedZip zip, ZipArchiveEntry entry, String sheetName, List<String> sharedStrings, TableVisitor visitor)
            throws IOException {
        parse(zip, entry, "sheet “" + sheetName + "”", reader -> {
            var cells = new ArrayList<String>();
            int rowNumber = 0;
            int lastWithData = 0;
            int column = -1;
            String type = null;
            var value = new StringBuilder();
            boolean hasValue = false;
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
                            value.setLength(0);
                            hasValue = false;
                            inline.setLength(0);
                        }
                        case "v" -> {
                            readText(reader, value);
                            hasValue = true;
                        }
                        case "t" -> readText(reader, inline);
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "c" -> {
                            if (column < limits.maxColumns()) {
                                var text = cellText(
                                        type,
                                        hasValue ? value.toString() : null,
                                        inline,
                                        sharedStrings,
                                        sheetName,
                                        rowNumber);
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
        return value;
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

    private void parse(GuardedZip zip, ZipArchiveEntry entry, String what, XmlWork work) throws IOException {
        try (var in = zip.open(entry, what)) {
            var reader = xml.createXMLStreamReader(in);
            try {
                work.run(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            RejectedFile.rethrowIfCause(e);
            var location = e.getLocation();
            throw new RejectedFile("The workbook is damaged: its " + what + " is not well-formed"
                    + (location == null ? "" : " (XML line " + location.getLineNumber() + ")")
                    + ". Open it in Excel and save it again.");
        } catch (IllegalStateException | IllegalArgumentException e) {
            RejectedFile.rethrowIfCause(e);
            throw new RejectedFile("The workbook is damaged: its " + what + " cannot be read.");
        }
    }
}
