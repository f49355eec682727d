package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.reading.ImportLimits;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.TableVisitor;
import org.praxis.register.reading.XlsxReader;

/** The workbook reader on real, broken and hostile files. */
class XlsxReaderTest {

    @TempDir
    Path folder;

    private final ImportLimits limits = ImportLimits.defaults();

    /** Collects every table and row it is given. */
    static final class Collected implements TableVisitor {
        final Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        final Map<String, List<Integer>> rowNumbers = new LinkedHashMap<>();
        private String current;

        @Override
        public boolean startTable(String name) {
            current = name;
            tables.put(name, new ArrayList<>());
            rowNumbers.put(name, new ArrayList<>());
            return true;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            tables.get(current).add(cells);
            rowNumbers.get(current).add(rowNumber);
        }

        @Override
        public void endTable() {}
    }

    private Collected read(Path file) {
        var collected = new Collected();
        new XlsxReader(limits).read(file, file.getFileName().toString(), collected);
        return collected;
    }

    @Test
    void readsOfstedsOwnTemplate() throws IOException {
        var template = folder.resolve("template.xlsx");
        try (var in = getClass().getResourceAsStream("/annex-a/ofsted-annex-a-template-2019.xlsx")) {
            Files.copy(in, template);
        }
        var collected = read(template);
        assertThat(collected.tables).containsKeys("Front_Sheet", "List_1", "List 3", "List_11");
        assertThat(collected.tables.get("List_1").get(0).getFirst()).isEqualTo("List 1: Contacts");
        assertThat(collected.tables.get("List_1").get(1))
                .containsExactly(
                        "Child Unique ID",
                        "Gender",
                        "Ethnicity",
                        "Date of Birth",
                        "Age of Child (Years)",
                        "Date of Contact",
                        "Contact Source");
    }

    @Test
    void keepsGapsInRowsAndColumns() throws IOException {
        var file = SpreadsheetFiles.zip(
                folder,
                "gaps.xlsx",
                Map.of(
                        "xl/workbook.xml",
                                "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"List_1\" r:id=\"rId1\"/></sheets></workbook>",
                        "xl/_rels/workbook.xml.rels",
                                "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"x/worksheet\"/></Relationships>",
                        "xl/worksheets/sheet1.xml", """
                        <worksheet><sheetData>
                        <row r="2"><c r="A2" t="inlineStr"><is><t>one</t></is></c><c r="C2"><v>45616</v></c></row>
                        <row r="5"><c r="B5" t="b"><v>1</v></c><c r="D5" t="e"><v>#N/A</v></c></row>
                        </sheetData></worksheet>"""));
        var collected = read(file);
        assertThat(collected.rowNumbers.get("List_1")).containsExactly(2, 5);
        assertThat(collected.tables.get("List_1").get(0)).containsExactly("one", "", "45616");
        assertThat(collected.tables.get("List_1").get(1)).containsExactly("", "TRUE", "", "#N/A");
    }

    @Test
    void aPdfRenamedXlsxIsNamedForWhatItIs() throws IOException {
        var file = folder.resolve("annex-a.xlsx");
        Files.writeString(file, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RejectedFile.class)
                .hasMessageContaining("annex-a.xlsx is a PDF document, not an .xlsx workbook");
    }

    @Test
    void anOldExcelFileIsAskedToBeSavedAsXlsx() throws IOException {
        var file = folder.resolve("annex-a.xlsx");
        Files.write(
                file,
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RejectedFile.class)
                .hasMessageContaining("old-style Excel file (.xls)");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        var file = folder.resolve("bomb.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(SpreadsheetFiles.bytes(
                    "<workbook xmlns:r=\"r\"><sheets><sheet name=\"List_1\" r:id=\"rId1\"/></sheets></workbook>"));
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(SpreadsheetFiles.bytes(
                    "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(SpreadsheetFiles.bytes("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"));
            var spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces); // 100 MB of spaces packs into about 100 kB
            }
            zip.write(SpreadsheetFiles.bytes("</t></is></c></row></sheetData></worksheet>"));
        }
        assertThat(Files.size(file)).isLessThan(1_000_000);
        assertThatThrownBy(() -> read(file)).isInstanceOf(RejectedFile.class).hasMessageContaining("zip bomb");
    }

    @Test
    void aSheetWithMillionsOfEmptyRowsIsRefused() throws IOException {
        var rows = new StringBuilder(
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Child Unique ID</t></is></c></row>");
        rows.append(
                "<row r=\"3000000\"><c r=\"A3000000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>");
        var file = SpreadsheetFiles.zip(
                folder,
                "padded.xlsx",
                Map.of(
                        "xl/workbook.xml",
                                "<workbook xmlns:r=\"r\"><sheets><sheet name=\"List_1\" r:id=\"rId1\"/></sheets></workbook>",
                        "xl/_rels/workbook.xml.rels",
                                "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                        "xl/worksheets/sheet1.xml", rows.toString()));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RejectedFile.class)
                .hasMessageContaining("goes on past row 1,048,576");
    }

    @Test
    void aRunOfEmptyRowsBeyondTheLimitIsRefused() throws IOException {
        var rows = new StringBuilder(
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Child Unique ID</t></is></c></row>");
        for (int r = 2; r < 10_100; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        rows.append("</sheetData></worksheet>");
        var file = SpreadsheetFiles.zip(
                folder,
                "empty-rows.xlsx",
                Map.of(
                        "xl/workbook.xml",
                                "<workbook xmlns:r=\"r\"><sheets><sheet name=\"List_1\" r:id=\"rId1\"/></sheets></workbook>",
                        "xl/_rels/workbook.xml.rels",
                                "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                        "xl/worksheets/sheet1.xml", rows.toString()));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RejectedFile.class)
                .hasMessageContaining("more than 10,000 empty rows in a row after row 1");
    }

    @Test
    void anExternalEntityIsNeverFetched() throws IOException {
        var file = SpreadsheetFiles.zip(
                folder,
                "xxe.xlsx",
                Map.of(
                        "xl/workbook.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook><sheets><sheet name=\"&x;\" id=\"rId1\"/></sheets></workbook>"));
        assertThatThrownBy(() -> read(file)).isInstanceOf(RejectedFile.class);
    }

    @Test
    void aZipThatIsNotAWorkbookSaysSo() throws IOException {
        var file = SpreadsheetFiles.zip(folder, "photos.xlsx", Map.of("holiday.txt", "not a workbook"));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RejectedFile.class)
                .hasMessageContaining("is a zip file but not an Excel workbook");
    }
}
