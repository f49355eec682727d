package org.praxis.register;

import java.io.PrintStream;
import java.util.List;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.springframework.stereotype.Component;

/** {@code java -jar praxis.jar import annex-a FILE... [--as-at YYYY-MM-DD] [--quarantine] ...}: for nightly jobs too. */
@Component
@Subcommand(
        words = {"import", "annex-a"},
        usage = "import annex-a FILE... [--as-at YYYY-MM-DD] [--quarantine] [--allow-missing-lists]"
                + " [--accept-sharp-change]   (the Annex A workbook, or one CSV per list, or a zip of them;"
                + " --quarantine imports the good rows and holds back rows with problems; --allow-missing-lists"
                + " imports the lists there and marks the others not provided; --accept-sharp-change does not"
                + " wait for a person when open cases change by more than the guard's share)")
class AnnexAImportCommand implements PraxisCommand {

    private final ImportCommandLine commandLine;

    AnnexAImportCommand(ImportCommandLine commandLine) {
        this.commandLine = commandLine;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        return commandLine.run(arguments, out, err, usage(), false);
    }
}
