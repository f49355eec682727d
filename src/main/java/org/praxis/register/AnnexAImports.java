package org.praxis.register;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** What other modules may ask of the case register's importer: the demo council loads its workbook through here. */
@Service
public class AnnexAImports {

    /** The outcome in words, with the rows imported. */
    public record Outcome(boolean imported, String message, int rowsImported, int problems) {}

    private final RegisterImport importer;

    AnnexAImports(RegisterImport importer) {
        this.importer = importer;
    }

    /** Imports one workbook as a new snapshot, holding back rows with problems when {@code quarantine} is set. */
    public Outcome importWorkbook(Path file, String displayName, LocalDate asAt, boolean quarantine, String by) {
        var result = importer.run(
                new RegisterImport.Request(
                        List.of(new ImportFile(file, displayName)),
                        asAt,
                        quarantine ? ImportRuns.RowHandling.QUARANTINE_ROWS : ImportRuns.RowHandling.REJECT_FILE,
                        by),
                line -> {});
        return new Outcome(
                result.imported(),
                result.message(),
                result.summary().rowsImported(),
                result.summary().problemCount());
    }
}
