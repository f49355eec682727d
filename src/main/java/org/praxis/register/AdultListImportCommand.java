package org.praxis.register;

import java.io.PrintStream;
import java.util.List;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar praxis.jar import adults FILE.csv --mapping NAME}: a nightly job imports the adults' case list
 * with the column choice a QA lead saved on the screen.
 */
@Component
@Subcommand(
        words = {"import", "adults"},
        usage = "import adults FILE.csv --mapping NAME [--as-at YYYY-MM-DD] [--quarantine] [--accept-sharp-change]"
                + "   (an adults' case list,"
                + " read with the columns saved under NAME on the import screen)")
class AdultListImportCommand implements PraxisCommand {

    private final ImportCommandLine commandLine;

    AdultListImportCommand(ImportCommandLine commandLine) {
        this.commandLine = commandLine;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        return commandLine.run(arguments, out, err, usage(), true);
    }
}
