package org.praxis.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.praxis.actions.Actions;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.learning.LearningRecords;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardsManual;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code generate reviews [--reviews N] [--recommendations M]}: years of synthetic learning reviews (published over the
 * last five years, three findings each tied to children's standards, the recommendations shared among them, each with
 * an action in the tracker), for the learning benchmark: 200 reviews and 5,000 recommendations by default.
 */
@Component
@Subcommand(
        words = {"generate", "reviews"},
        usage = "generate reviews [--reviews N] [--recommendations M]   (synthetic learning reviews, for benchmarks)")
class GenerateReviewsCommand implements PraxisCommand {

    private static final List<String> THEMES = List.of(
            "Professional curiosity", "Voice of the child", "Information sharing", "Risk assessment", "Neglect");

    private final LearningRecords learning;
    private final StandardsManual standards;
    private final Actions actions;
    private final StaffAccounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GenerateReviewsCommand(
            LearningRecords learning,
            StandardsManual standards,
            Actions actions,
            StaffAccounts accounts,
            TransactionTemplate transaction,
            Clock clock) {
        this.learning = learning;
        this.standards = standards;
        this.actions = actions;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int reviews = 200;
        int recommendations = 5_000;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                switch (arguments.get(i)) {
                    case "--reviews" -> reviews = Integer.parseInt(arguments.get(++i));
                    case "--recommendations" -> recommendations = Integer.parseInt(arguments.get(++i));
                    default -> throw new IllegalArgumentException();
                }
            }
            if (reviews < 1 || recommendations < 0) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            err.println("Usage: java -jar praxis.jar " + usage());
            return 2;
        }
        long started = System.nanoTime();
        var manual = standards.current(null, CareService.CHILDREN);
        var owners = accounts.withAnyRole(EnumSet.of(Role.MANAGER, Role.LEADER, Role.PRACTITIONER)).stream()
                .map(StaffAccounts.StaffAccount::userId)
                .toList();
        var random = new Random(15);
        var today = LocalDate.now(clock);
        int made = 0;
        for (int r = 0; r < reviews; r++) {
            final int n = r;
            final int count = recommendations / reviews + (r < recommendations % reviews ? 1 : 0);
            final int total = reviews;
            made += transaction.execute(status -> {
                var published = today.minusDays(1 + (long) (total - n) * (5 * 365 / total));
                long id = learning.addReview(
                        new LearningRecords.ReviewPlan(
                                "Generated review " + (n + 1),
                                n % 3 == 0 ? "LOCAL_CSPR" : n % 3 == 1 ? "RAPID_REVIEW" : "THEMATIC",
                                "CHILDREN",
                                "Generated partnership",
                                published.minusMonths(6),
                                published,
                                "PUBLISHED",
                                null,
                                null),
                        "generator");
                var findings = new ArrayList<Long>();
                for (int f = 0; f < 3; f++) {
                    findings.add(learning.addFinding(
                            id,
                            "Generated lesson " + (f + 1) + " of review " + (n + 1),
                            Set.of(THEMES.get(random.nextInt(THEMES.size()))),
                            new java.util.HashSet<>(List.of(
                                    manual.get(random.nextInt(manual.size())).id(),
                                    manual.get(random.nextInt(manual.size())).id())),
                            Set.of()));
                }
                for (int f = 0; f < 3; f++) {
                    var plans = new ArrayList<LearningRecords.RecommendationPlan>();
                    for (int m = f; m < count; m += 3) {
                        plans.add(new LearningRecords.RecommendationPlan(
                                String.valueOf(m + 1), "Generated recommendation " + (m + 1)));
                    }
                    var ids = learning.addRecommendations(id, findings.get(f), plans, "generator");
                    for (long recommendation : ids) {
                        actions.raise(
                                new Actions.NewAction(
                                        LearningRecords.SOURCE,
                                        recommendation,
                                        "Generated review " + (n + 1),
                                        "/learning/reviews/" + id,
                                        "Generated action",
                                        null,
                                        owners.get(random.nextInt(owners.size())),
                                        published.plusDays(30 + random.nextInt(400))),
                                "generator");
                    }
                }
                return count;
            });
        }
        out.println("Generated " + reviews + " reviews, " + made + " recommendations with an action each, in "
                + (System.nanoTime() - started) / 1_000_000 + " ms.");
        return 0;
    }
}
