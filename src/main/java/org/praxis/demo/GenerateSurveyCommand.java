package org.praxis.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.surveys.SurveyRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code generate survey [--responses N] [--questions M]}: a question bank of M agreement statements and two closed
 * surveys of it, last year's and this year's, each with N responses spread over the council's teams, job roles and
 * employment types, every group declared: for the survey results benchmark (5,000 x 60 by default).
 */
@Component
@Subcommand(
        words = {"generate", "survey"},
        usage = "generate survey [--responses N] [--questions M]   (a large staff survey, for benchmarks)")
class GenerateSurveyCommand implements PraxisCommand {

    private final SurveyRecords records;
    private final OrganisationDirectory organisation;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GenerateSurveyCommand(
            SurveyRecords records, OrganisationDirectory organisation, TransactionTemplate transaction, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int responses = 5_000;
        int questions = 60;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                switch (arguments.get(i)) {
                    case "--responses" -> responses = Integer.parseInt(arguments.get(++i));
                    case "--questions" -> questions = Integer.parseInt(arguments.get(++i));
                    default -> throw new IllegalArgumentException();
                }
            }
            if (responses < 1 || questions < 1 || questions > 400) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            err.println("Usage: java -jar praxis.jar " + usage());
            return 2;
        }
        long started = System.nanoTime();
        var teams = organisation.activeTeams();
        var today = LocalDate.now(clock);
        var name = "Generated survey questions " + today + " " + System.nanoTime() % 10_000;
        final int count = questions;
        transaction.executeWithoutResult(status -> records.generatedBank(name, count));
        var random = new Random(16);
        var ids = new ArrayList<Long>();
        for (int year = 1; year >= 0; year--) {
            var opens = today.minusYears(year).minusDays(40);
            var list = new ArrayList<SurveyRecords.Response>();
            for (int r = 0; r < responses; r++) {
                var team = teams.get(random.nextInt(teams.size()));
                double agree = 0.4 + (team.id() * 37 % 40) / 100.0 + (year == 0 ? 0.05 : 0);
                var options = new int[questions];
                for (int q = 0; q < questions; q++) {
                    options[q] = random.nextDouble() < agree ? 3 + random.nextInt(2) : random.nextInt(3);
                }
                list.add(new SurveyRecords.Response(
                        team.id(),
                        team.serviceAreaId(),
                        JobRole.values()[random.nextInt(JobRole.values().length)],
                        random.nextInt(10) == 0 ? EmploymentType.AGENCY : EmploymentType.PERMANENT,
                        options,
                        null));
            }
            var past = new SurveyRecords.Past(
                    "Generated survey " + opens + " " + System.nanoTime() % 10_000,
                    "OTHER",
                    opens,
                    opens.plusDays(20),
                    true,
                    true,
                    true,
                    true);
            ids.add(transaction.execute(
                    status -> records.recordClosed(past, List.of(), Set.of(), list, false, "generator")));
        }
        out.printf(
                "Generated 2 surveys of %d questions with %d responses each in %d ms: /surveys/%d/results%n",
                questions, responses, (System.nanoTime() - started) / 1_000_000, ids.getLast());
        return 0;
    }
}
