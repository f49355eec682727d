package org.praxis.register.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/** Opens what was uploaded: a workbook, a CSV file, or a zip of CSV files, and streams its tables. */
public final class Tables {

    private final ImportLimits limits;

    public Tables(ImportLimits limits) {
        this.limits = limits;
    }

    public void read(ImportFile file, TableVisitor visitor) {
        requireContent(file);
        var kind = FileKind.of(file.path());
        var lower = file.displayName().toLowerCase(Locale.ROOT);
        if (kind == FileKind.ZIP && isWorkbook(file)) {
            new XlsxReader(limits).read(file.path(), file.displayName(), visitor);
        } else if (kind == FileKind.ZIP) {
            readZipOfCsv(file, visitor);
        } else if (kind == FileKind.TEXT && !lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            try (var in = Files.newInputStream(file.path())) {
                new CsvTableReader(limits).read(in, file.displayName(), file.csvReading(), visitor);
            } catch (IOException e) {
                throw new RejectedFile("Cannot read " + file.displayName() + ": " + e.getMessage());
            }
        } else {
            FileKind.requireZip(file.path(), file.displayName(), ".xlsx workbook or a CSV file");
        }
    }

    private static void requireContent(ImportFile file) {
        try {
            if (Files.size(file.path()) == 0) {
                throw new RejectedFile(file.displayName()
                        + " is empty (0 bytes): there is nothing in it to import. Check you chose the right file,"
                        + " and that it was saved before you uploaded it.");
            }
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + file.displayName() + ": " + e.getMessage());
        }
    }

    private boolean isWorkbook(ImportFile file) {
        try (var zip = GuardedZip.open(file.path(), file.displayName(), limits)) {
            return zip.entry("xl/workbook.xml").isPresent();
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + file.displayName() + ": " + e.getMessage());
        }
    }

    private void readZipOfCsv(ImportFile file, TableVisitor visitor) {
        try (var zip = GuardedZip.open(file.path(), file.displayName(), limits)) {
            var entries = zip.entries().stream()
                    .filter(e -> !e.isDirectory()
                            && e.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(Comparator.comparing(ZipArchiveEntry::getName))
                    .toList();
            if (entries.isEmpty()) {
                throw new RejectedFile(
                        file.displayName()
                                + " is a zip file with no workbook and no .csv files in it. Upload the Annex A workbook, or the lists as CSV files.");
            }
            for (var entry : entries) {
                var name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                try (var in = zip.open(entry, "file " + name)) {
                    new CsvTableReader(limits).read(in, name, visitor);
                }
            }
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + file.displayName() + ": " + e.getMessage());
        }
    }
}
