package org.praxis.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.springframework.stereotype.Component;

/**
 * {@code generate annex-a FILE [--scale N] [--as-at YYYY-MM-DD]}: the demo council's synthetic Annex A workbook at any
 * size, for trying imports and for the benchmarks (scale 1 is about 3,000 rows, 33 about 100,000).
 */
@Component
@Subcommand(
        words = {"generate", "annex-a"},
        usage =
                "generate annex-a FILE.xlsx [--scale N] [--as-at YYYY-MM-DD]   (synthetic demo data; scale 1 is about 3,000 rows)")
class GenerateAnnexACommand implements PraxisCommand {

    private final Clock clock;

    GenerateAnnexACommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path file = null;
        int scale = 1;
        var asAt = LocalDate.now(clock);
        try {
            for (int i = 0; i < arguments.size(); i++) {
                switch (arguments.get(i)) {
                    case "--scale" -> scale = Integer.parseInt(arguments.get(++i));
                    case "--as-at" -> asAt = LocalDate.parse(arguments.get(++i));
                    default -> file = Path.of(arguments.get(i));
                }
            }
        } catch (NumberFormatException | DateTimeParseException | IndexOutOfBoundsException e) {
            err.println("Usage: java -jar praxis.jar " + usage());
            return 2;
        }
        if (file == null || scale < 1 || scale > 1_000) {
            err.println("Usage: java -jar praxis.jar " + usage());
            return 2;
        }
        try (var stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            DemoAnnexA.write(stream, asAt, scale, 20261122L);
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + file + " (scale " + scale + ", as at " + asAt + ").");
        return 0;
    }
}
