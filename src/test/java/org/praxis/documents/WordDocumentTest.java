package org.praxis.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class WordDocumentTest {

    static byte[] png() {
        var uri =
                BarChart.pngDataUri(List.of(new BarChart.Bar("Good", 12), new BarChart.Bar("Inadequate", 2)), "Audits");
        return Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
    }

    /** Every part of the package, by name, as text (images as their byte count). */
    static Map<String, String> parts(byte[] docx) throws Exception {
        var parts = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var bytes = zip.readAllBytes();
                parts.put(
                        entry.getName(),
                        entry.getName().endsWith(".png")
                                ? "png " + bytes.length
                                : new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** Fails unless every XML part parses as namespace-aware XML. */
    static void assertWellFormed(Map<String, String> parts) {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        parts.forEach((name, text) -> {
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                try {
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                } catch (Exception e) {
                    throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
                }
            }
        });
    }

    @Test
    void aReportHasWordsHeadingStylesARepeatingTableHeaderAndImagesWithTheirAltText() throws Exception {
        var docx = new WordDocument("Quarterly report", "Example Council & Partners")
                .title("Quarterly report")
                .heading(1, "Audit findings")
                .paragraph("62% of audits were good or better <of 180>.\nA second line.")
                .heading(2, "Grades")
                .image(
                        png(),
                        "Bar chart of audits by grade: Good 12, Inadequate 2. The table that follows gives the same figures.")
                .table(
                        "Audits by grade",
                        List.of("Grade", "Audits"),
                        List.of(List.of("Good", "12"), List.of("Inadequate", "2")))
                .heading(3, "What the audits said")
                .bullets(List.of("Plans were clearer", "Visits were on time"))
                .toBytes();
        var parts = parts(docx);
        assertThat(parts)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "word/document.xml",
                        "word/styles.xml",
                        "word/numbering.xml",
                        "word/_rels/document.xml.rels",
                        "docProps/core.xml",
                        "docProps/app.xml",
                        "word/media/image1.png");
        assertWellFormed(parts);
        var document = parts.get("word/document.xml");
        assertThat(document)
                .contains("<w:pStyle w:val=\"Title\"/>")
                .contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Audit findings")
                .contains("<w:pStyle w:val=\"Heading2\"/>")
                .contains("<w:pStyle w:val=\"Heading3\"/>")
                .contains("&lt;of 180&gt;.</w:t><w:br/><w:t xml:space=\"preserve\">A second line.")
                .contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
                .contains("<w:tblCaption w:val=\"Audits by grade\"/>")
                .contains("<wp:docPr id=\"1\" name=\"Image 1\" descr=\"Bar chart of audits by grade: Good 12,")
                .contains("r:embed=\"rIdImage1\"")
                .contains("<w:pStyle w:val=\"ListBullet\"/><w:numPr>");
        assertThat(document.split("<w:tblHeader/>", -1)).hasSize(2);
        assertThat(parts.get("word/styles.xml"))
                .contains("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>")
                .contains("<w:outlineLvl w:val=\"0\"/>")
                .contains("w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/>")
                .contains("<w:lang w:val=\"en-GB\"");
        assertThat(parts.get("word/_rels/document.xml.rels")).contains("Target=\"media/image1.png\"");
        assertThat(parts.get("[Content_Types].xml")).contains("Extension=\"png\"");
        assertThat(parts.get("docProps/core.xml"))
                .contains("<dc:title>Quarterly report</dc:title>")
                .contains("<dc:creator>Example Council &amp; Partners</dc:creator>")
                .contains("<dc:language>en-GB</dc:language>");
    }

    @Test
    void theImageKeepsItsShapeWithinTheTextWidth() throws Exception {
        var image = png();
        var size = WordDocument.pngSize(image);
        var document =
                parts(new WordDocument("t", "c").image(image, "alt").toBytes()).get("word/document.xml");
        long cx = Long.parseLong(document.replaceAll("(?s).*<wp:extent cx=\"(\\d+)\".*", "$1"));
        long cy = Long.parseLong(document.replaceAll("(?s).*<wp:extent cx=\"\\d+\" cy=\"(\\d+)\".*", "$1"));
        assertThat(cx).isLessThanOrEqualTo(17L * 360_000);
        assertThat((double) cy / cx).isCloseTo((double) size[1] / size[0], org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void onlyThreeHeadingLevelsAndOnlyPngImages() {
        assertThatThrownBy(() -> new WordDocument("t", "c").heading(4, "Too deep"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordDocument("t", "c").image(new byte[] {1, 2, 3}, "alt"))
                .hasMessageContaining("PNG");
    }
}
