package org.praxis.organisation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.springframework.stereotype.Component;

/** {@code java -jar praxis.jar import staff FILE}: the same all-or-nothing import as the screen. */
@Component
@Subcommand(
        words = {"import", "staff"},
        usage = "import staff FILE.csv   (columns: Full name, Work email, Job role, Team, Employment type, Start date)")
class StaffImportCommand implements PraxisCommand {

    private final StaffCsvImport importer;

    StaffImportCommand(StaffCsvImport importer) {
        this.importer = importer;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("Usage: java -jar praxis.jar " + usage());
            return 2;
        }
        var file = Path.of(arguments.getFirst());
        if (!Files.isReadable(file)) {
            err.println("Cannot read " + file);
            return 2;
        }
        StaffCsvImport.Outcome outcome;
        try (var in = Files.newInputStream(file)) {
            outcome = importer.importFrom(in);
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        if (!outcome.imported()) {
            err.println("Nothing was imported: the file has "
                    + outcome.problems().size() + (outcome.tooManyProblems() ? "+" : "") + " problem(s).");
            outcome.problems()
                    .forEach(p -> err.println("  line " + p.line() + (p.column().isEmpty() ? "" : ", " + p.column())
                            + ": " + p.problem()));
            return 1;
        }
        out.println("Imported " + (outcome.added() + outcome.updated()) + " staff: " + outcome.added() + " added, "
                + outcome.updated() + " updated.");
        if (!outcome.ignoredColumns().isEmpty()) {
            out.println("Columns ignored: " + String.join(", ", outcome.ignoredColumns()));
        }
        return 0;
    }
}
