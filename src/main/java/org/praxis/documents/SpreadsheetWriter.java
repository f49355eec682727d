package org.praxis.documents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a plain .xlsx workbook as Excel does (shared strings, numbers as numbers), streaming the rows so large
 * generated workbooks for the demo and the benchmarks do not sit in memory. Sheets are written one after another.
 * A {@link Percent} is stored as the number (0.573) shown with a % format (57.3%); a sheet started with column
 * widths has its header row frozen. {@link #inlineStrings} writes each text where it stands, so that an export of
 * free text holds no table of every string in memory.
 */
public final class SpreadsheetWriter implements AutoCloseable {

    /** A share stored as a number from 0 to 1 and shown as a percentage. */
    public record Percent(double value) {}

    private final ZipOutputStream zip;
    private boolean inline;
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final List<String> sheetNames = new ArrayList<>();
    private Writer sheet;
    private int row;

    public SpreadsheetWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** A writer that writes text in each cell rather than in a shared table: for large exports of free text. */
    public static SpreadsheetWriter inlineStrings(OutputStream out) {
        var writer = new SpreadsheetWriter(out);
        writer.inline = true;
        return writer;
    }

    public void startSheet(String name) throws IOException {
        startSheet(name, new double[0]);
    }

    /**
     * A sheet whose columns have these widths (in characters) and whose first row, the header, stays in view when
     * scrolling.
     */
    public void startSheet(String name, double... widths) throws IOException {
        endSheet();
        sheetNames.add(name);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheetNames.size() + ".xml"));
        sheet = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
        sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (widths.length > 0) {
            sheet.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                    + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>");
            for (int i = 0; i < widths.length; i++) {
                sheet.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths[i]
                        + "\" customWidth=\"1\"/>");
            }
            sheet.write("</cols>");
        }
        sheet.write("<sheetData>");
        row = 0;
    }

    /** A row of cells: a {@link Number} is written as a number (dates as Excel serials), anything else as text. */
    public void row(List<?> cells) throws IOException {
        row++;
        sheet.write("<row r=\"" + row + "\">");
        for (int i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            if (cell == null || (cell instanceof String s && s.isEmpty())) {
                continue;
            }
            var reference = column(i) + row;
            if (cell instanceof Percent percent) {
                sheet.write("<c r=\"" + reference + "\" s=\"1\"><v>" + percent.value() + "</v></c>");
            } else if (cell instanceof Number number) {
                sheet.write("<c r=\"" + reference + "\"><v>" + number + "</v></c>");
            } else if (inline) {
                sheet.write("<c r=\"" + reference + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        + escape(cell.toString()) + "</t></is></c>");
            } else {
                int index = strings.computeIfAbsent(cell.toString(), s -> strings.size());
                sheet.write("<c r=\"" + reference + "\" t=\"s\"><v>" + index + "</v></c>");
            }
        }
        sheet.write("</row>");
    }

    private void endSheet() throws IOException {
        if (sheet != null) {
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            sheet = null;
        }
    }

    @Override
    public void close() throws IOException {
        endSheet();
        entry("xl/sharedStrings.xml", sharedStrings());
        entry(
                "xl/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
                        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                        + "</styleSheet>");
        var workbook = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        var rels = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        var types = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            workbook.append("<sheet name=\"")
                    .append(escape(sheetNames.get(i - 1)))
                    .append("\" sheetId=\"")
                    .append(i)
                    .append("\" r:id=\"rId")
                    .append(i)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rId")
                    .append(i)
                    .append(
                            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i)
                    .append(".xml\"/>");
            types.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(i)
                    .append(
                            ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        workbook.append("</sheets></workbook>");
        rels.append("<Relationship Id=\"rId")
                .append(sheetNames.size() + 1)
                .append(
                        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                .append("<Relationship Id=\"rId")
                .append(sheetNames.size() + 2)
                .append(
                        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                .append("</Relationships>");
        types.append("</Types>");
        entry("xl/workbook.xml", workbook.toString());
        entry("xl/_rels/workbook.xml.rels", rels.toString());
        entry("[Content_Types].xml", types.toString());
        entry(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        zip.close();
    }

    private String sharedStrings() {
        var xml = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
                .append(strings.size())
                .append("\" uniqueCount=\"")
                .append(strings.size())
                .append("\">");
        for (var s : strings.keySet()) {
            xml.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
        }
        return xml.append("</sst>").toString();
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String column(int index) {
        var name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** The text as XML character data or attribute value: markup escaped, control characters XML forbids dropped. */
    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** The sheet writer must not close the zip when it is flushed and dropped. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {}
    }
}
