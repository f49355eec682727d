package org.praxis.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.praxis.complaints.ComplaintKind;
import org.praxis.complaints.ComplaintRecords;
import org.praxis.complaints.Outcome;
import org.praxis.complaints.Procedure;
import org.praxis.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code generate complaints [--years N] [--per-year M]}: M complaints a year over the N years to today (with a
 * compliment for every four), spread over the council's teams, procedures and categories, most answered, some at
 * stage 2: for the complaints benchmark (10 x 3,000 by default). Written a month at a time.
 */
@Component
@Subcommand(
        words = {"generate", "complaints"},
        usage = "generate complaints [--years N] [--per-year M]   (many complaints, for benchmarks)")
class GenerateComplaintsCommand implements PraxisCommand {

    private final ComplaintRecords records;
    private final OrganisationDirectory organisation;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GenerateComplaintsCommand(
            ComplaintRecords records,
            OrganisationDirectory organisation,
            TransactionTemplate transaction,
            Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int years = 10;
        int perYear = 3_000;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                switch (arguments.get(i)) {
                    case "--years" -> years = Integer.parseInt(arguments.get(++i));
                    case "--per-year" -> perYear = Integer.parseInt(arguments.get(++i));
                    default -> throw new IllegalArgumentException();
                }
            }
            if (years < 1 || years > 30 || perYear < 1 || perYear > 100_000) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            err.println("Usage: java -jar praxis.jar " + usage());
            return 2;
        }
        long started = System.nanoTime();
        var teams = organisation.activeTeams();
        var today = LocalDate.now(clock);
        var random = new Random(17);
        int written = 0;
        var first = today.minusYears(years).withDayOfMonth(1);
        for (var month = first; !month.isAfter(today); month = month.plusMonths(1)) {
            var entries = new ArrayList<ComplaintRecords.Entry>();
            int complaints = perYear / 12;
            for (int i = 0; i < complaints + complaints / 4; i++) {
                var received = month.plusDays(random.nextInt(month.lengthOfMonth()));
                if (received.isAfter(today)) {
                    continue;
                }
                var procedure = Procedure.values()[random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 8 ? 1 : 2];
                long team = teams.get(random.nextInt(teams.size())).id();
                if (i >= complaints) {
                    entries.add(new ComplaintRecords.Entry(
                            ComplaintKind.COMPLIMENT,
                            procedure,
                            received,
                            team,
                            null,
                            null,
                            "Thanks",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
                    continue;
                }
                var responded = received.plusDays(5 + random.nextInt(25));
                boolean answered = responded.isBefore(today);
                var outcome = Outcome.values()[random.nextInt(3)];
                var stage2 = procedure != Procedure.ADULTS && answered && random.nextInt(10) == 0
                        ? responded.plusDays(10)
                        : null;
                if (stage2 != null && stage2.isAfter(today)) {
                    stage2 = null;
                }
                var stage2Responded = stage2 == null || stage2.plusDays(35).isAfter(today) ? null : stage2.plusDays(35);
                entries.add(new ComplaintRecords.Entry(
                        ComplaintKind.COMPLAINT,
                        procedure,
                        received,
                        team,
                        null,
                        ComplaintsDemo.CATEGORIES.get(random.nextInt(ComplaintsDemo.CATEGORIES.size())),
                        "A generated complaint",
                        answered ? responded : null,
                        answered ? outcome : null,
                        stage2,
                        stage2Responded,
                        stage2Responded == null ? null : Outcome.NOT_UPHELD,
                        answered && outcome.upheld() && random.nextInt(5) == 0 ? "Generated learning" : null));
            }
            transaction.executeWithoutResult(status -> records.load(entries, "generated"));
            written += entries.size();
        }
        out.println("Generated " + written + " complaints and compliments over " + years + " years in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return 0;
    }
}
