package org.praxis.governance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.praxis.documents.ReportPeriod;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar praxis.jar report practice-assurance --period 2026-Q3 --out report.pdf}: the same PDF as the
 * report's page offers, for a scheduled job, without the web server. It takes the quarter's latest published version,
 * else its latest version as it stands.
 */
@Component
@Subcommand(
        words = {"report", "practice-assurance"},
        usage = "report practice-assurance --period YYYY-Qn --out FILE.pdf   (the quarter's practice assurance report:"
                + " its latest published version, else its draft)")
class ReportCommand implements PraxisCommand {

    private final AssuranceReports reports;
    private final ReportFiles files;

    ReportCommand(AssuranceReports reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String period = null;
        String file = null;
        for (int i = 0; i < arguments.size(); i++) {
            var argument = arguments.get(i);
            if (i + 1 < arguments.size() && argument.equals("--period")) {
                period = arguments.get(++i);
            } else if (i + 1 < arguments.size() && argument.equals("--out")) {
                file = arguments.get(++i);
            } else {
                err.println("Not understood: " + argument);
                err.println("Usage: java -jar praxis.jar " + usage());
                return 2;
            }
        }
        if (period == null || file == null) {
            err.println("Usage: java -jar praxis.jar " + usage());
            return 2;
        }
        ReportPeriod quarter;
        try {
            quarter = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        var report = reports.forPeriod(quarter);
        if (report.isEmpty()) {
            err.println("There is no practice assurance report for " + quarter.label()
                    + ": start it on the Reports page first.");
            return 1;
        }
        var pdf = files.pdf(report.get());
        try {
            Files.write(Path.of(file), pdf);
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e.getMessage());
            return 2;
        }
        out.println("Wrote " + file + ": " + report.get().title() + ", version "
                + report.get().version() + " (" + report.get().status().label().toLowerCase(java.util.Locale.UK) + "), "
                + pdf.length + " bytes, in "
                + String.format(java.util.Locale.UK, "%.1f", (System.nanoTime() - started) / 1e9) + " s.");
        return 0;
    }
}
