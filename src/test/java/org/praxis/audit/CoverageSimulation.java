package org.praxis.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.praxis.statistics.Agreement;
import org.praxis.statistics.Difference;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;

/**
 * Does a "95% interval" cover the truth 95% of the time? Draws samples the way Praxis does (the real
 * {@link Sampling} code: proportional allocation, at least one case per team) from fixed populations whose true
 * share is known, and counts. Run by {@code CoverageSimulationTest} with few draws and by {@code bench/coverage.sh}
 * with many (decision 0020).
 */
final class CoverageSimulation {

    /**
     * One line of the table: how often the interval held the truth, and its median width, over the draws where the
     * figure was shown ({@code shown}: the share of all draws; kappa is not shown when too few to judge).
     */
    record Row(String figure, String scenario, int size, int draws, double shown, double coverage, double medianWidth) {

        Row(String figure, String scenario, int size, int draws, double coverage, double medianWidth) {
            this(figure, scenario, size, draws, 1, coverage, medianWidth);
        }
    }

    /** A council: teams' sizes and each team's true share of cases good or better. */
    record Council(String name, int[] sizes, double[] shares) {

        int[] good() {
            return Arrays.stream(range())
                    .map(i -> (int) Math.round(sizes[i] * shares[i]))
                    .toArray();
        }

        double truth() {
            return (double) Arrays.stream(good()).sum() / Arrays.stream(sizes).sum();
        }

        private int[] range() {
            return java.util.stream.IntStream.range(0, sizes.length).toArray();
        }
    }

    private static final int[] TEN_TEAMS = {82, 64, 55, 48, 45, 40, 38, 30, 27, 20};
    private static final int[] ONE_LARGE = {250, 25, 24, 23, 22, 22, 22, 21, 20, 20};

    static final List<Council> COUNCILS = List.of(
            new Council("Mixed teams (40–80% good)", TEN_TEAMS, spread(0.40, 0.80)),
            new Council("Strong council (85–95% good)", TEN_TEAMS, spread(0.85, 0.95)),
            new Council("Weak council (15–45% good)", TEN_TEAMS, spread(0.15, 0.45)),
            new Council("One large team and nine small (40–80%)", ONE_LARGE, spread(0.40, 0.80)));

    static final int[] AUDITS = {24, 48, 120};

    private static double[] spread(double from, double to) {
        var shares = new double[10];
        for (int i = 0; i < 10; i++) {
            // Interleaved, so large and small teams both have high and low shares.
            shares[i] = from + (to - from) * ((i * 3) % 10) / 9.0;
        }
        return shares;
    }

    /** The stratified estimate of each council at each number of audits. */
    static List<Row> stratified(int draws, long seed) {
        var rows = new ArrayList<Row>();
        for (var council : COUNCILS) {
            for (int audits : AUDITS) {
                var random = new SplittableRandom(seed);
                double truth = council.truth();
                var widths = new double[draws];
                int covered = 0;
                for (int d = 0; d < draws; d++) {
                    var share = Share.stratified(sample(council, audits, random.nextLong()));
                    covered += share.lower() <= truth && truth <= share.upper() ? 1 : 0;
                    widths[d] = share.upper() - share.lower();
                }
                rows.add(new Row(
                        "Stratified share", council.name(), audits, draws, (double) covered / draws, median(widths)));
            }
        }
        return rows;
    }

    /** One programme's sample, drawn by Praxis's own sampler, as strata of counts. */
    static List<Share.Stratum> sample(Council council, int audits, long seed) {
        var good = council.good();
        int size = Arrays.stream(council.sizes()).sum();
        var team = new int[size];
        var isGood = new boolean[size];
        for (int t = 0, at = 0; t < council.sizes().length; t++) {
            for (int c = 0; c < council.sizes()[t]; c++, at++) {
                team[at] = t;
                isGood[at] = c < good[t];
            }
        }
        var names = new String[council.sizes().length];
        Arrays.setAll(names, t -> String.format(Locale.ROOT, "team %02d", t));
        var drawn = Sampling.drawIndexes(size, i -> names[team[i]], audits, seed);
        var counts = new LinkedHashMap<String, int[]>();
        drawn.strata().forEach((name, s) -> counts.put(name, new int[] {s[0], s[1], 0}));
        for (int i : drawn.chosen()) {
            counts.get(names[team[i]])[2] += isGood[i] ? 1 : 0;
        }
        var strata = new ArrayList<Share.Stratum>();
        counts.forEach((name, c) -> strata.add(new Share.Stratum(name, c[0], c[1], c[2])));
        return strata;
    }

