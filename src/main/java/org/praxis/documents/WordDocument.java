package org.praxis.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word document (.docx) for committee systems that take only Word, written by hand as WordprocessingML in a zip,
 * as {@link SpreadsheetWriter} writes XLSX (decision 0037). Built for reports: a title, headings at levels 1 to 3 in
 * Word's own heading styles (so the navigation pane and Word's accessibility checker find them), paragraphs,
 * bulleted lists, tables whose header row repeats on each page, and PNG images with their alternative text. The
 * language is en-GB throughout; the title and author (the council) are the document's properties.
 *
 * <p>Built in memory and written once: {@code new WordDocument(title, council).heading(1, …).paragraph(…)
 * .toBytes()}.
 */
public final class WordDocument {

    /** The page's text width on A4 with 2 cm margins, in EMU (360,000 to the centimetre). */
    private static final long TEXT_WIDTH_EMU = 17L * 360_000;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final String title;
    private final String author;
    private final Instant created;
    private final StringBuilder body = new StringBuilder();
    private final List<byte[]> images = new ArrayList<>();
    private int drawings;

    /**
     * @param title the document's title property (what Word and a screen reader announce)
     * @param author the author property: the council's name
     */
    public WordDocument(String title, String author) {
        this(title, author, Instant.now());
    }

