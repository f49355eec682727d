package org.praxis.register;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.praxis.register.imports.AdultCaseList;
import org.praxis.register.imports.ColumnMappings;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.ImportFile;
import org.springframework.stereotype.Service;

/** What other modules may ask of the case register's importer: the demo council loads its workbook through here. */
@Service
public class AnnexAImports {

    /** The outcome in words, with the rows imported. */
    public record Outcome(boolean imported, String message, int rowsImported, int problems) {}

    private final RegisterImport importer;
    private final ColumnMappings mappings;

    AnnexAImports(RegisterImport importer, ColumnMappings mappings) {
        this.importer = importer;
        this.mappings = mappings;
    }

    /**
     * Imports an adults' case list CSV with its columns named in this order: case reference, team, worker, case
     * type, start date, last review date, gender, ethnicity, disability, date of birth (null for a column the file
     * does not have). The choice is saved under {@code mappingName}, as the screen would save it.
     */
    public Outcome importAdultList(
            Path file, String displayName, LocalDate asAt, String mappingName, List<String> columns, String by) {
        var mapping = new AdultCaseList.Mapping(
                mappingName,
                columns.get(0),
                columns.get(1),
                columns.get(2),
                columns.get(3),
                columns.get(4),
                columns.get(5),
                columns.get(6),
                columns.get(7),
                columns.get(8),
                columns.get(9));
        mappings.save(
                mapping, columns.stream().filter(java.util.Objects::nonNull).toList(), by);
        var result = importer.run(
                new RegisterImport.Request(
                        List.of(new ImportFile(file, displayName)),
                        asAt,
                        ImportRuns.RowHandling.QUARANTINE_ROWS,
                        by,
                        mapping),
                line -> {});
        return new Outcome(
                result.imported(),
                result.message(),
                result.summary().rowsImported(),
                result.summary().problemCount());
    }

    private static Outcome outcome(RegisterImport.Result result) {
        return new Outcome(
                result.imported(),
                result.message(),
                result.summary().rowsImported(),
                result.summary().problemCount());
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
