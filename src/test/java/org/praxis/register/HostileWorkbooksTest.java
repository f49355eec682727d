package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.reading.CsvTableReader;
import org.praxis.register.reading.ImportLimits;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.TableVisitor;
import org.praxis.register.reading.XlsxReader;

/**
 * Workbooks built to exhaust the server's memory, read in a separate JVM with a 64 MB heap: before the reader
 * streamed text and checked the zip ratio as it went, each of these ended in an OutOfMemoryError.
 */
class HostileWorkbooksTest {

    private static final int MB = 1 << 20;

    @TempDir
    Path folder;

    @Test
    void aSheetThatUnpacksToHundredsOfMegabytesIsRefusedAsAZipBombWithinASmallHeap() throws Exception {
        var file = workbookWithOneHugeCell(folder.resolve("bomb.xlsx"), 400);
        assertThat(Files.size(file)).isLessThan(2 * MB);

        var outcome = readInSmallHeap(file, ImportLimits.defaults());

        assertThat(outcome).startsWith("REFUSED").contains("zip bomb").contains("List_1");
    }

    @Test
    void aHugeTextCellIsCutAtTheCellLimitWithoutBeingHeldWhole() throws Exception {
        var file = workbookWithOneHugeCell(folder.resolve("huge-cell.xlsx"), 300);
        var generous = new ImportLimits(2_000_000_000L, 1_000_000, 1_048_576, 10_000, 200, 32_767, 50_000_000L, 100);

        var outcome = readInSmallHeap(file, generous);

        assertThat(outcome).isEqualTo("READ 1 rows, longest cell 32767");
    }

    @Test
    void sharedStringsBeyondTheirLimitAreRefusedNamingTheLimit() throws IOException {
        var file = folder.resolve("strings.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            workbookParts(zip, "<c r=\"A1\" t=\"s\"><v>0</v></c>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            write(zip, "<sst>");
            for (int i = 0; i < 20_000; i++) {
                write(zip, "<si><t>Distinct text number " + i + " for the shared strings table</t></si>");
            }
            write(zip, "</sst>");
        }
        var small = new ImportLimits(1_000_000_000L, 200, 1_048_576, 10_000, 200, 32_767, 500_000L, 100);

        assertThatThrownBy(() -> new XlsxReader(small).read(file, "strings.xlsx", new Rows()))
                .isInstanceOf(RejectedFile.class)
                .hasMessageContaining("strings.xlsx holds more than 500,000 characters of text in its shared strings")
                .hasMessageContaining("praxis.import.max-shared-string-chars");
    }

    @Test
    void aCsvOverTheSizeLimitSaysSoAndNamesTheLimitRatherThanCallingItMalformed() {
        var limits = new ImportLimits(10_000, 200, 1_048_576, 10_000, 200, 32_767, 50_000_000L, 100);
        var csv = ("Case reference,Case type\r\n" + "A1,Care and support plan\r\n".repeat(1_000))
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new CsvTableReader(limits)
                        .read(new java.io.ByteArrayInputStream(csv), "adults.csv", new Rows()))
                .isInstanceOf(RejectedFile.class)
                .hasMessageStartingWith("adults.csv is larger than 10 KB")
                .hasMessageContaining("praxis.import.max-entry-bytes")
                .hasMessageNotContaining("well-formed");
    }

    /** A workbook whose List_1 has one inline-text cell of {@code megabytes} of the same letter. */
    private static Path workbookWithOneHugeCell(Path file, int megabytes) throws IOException {
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            workbookParts(zip, null);
            write(zip, "<c r=\"A1\" t=\"inlineStr\"><is><t>");
            var letters = new byte[MB];
            Arrays.fill(letters, (byte) 'x');
            for (int i = 0; i < megabytes; i++) {
                zip.write(letters);
            }
            write(zip, "</t></is></c></row></sheetData></worksheet>");
        }
        return file;
    }

    /** The workbook and its one sheet, left open after the first row's start unless {@code cells} closes it. */
    private static void workbookParts(ZipOutputStream zip, String cells) throws IOException {
        zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
        write(zip, "<workbook xmlns:r=\"r\"><sheets><sheet name=\"List_1\" r:id=\"rId1\"/></sheets></workbook>");
        zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
        write(zip, "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        write(zip, "<worksheet><sheetData><row r=\"1\">");
        if (cells != null) {
            write(zip, cells + "</row></sheetData></worksheet>");
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String readInSmallHeap(Path file, ImportLimits limits) throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(
                java,
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                ReadInSmallHeap.class.getName(),
                file.toString(),
                Long.toString(limits.maxEntryBytes()),
                Integer.toString(limits.maxCompressionRatio())));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().reduce((first, last) -> last).orElse("");
    }

    /** Reads a workbook and prints what came of it: run by the tests above in a JVM with a small heap. */
    static final class ReadInSmallHeap {
        public static void main(String[] args) {
            var limits = new ImportLimits(
                    Long.parseLong(args[1]),
                    Integer.parseInt(args[2]),
                    1_048_576,
                    10_000,
                    200,
                    32_767,
                    50_000_000L,
                    100);
            var rows = new Rows();
            try {
                new XlsxReader(limits)
                        .read(Path.of(args[0]), Path.of(args[0]).getFileName().toString(), rows);
                System.out.println("READ " + rows.count + " rows, longest cell " + rows.longest);
            } catch (RejectedFile e) {
                System.out.println("REFUSED " + e.getMessage());
            }
        }
    }

    private static final class Rows implements TableVisitor {
        int count;
        int longest;

        @Override
        public boolean startTable(String name) {
            return true;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            count++;
            cells.forEach(cell -> longest = Math.max(longest, cell.length()));
        }

        @Override
        public void endTable() {}
    }
}