    /** A document whose created date is given, so that the same input gives the same file. */
    public WordDocument(String title, String author, Instant created) {
        this.title = title == null ? "" : title;
        this.author = author == null ? "" : author;
        this.created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The title on the first page, in Word's Title style. */
    public WordDocument title(String text) {
        return styled("Title", text);
    }

    /** A line under the title, in Word's Subtitle style. */
    public WordDocument subtitle(String text) {
        return styled("Subtitle", text);
    }

    /** A heading at level 1, 2 or 3, in Word's built-in heading style of that level. */
    public WordDocument heading(int level, String text) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("A heading is level 1 to 3, not " + level);
        }
        return styled("Heading" + level, text);
    }

    /** A paragraph of text; a line break in the text is a line break in the paragraph. */
    public WordDocument paragraph(String text) {
        return styled(null, text);
    }

    /** A bulleted list, one paragraph an item, in Word's List Bullet style. */
    public WordDocument bullets(List<String> items) {
        for (var item : items) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/>")
                    .append("<w:numId w:val=\"1\"/></w:numPr></w:pPr>")
                    .append(runs(item))
                    .append("</w:p>");
        }
        return this;
    }

    /**
     * A table: its caption above it (Word's Caption style, and the table's own title for the accessibility
     * checker), a header row repeated at the top of each page it runs onto, then the rows. The first cell of each
     * row is bold, as the row's label.
     */
    public WordDocument table(String caption, List<String> columns, List<List<String>> rows) {
        if (caption != null && !caption.isBlank()) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>")
                    .append(runs(caption))
                    .append("</w:p>");
        }
        int width = Math.max(1, columns.size());
        body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                .append("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\"")
                .append(" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>");
        if (caption != null && !caption.isBlank()) {
            body.append("<w:tblCaption w:val=\"").append(escape(caption)).append("\"/>");
        }
        body.append("</w:tblPr><w:tblGrid>");
        for (int i = 0; i < width; i++) {
            body.append("<w:gridCol w:w=\"").append(9638 / width).append("\"/>");
        }
        body.append("</w:tblGrid>");
        body.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (var column : columns) {
            cell(column, true);
        }
        body.append("</w:tr>");
        for (var row : rows) {
            body.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int i = 0; i < width; i++) {
                cell(i < row.size() ? row.get(i) : "", i == 0);
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        // Word needs a paragraph between two tables, or it joins them.
        body.append("<w:p/>");
        return this;
    }

    /**
     * A PNG image the width of the text (or its own width, if smaller, at 96 pixels to the inch), with its
     * alternative text: what it shows, for a reader who cannot see it.
     */
    public WordDocument image(byte[] png, String altText) {
        return image(png, altText, TEXT_WIDTH_EMU);
    }

    /** A PNG image at most this wide (in centimetres), with its alternative text. */
    public WordDocument image(byte[] png, String altText, double maxWidthCm) {
        return image(png, altText, Math.round(maxWidthCm * 360_000));
    }

    private WordDocument image(byte[] png, String altText, long maxWidth) {
        long[] size = pngSize(png);
        long cx = Math.min(maxWidth, size[0] * 9525);
        long cy = Math.round((double) cx * size[1] / size[0]);
        images.add(png.clone());
        int id = ++drawings;
        var relation = "rIdImage" + images.size();
        var alt = escape(altText == null ? "" : altText);
        var name = "Image " + id;
        body.append("<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing>")
                .append("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
                .append("<wp:extent cx=\"")
                .append(cx)
                .append("\" cy=\"")
                .append(cy)
                .append("\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
                .append("<wp:docPr id=\"")
                .append(id)
                .append("\" name=\"")
                .append(name)
                .append("\" descr=\"")
                .append(alt)
                .append("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .append("<pic:pic><pic:nvPicPr><pic:cNvPr id=\"")
                .append(id)
                .append("\" name=\"image")
                .append(images.size())
                .append(".png\" descr=\"")
                .append(alt)
                .append("\"/><pic:cNvPicPr/></pic:nvPicPr>")
                .append("<pic:blipFill><a:blip r:embed=\"")
                .append(relation)
                .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
                .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
                .append(cx)
                .append("\" cy=\"")
                .append(cy)
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
                .append("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        return this;
    }

    /** Starts the next content on a new page. */
    public WordDocument pageBreak() {
        body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        return this;
    }

    public byte[] toBytes() {
        var out = new ByteArrayOutputStream();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void writeTo(OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "[Content_Types].xml", contentTypes());
        entry(
                zip,
                "_rels/.rels",
                HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"" + R
                        + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                        + "</Relationships>");
        entry(zip, "docProps/core.xml", core());
        entry(
                zip,
                "docProps/app.xml",
                HEAD
                        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                        + "<Application>Praxis</Application><Company>" + escape(author) + "</Company></Properties>");
        entry(zip, "word/_rels/document.xml.rels", documentRelations());
        entry(zip, "word/document.xml", document());
        entry(zip, "word/styles.xml", STYLES);
        entry(zip, "word/numbering.xml", NUMBERING);
        entry(
                zip,
                "word/settings.xml",
                HEAD + "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"720\"/>"
                        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                        + "<w:themeFontLang w:val=\"en-GB\"/></w:settings>");
        for (int i = 0; i < images.size(); i++) {
            zip.putNextEntry(new ZipEntry("word/media/image" + (i + 1) + ".png"));
            zip.write(images.get(i));
            zip.closeEntry();
        }
        zip.finish();
    }

    private WordDocument styled(String style, String text) {
        body.append("<w:p>");
        if (style != null) {
            body.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        body.append(runs(text)).append("</w:p>");
        return this;
    }

    private void cell(String text, boolean bold) {
        body.append("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"/>")
                .append("</w:pPr>");
        if (bold) {
            body.append(runs(text).replace("<w:r>", "<w:r><w:rPr><w:b/></w:rPr>"));
        } else {
            body.append(runs(text));
        }
        body.append("</w:p></w:tc>");
    }

    private static String runs(String text) {
        var out = new StringBuilder("<w:r>");
        var lines = (text == null ? "" : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<w:br/>");
            }
            out.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
        }
        return out.append("</w:r>").toString();
    }

    private String document() {
        return HEAD + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>"
                + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\""
                + " w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>"
                + "</w:body></w:document>";
    }

    private String documentRelations() {
        var xml = new StringBuilder(HEAD)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
                .append("<Relationship Id=\"rIdStyles\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>")
                .append("<Relationship Id=\"rIdNumbering\" Type=\"" + R + "/numbering\" Target=\"numbering.xml\"/>")
                .append("<Relationship Id=\"rIdSettings\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>");
        for (int i = 1; i <= images.size(); i++) {
            xml.append("<Relationship Id=\"rIdImage")
                    .append(i)
                    .append("\" Type=\"" + R + "/image\" Target=\"media/image")
                    .append(i)
                    .append(".png\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    private static String contentTypes() {
        var main = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + main + "styles+xml\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + main + "numbering+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + main + "settings+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>";
    }

    private String core() {
        return HEAD + "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + escape(title) + "</dc:title>"
                + "<dc:creator>" + escape(author) + "</dc:creator>"
                + "<cp:lastModifiedBy>" + escape(author) + "</cp:lastModifiedBy>"
                + "<dc:language>en-GB</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    /** The width and height in pixels, from the PNG's header; refused when the bytes are not a PNG. */
    static long[] pngSize(byte[] png) {
        if (png == null
                || png.length < 24
                || (png[0] & 0xff) != 0x89
                || png[1] != 'P'
                || png[2] != 'N'
                || png[3] != 'G'
                || png[12] != 'I'
                || png[13] != 'H') {
            throw new IllegalArgumentException("An image in a Word document must be a PNG");
        }
        long width = readInt(png, 16);
        long height = readInt(png, 20);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("The PNG has no size");
        }
        return new long[] {width, height};
    }

    private static long readInt(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24)
                | ((b[at + 1] & 0xff) << 16)
                | ((b[at + 2] & 0xff) << 8)
                | (b[at + 3] & 0xff);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return SpreadsheetWriter.escape(text);
    }

    /**
     * Word's built-in styles under their built-in names ("heading 1"), so Word treats them as its own: Normal in
     * Arial 11 pt, en-GB; Title, Subtitle, Heading 1 to 3 (outline levels 0 to 2), Caption, List Bullet and Table
     * Grid.
     */
    private static final String STYLES = HEAD
            + "<w:styles xmlns:w=\"" + W + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\""
            + " w:cs=\"Arial\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\""
            + " w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\""
            + " w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + heading("Title", "Title", 56, -1, 0)
            + "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:color w:val=\"505A5F\"/>"
            + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
            + heading("Heading1", "heading 1", 36, 0, 1)
            + heading("Heading2", "heading 2", 28, 1, 2)
            + heading("Heading3", "heading 3", 24, 2, 3)
            + "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"35\"/><w:unhideWhenUsed/><w:qFormat/>"
            + "<w:pPr><w:spacing w:before=\"120\" w:after=\"80\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr>"
            + "<w:spacing w:after=\"80\"/><w:contextualSpacing/></w:pPr></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
            + "<w:uiPriority w:val=\"39\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\"/></w:tblBorders></w:tblPr>"
            + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\""
            + " w:fill=\"F3F2F1\"/></w:tcPr></w:tblStylePr></w:style>"
            + "</w:styles>";

    private static String heading(String id, String name, int halfPoints, int outlineLevel, int priority) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\""
                + (priority == 0 ? 10 : 9)
                + "\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + (priority == 0 ? 0 : 240)
                + "\" w:after=\"120\"/>"
                + (outlineLevel >= 0 ? "<w:outlineLvl w:val=\"" + outlineLevel + "\"/>" : "")
                + "</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"0B0C0C\"/><w:sz w:val=\"" + halfPoints
                + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }

    /** One bulleted list definition, a round bullet at each of the first three levels. */
    private static final String NUMBERING = HEAD
            + "<w:numbering xmlns:w=\"" + W + "\"><w:abstractNum w:abstractNumId=\"0\">"
            + "<w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + bulletLevel(0, "\u2022", 720)
            + bulletLevel(1, "\u2013", 1440)
            + bulletLevel(2, "\u2022", 2160)
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

    private static String bulletLevel(int level, String bullet, int indent) {
        return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\""
                + bullet + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + indent
                + "\" w:hanging=\"360\"/></w:pPr></w:lvl>";
    }
}
