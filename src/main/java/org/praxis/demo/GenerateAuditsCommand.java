package org.praxis.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.praxis.audit.AnswerType;
import org.praxis.audit.AuditProgrammes;
import org.praxis.audit.AuditTemplates;
import org.praxis.audit.Grade;
import org.praxis.audit.PastAudits;
import org.praxis.audit.Stratification;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardsManual;
import org.praxis.web.ListPage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code generate audits [--programmes N] [--per-programme M]}: years of synthetic audit history on a 40-question
 * template, sampled from the loaded register through the real sampler, for the findings benchmark (100 programmes of
 * 300 audits is five years of a large council: 30,000 audits and 1,200,000 answers).
 */
@Component
@Subcommand(
        words = {"generate", "audits"},
        usage = "generate audits [--programmes N] [--per-programme M]   (synthetic audit history, for benchmarks)")
class GenerateAuditsCommand implements PraxisCommand {

    private final AuditTemplates templates;
    private final AuditProgrammes programmes;
    private final PastAudits past;
    private final StaffAccounts accounts;
    private final StandardsManual standards;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GenerateAuditsCommand(
            AuditTemplates templates,
            AuditProgrammes programmes,
            PastAudits past,
            StaffAccounts accounts,
            StandardsManual standards,
            TransactionTemplate transaction,
            Clock clock) {
        this.templates = templates;
        this.programmes = programmes;
        this.past = past;
        this.accounts = accounts;
        this.standards = standards;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int count = 100;
        int size = 300;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                switch (arguments.get(i)) {
                    case "--programmes" -> count = Integer.parseInt(arguments.get(++i));
                    case "--per-programme" -> size = Integer.parseInt(arguments.get(++i));
                    default -> throw new IllegalArgumentException();
                }
            }
        } catch (RuntimeException e) {
            err.println("Usage: java -jar praxis.jar " + usage());
            return 2;
        }
        long started = System.nanoTime();
        long template = transaction.execute(status -> fortyQuestions());
        var questions = templates.version(template).orElseThrow().questions();
        var capacities = new LinkedHashMap<Long, Integer>();
        accounts.withAnyRole(EnumSet.of(Role.LEADER, Role.QA_LEAD)).forEach(a -> capacities.put(a.userId(), 100_000));
        var random = new Random(7);
        var today = LocalDate.now(clock);
        int audits = 0;
        for (int p = 0; p < count; p++) {
            final int n = p;
            final int perProgramme = size;
            final int total = count;
            audits += transaction.execute(status -> {
                long id = programmes.create(
                        new AuditProgrammes.Plan(
                                "Generated programme " + (n + 1),
                                "",
                                template,
                                null,
                                List.of(),
                                List.of(),
                                null,
                                perProgramme,
                                null,
                                Stratification.TEAM,
                                0,
                                1000L + n,
                                today.plusDays(1),
                                10,
                                capacities),
                        "generator");
                var when = today.minusDays((long) (total - n) * 18).atTime(10, 0);
                past.started(id, when.minusDays(30), when.toLocalDate());
                var completed = new ArrayList<PastAudits.Completed>();
                for (var a :
                        programmes.audits(id, new ListPage(1, 100_000, "/")).items()) {
                    var grade = Grade.values()[random.nextInt(4)];
                    var answers = new LinkedHashMap<Long, String>();
                    for (var q : questions) {
                        answers.put(
                                q.id(),
                                q.type() == AnswerType.GRADE
                                        ? Grade.values()[random.nextInt(4)].name()
                                        : (random.nextBoolean() ? "YES" : "PARTLY"));
                    }
                    completed.add(new PastAudits.Completed(
                            a.id(),
                            answers,
                            grade,
                            "Strengths",
                            "Direct work",
                            "Areas",
                            "Chronology",
                            "Difference",
                            when.toLocalDate(),
                            "Worker",
                            "YES",
                            "View",
                            when));
                }
                past.recordAll(completed, "generator");
                return completed.size();
            });
        }
        out.println("Generated " + count + " programmes, " + audits + " audits, " + audits * questions.size()
                + " answers in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
        return 0;
    }

    /** A published children's template of 40 questions, each linked to one of the manual's standards. */
    private long fortyQuestions() {
        var manual = standards.current(null, CareService.CHILDREN);
        long version = templates.create(
                "Generated 40-question audit " + System.nanoTime(),
                CareService.CHILDREN,
                "For benchmarks",
                "generator");
        long section = templates.addSection(version, "Everything");
        for (int q = 0; q < 40; q++) {
            templates.addQuestion(
                    version,
                    section,
                    new AuditTemplates.NewQuestion(
                            "Question " + (q + 1),
                            "",
                            q % 4 == 3 ? AnswerType.YES_PARTLY_NO : AnswerType.GRADE,
                            true,
                            Set.of(manual.get(q % manual.size()).id())));
        }
        templates.publish(version, templates.version(version).orElseThrow().lockVersion(), "generator");
        return version;
    }
}
