package org.praxis.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Evidence files are what their content says, and must agree with their names. */
class EvidenceFileTypeTest {

    private static byte[] zip(String... names) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void officeDocumentsAreToldApartByTheNamesInsideThem() throws IOException {
        assertThat(EvidenceFileType.detect(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")))
                .contains(EvidenceFileType.WORD);
        assertThat(EvidenceFileType.detect(zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains(EvidenceFileType.EXCEL);
        assertThat(EvidenceFileType.detect(zip("[Content_Types].xml", "ppt/presentation.xml")))
                .contains(EvidenceFileType.POWERPOINT);
        assertThat(EvidenceFileType.detect(zip("readme.txt", "payload.js"))).isEmpty();
    }

    @Test
    void aFileWhoseNameAndContentDisagreeIsRefused() throws IOException {
        var docx = zip("[Content_Types].xml", "word/document.xml");
        assertThat(EvidenceFileType.of("plan.docx", docx).type()).contains(EvidenceFileType.WORD);
        assertThat(EvidenceFileType.of("plan.xlsx", docx).problem())
                .isEqualTo("The file is called .xlsx but its content is not an Excel workbook: save it again as a PDF,"
                        + " a PNG or JPEG image, or a Word, Excel, PowerPoint or OpenDocument file");
        assertThat(EvidenceFileType.of("photo.JPG", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})
                        .type())
                .contains(EvidenceFileType.JPEG);
        assertThat(EvidenceFileType.of("page.html", "<html>".getBytes(StandardCharsets.UTF_8))
                        .problem())
                .startsWith("The file must be a PDF");
        assertThat(EvidenceFileType.of("no-extension", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                        .problem())
                .startsWith("The file must be a PDF");
    }

    @Test
    void aBrokenPackageIsNotMistakenForADocument() {
        var truncated = new byte[] {'P', 'K', 3, 4, 0, 0, 0};
        assertThat(EvidenceFileType.detect(truncated)).isEmpty();
        assertThat(EvidenceFileType.zipEntryNames(truncated)).isEmpty();
    }

    @Test
    void aNameLosesItsFoldersAndCharactersAHeaderWouldMisread() {
        assertThat(EvidenceFiles.safeName("C:\\Users\\me\\note \"v2\".pdf")).isEqualTo("note _v2_.pdf");
        assertThat(EvidenceFiles.safeName("../../.hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(EvidenceFiles.safeName("a\r\nb.pdf")).isEqualTo("a__b.pdf");
    }
}
