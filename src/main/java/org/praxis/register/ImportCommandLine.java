package org.praxis.register;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.praxis.register.imports.AdultCaseList;
import org.praxis.register.imports.ColumnMappings;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.RejectedFile;
import org.springframework.stereotype.Component;

/**
 * The register's import commands, Annex A and adults' lists: their options read, the import run, each list and the
 * first problems printed, and the exit status (0 imported, 1 not imported, 2 a mistake on the command line, 3 imported
 * but waiting for a person to confirm a sharp change in open cases).
 */
@Component
class ImportCommandLine {

    private static final int PROBLEMS_PRINTED = 50;

    private final RegisterImport importer;
    private final ImportRuns runs;
    private final ColumnMappings mappings;
    private final Clock clock;

    ImportCommandLine(RegisterImport importer, ImportRuns runs, ColumnMappings mappings, Clock clock) {
        this.importer = importer;
        this.runs = runs;
        this.mappings = mappings;
        this.clock = clock;
    }

    int run(List<String> arguments, PrintStream out, PrintStream err, String usage, boolean adults) {
        var files = new ArrayList<ImportFile>();
        LocalDate asAt = LocalDate.now(clock);
        var handling = ImportRuns.RowHandling.REJECT_FILE;
        String mappingName = null;
        boolean acceptSharpChange = false;
        boolean allowMissingLists = false;
        for (int i = 0; i < arguments.size(); i++) {
            var argument = arguments.get(i);
            if (argument.equals("--as-at") && i + 1 < arguments.size()) {
                try {
                    asAt = LocalDate.parse(arguments.get(++i));
                } catch (DateTimeParseException e) {
                    err.println("--as-at must be a date like 2026-11-20, not “" + arguments.get(i) + "”.");
                    return 2;
                }
            } else if (argument.equals("--quarantine")) {
                handling = ImportRuns.RowHandling.QUARANTINE_ROWS;
            } else if (argument.equals("--accept-sharp-change")) {
                acceptSharpChange = true;
            } else if (!adults && argument.equals("--allow-missing-lists")) {
                allowMissingLists = true;
            } else if (adults && argument.equals("--mapping") && i + 1 < arguments.size()) {
                mappingName = arguments.get(++i);
            } else if (argument.startsWith("--")) {
                err.println("Unknown option " + argument + ". Usage: java -jar praxis.jar " + usage);
                return 2;
            } else {
                var path = Path.of(argument);
                if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                    err.println("Cannot read " + path + ".");
                    return 2;
                }
                files.add(new ImportFile(path, path.getFileName().toString()));
            }
        }
        if (files.isEmpty() || (adults && (mappingName == null || files.size() > 1))) {
            err.println("Usage: java -jar praxis.jar " + usage);
            return 2;
        }
        AdultCaseList.Mapping mapping = null;
        if (adults) {
            var named = mappings.named(mappingName);
            if (named.isEmpty()) {
                var saved = mappings.names();
                err.println("No column choice is saved as “" + mappingName + "”. "
                        + (saved.isEmpty()
                                ? "Import the list once on the screen (Case register → Imports → Import an adults’"
                                        + " case list) and save the columns under a name."
                                : "Saved: " + String.join(", ", saved) + "."));
                return 2;
            }
            mapping = named.get();
        }
        RegisterImport.Result result;
        long started = System.nanoTime();
        try {
            result = importer.run(
                    new RegisterImport.Request(files, asAt, handling, "command line", mapping)
                            .acceptingSharpChange(acceptSharpChange)
                            .allowingMissingLists(allowMissingLists),
                    line -> out.println("  " + line));
        } catch (RejectedFile e) {
            err.println(e.getMessage());
            return 1;
        }
        if (result.summary().problemCount() > 0) {
            var stream = result.imported() ? out : err;
            stream.println("Problems (" + String.format("%,d", result.summary().problemCount()) + "):");
            for (var p : runs.problems(result.importId(), 0, PROBLEMS_PRINTED)) {
                stream.println("  " + p.list() + ", row " + p.row() + ", " + p.column() + " “" + p.value() + "”: "
                        + p.problem());
            }
            if (result.summary().problemCount() > PROBLEMS_PRINTED) {
                stream.println(
                        "  … the full report is on the import's page in Praxis (import " + result.importId() + ").");
            }
        }
        if (!result.summary().ignored().isEmpty()) {
            out.println("Ignored: " + String.join("; ", result.summary().ignored()));
        }
        (result.imported() ? out : err).println(result.message());
        if (result.awaitingConfirmation()) {
            err.println("Confirm or discard it on the import's page in Praxis (Case register → Imports), or import"
                    + " again with --accept-sharp-change if the change is expected.");
        }
        out.printf("Took %.1f s (import %d).%n", (System.nanoTime() - started) / 1e9, result.importId());
        return result.imported() ? 0 : result.awaitingConfirmation() ? 3 : 1;
    }
}