    /** Simple shares (a survey, a timeliness figure) from random samples. */
    static List<Row> simple(int draws, long seed) {
        var rows = new ArrayList<Row>();
        for (double p : new double[] {0.05, 0.2, 0.5, 0.8, 0.95}) {
            for (int n : new int[] {24, 48, 120}) {
                var random = new SplittableRandom(seed);
                var widths = new double[draws];
                int covered = 0;
                for (int d = 0; d < draws; d++) {
                    var share = Share.of(binomial(random, n, p), n);
                    covered += share.lower() <= p && p <= share.upper() ? 1 : 0;
                    widths[d] = share.upper() - share.lower();
                }
                rows.add(new Row(
                        "Simple share",
                        "True share " + percent(p),
                        n,
                        draws,
                        (double) covered / draws,
                        median(widths)));
            }
        }
        return rows;
    }

    /** Before and after: two independent programmes of the same size, stratified, and two simple surveys. */
    static List<Row> differences(int draws, long seed) {
        var rows = new ArrayList<Row>();
        var pairs = List.of(
                new Council[] {COUNCILS.get(0), COUNCILS.get(0)},
                new Council[] {COUNCILS.get(0), COUNCILS.get(1)},
                new Council[] {COUNCILS.get(2), COUNCILS.get(0)},
                new Council[] {COUNCILS.get(1), COUNCILS.get(1)});
        for (var pair : pairs) {
            for (int audits : AUDITS) {
                var random = new SplittableRandom(seed);
                double truth = pair[1].truth() - pair[0].truth();
                var widths = new double[draws];
                int covered = 0;
                for (int d = 0; d < draws; d++) {
                    var difference = Difference.between(
                            Share.stratified(sample(pair[0], audits, random.nextLong())),
                            Share.stratified(sample(pair[1], audits, random.nextLong())));
                    covered += difference.lower() <= truth && truth <= difference.upper() ? 1 : 0;
                    widths[d] = difference.upper() - difference.lower();
                }
                rows.add(new Row(
                        "Difference of stratified shares",
                        shortName(pair[0]) + " then " + shortName(pair[1]),
                        audits,
                        draws,
                        (double) covered / draws,
                        median(widths)));
            }
        }
        for (double[] p : new double[][] {{0.5, 0.6}, {0.8, 0.95}, {0.1, 0.1}}) {
            for (int n : new int[] {24, 48, 120}) {
                var random = new SplittableRandom(seed);
                var widths = new double[draws];
                int covered = 0;
                double truth = p[1] - p[0];
                for (int d = 0; d < draws; d++) {
                    var difference = Difference.between(
                            Share.of(binomial(random, n, p[0]), n), Share.of(binomial(random, n, p[1]), n));
                    covered += difference.lower() <= truth + 1e-12 && truth - 1e-12 <= difference.upper() ? 1 : 0;
                    widths[d] = difference.upper() - difference.lower();
                }
                rows.add(new Row(
                        "Difference of simple shares",
                        percent(p[0]) + " then " + percent(p[1]),
                        n,
                        draws,
                        (double) covered / draws,
                        median(widths)));
            }
        }
        return rows;
    }

    /**
     * Moderation: each case has a true grade (1 to 4, in the council's proportions); auditor and moderator each
     * give it, or miss by one step with the given chance. The true kappa comes from the exact joint distribution.
     * Coverage is counted where the page shows kappa: {@code rules} decides, as it does on the page.
     */
    static List<Row> agreement(int draws, long seed, int[] sizes, SmallNumbers rules) {
        var rows = new ArrayList<Row>();
        record Graders(String name, double[] grades, double miss) {}
        for (var g : List.of(
                new Graders("Typical grades, well calibrated", new double[] {0.05, 0.3, 0.5, 0.15}, 0.2),
                new Graders("Typical grades, poorly calibrated", new double[] {0.05, 0.3, 0.5, 0.15}, 0.5),
                new Graders("Strong council, mostly Good", new double[] {0.02, 0.08, 0.7, 0.2}, 0.3),
                new Graders("Strong council, well calibrated", new double[] {0.02, 0.08, 0.7, 0.2}, 0.1),
                new Graders("Nine in ten Good", new double[] {0, 0.05, 0.9, 0.05}, 0.2),
                new Graders("Grades evenly spread, poorly calibrated", new double[] {0.25, 0.25, 0.25, 0.25}, 0.7),
                new Graders("Weak council, mostly Requires improvement", new double[] {0.1, 0.6, 0.3, 0}, 0.3))) {
            var joint = new double[5][5];
            for (int t = 1; t <= 4; t++) {
                var one = given(t, g.miss());
                for (int a = 1; a <= 4; a++) {
                    for (int m = 1; m <= 4; m++) {
                        joint[a][m] += g.grades()[t - 1] * one[a] * one[m];
                    }
                }
            }
            double truth = kappa(joint);
            for (int n : sizes) {
                var random = new SplittableRandom(seed);
                var widths = new double[draws];
                int covered = 0;
                int known = 0;
                for (int d = 0; d < draws; d++) {
                    var pairs = new ArrayList<int[]>(n);
                    for (int i = 0; i < n; i++) {
                        int t = pick(random, g.grades(), 1);
                        var one = given(t, g.miss());
                        pairs.add(new int[] {pick(random, one, 0), pick(random, one, 0)});
                    }
                    var a = Agreement.of(pairs, 4);
                    if (a.known() && rules.agreement(a) != SmallNumbers.Visibility.SUPPRESSED) {
                        covered += a.lower() <= truth && truth <= a.upper() ? 1 : 0;
                        widths[known++] = a.upper() - a.lower();
                    }
                }
                rows.add(new Row(
                        "Weighted kappa",
                        g.name() + " (true kappa " + String.format(Locale.UK, "%.2f", truth) + ")",
                        n,
                        known,
                        (double) known / draws,
                        (double) covered / known,
                        median(Arrays.copyOf(widths, known))));
            }
        }
        return rows;
    }

