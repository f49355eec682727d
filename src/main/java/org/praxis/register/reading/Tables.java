package org.praxis.register.reading;

import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Opens what was uploaded: a workbook, a CSV file, or a zip of CSV files, and streams its tables. */
public final class Tables {

    private final ImportLimits limits;

    public Tables(ImportLimits limits) {
        this.limits = limits;
    }

    public void read(ImportFile file, TableVisitor visitor) {
        var kind = FileKind.of(file.path());
        var lower = file.displayName().toLowerCase(Locale.ROOT);
        if (kind == FileKind.ZIP && isWorkbook(file)) {
            new XlsxReader(limits).read(file.path(), file.displayName(), visitor);
        } else if (kind == FileKind.ZIP) {
            readZipOfCsv(file, visitor);
        } else if (kind == FileKind.TEXT && !lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            try (var in = java.nio.file.Files.newInputStream(file.path())) {
                new CsvTableReader(limits).read(in, file.displayName(), visitor);
            } catch (IOException e) {
                throw new RejectedFile("Cannot read " + file.displayName() + ": " + e.getMessage());
            }
        } else {
            FileKind.requireZip(file.path(), file.displayName(), ".xlsx workbook or a CSV file");
        }
    }

    private static boolean isWorkbook(ImportFile file) {
        try (var zip = new ZipFile(file.path().toFile())) {
            return zip.getEntry("xl/workbook.xml") != null;
        } catch (ZipException e) {
            throw new RejectedFile(file.displayName() + " is a damaged zip file (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + file.displayName() + ": " + e.getMessage());
        }
    }

    private void readZipOfCsv(ImportFile file, TableVisitor visitor) {
        try (var zip = new ZipFile(file.path().toFile())) {
            var entries = zip.stream()
                    .filter(e -> !e.isDirectory()
                            && e.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
                    .toList();
            if (entries.isEmpty()) {
                throw new RejectedFile(
                        file.displayName()
                                + " is a zip file with no workbook and no .csv files in it. Upload the Annex A workbook, or the lists as CSV files.");
            }
            for (var entry : entries) {
                try (var in = zip.getInputStream(entry)) {
                    var name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    new CsvTableReader(limits).read(in, name, visitor);
                }
            }
        } catch (ZipException e) {
            throw new RejectedFile(file.displayName() + " is a damaged zip file (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + file.displayName() + ": " + e.getMessage());
        }
    }
}