    /** The chance of each grade 0..4 (0 unused) that a grader gives a case whose true grade is t. */
    private static double[] given(int t, double miss) {
        var p = new double[5];
        p[t] += 1 - miss;
        int down = Math.max(1, t - 1);
        int up = Math.min(4, t + 1);
        p[down] += miss / 2;
        p[up] += miss / 2;
        return p;
    }

    private static double kappa(double[][] joint) {
        var rows = new double[5];
        var columns = new double[5];
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 4; j++) {
                rows[i] += joint[i][j];
                columns[j] += joint[i][j];
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 4; j++) {
                double w = 1 - (i - j) * (i - j) / 9.0;
                observed += w * joint[i][j];
                expected += w * rows[i] * columns[j];
            }
        }
        return (observed - expected) / (1 - expected);
    }

    private static int pick(SplittableRandom random, double[] p, int offset) {
        double u = random.nextDouble();
        for (int i = 0; i < p.length; i++) {
            u -= p[i];
            if (u < 0) {
                return i + offset;
            }
        }
        return p.length - 1 + offset;
    }

    private static int binomial(SplittableRandom random, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String shortName(Council c) {
        return c.name().substring(0, c.name().indexOf(' '));
    }

    /**
     * The small-number rules as shipped (application.properties), so the simulation judges what a page shows; a
     * system property of the same name overrides one, to measure another rule.
     */
    static SmallNumbers shippedRules() {
        var settings = new java.util.Properties();
        try (var in = CoverageSimulation.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.function.ToIntFunction<String> setting = name -> {
            var key = "praxis.statistics." + name;
            return Integer.parseInt(
                    System.getProperty(key, settings.getProperty(key)).strip());
        };
        return new SmallNumbers(
                setting.applyAsInt("fewest-shown"),
                setting.applyAsInt("fewest-trusted"),
                setting.applyAsInt("fewest-pairs-shown"),
                setting.applyAsInt("fewest-pairs-trusted"),
                setting.applyAsInt("fewest-varied-pairs"));
    }

    private static String percent(double p) {
        return Math.round(p * 100) + "%";
    }

    /** The coverage table in Markdown, for bench/README.md. Argument: draws per line (default 20,000). */
    public static void main(String[] args) {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261201L;
        long start = System.nanoTime();
        System.out.println("| Figure | Scenario | Audits (or pairs) | Draws shown | Shown | Coverage | Median width |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        var all = new ArrayList<Row>();
        all.addAll(stratified(draws, seed));
        all.addAll(simple(draws, seed));
        all.addAll(differences(draws, seed));
        all.addAll(agreement(draws, seed, new int[] {10, 20, 30, 60, 120}, shippedRules()));
        for (var r : all) {
            System.out.printf(
                    Locale.UK,
                    "| %s | %s | %d | %,d | %.0f%% | %.1f%% | %.1f points |%n",
                    r.figure(),
                    r.scenario(),
                    r.size(),
                    r.draws(),
                    r.shown() * 100,
                    r.coverage() * 100,
                    r.medianWidth() * 100);
        }
        System.out.printf(Locale.UK, "%n%d lines in %.1f s%n", all.size(), (System.nanoTime() - start) / 1e9);
    }

    private CoverageSimulation() {}
}
