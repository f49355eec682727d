package org.praxis.statistics;

import java.util.List;

/**
 * How far two graders agree on an ordered scale: the share graded exactly the same, and Cohen's kappa with
 * quadratic weights (a grade one step away counts as partial agreement, two steps far less), which corrects for
 * the agreement expected by chance, with a 95% interval: the jackknife's standard error (each pair left out in
 * turn) on Fisher's z-scale with Student's t, so that the interval stays inside -1 to 1 and widens on the side where kappa has room
 * to move. The large-sample formula (Fleiss, Cohen and Everitt) covered only 84–93% at 10 to 30 pairs (decision
 * 0020).
 *
 * @param varied of the two graders, the fewer pairs that grader graded other than their own most common grade: kappa
 *     measures agreement beyond chance, and when nearly every audit gets the same grade there is almost nothing to
 *     measure it on (the interval then misses the truth far more often than it says; decision 0020)
 */
public record Agreement(int pairs, int exact, int varied, double kappa, double lower, double upper) {

    /** Each pair is the two graders' scores, 1 to {@code grades}. */
    public static Agreement of(List<int[]> scores, int grades) {
        int n = scores.size();
        var counts = new double[grades + 1][grades + 1];
        int exact = 0;
        for (var pair : scores) {
            counts[pair[0]][pair[1]]++;
            exact += pair[0] == pair[1] ? 1 : 0;
        }
        int varied = n - Math.max(mostCommon(counts, grades, true), mostCommon(counts, grades, false));
        double kappa = kappa(counts, grades);
        if (Double.isNaN(kappa)) {
            return new Agreement(n, exact, varied, Double.NaN, Double.NaN, Double.NaN);
        }
        // Leaving out a pair gives the same kappa for every pair in the same cell: one sum per cell.
        double mean = 0;
        var leftOut = new double[grades + 1][grades + 1];
        for (int i = 1; i <= grades; i++) {
            for (int j = 1; j <= grades; j++) {
                if (counts[i][j] > 0) {
                    counts[i][j]--;
                    leftOut[i][j] = kappa(counts, grades);
                    counts[i][j]++;
                    mean += counts[i][j] * leftOut[i][j] / n;
                }
            }
        }
        double sum = 0;
        for (int i = 1; i <= grades; i++) {
            for (int j = 1; j <= grades; j++) {
                if (counts[i][j] > 0) {
                    sum += counts[i][j] * (leftOut[i][j] - mean) * (leftOut[i][j] - mean);
                }
            }
        }
        double error = Math.sqrt((n - 1.0) / n * sum);
        if (Double.isNaN(error) || error < 1e-12) {
            // Some pair, left out, leaves a single grade, or leaving out any pair changes nothing (every pair graded
            // the same): the jackknife cannot say how sure kappa is, so the interval claims nothing.
            return new Agreement(n, exact, varied, kappa, -1, 1);
        }
        double k = Math.max(-0.999999, Math.min(0.999999, kappa));
        double z = 0.5 * Math.log((1 + k) / (1 - k));
        double zError = error / (1 - k * k);
        // Student's t on n - 1 degrees of freedom rather than the normal: the jackknife's error is itself uncertain.
        double t = Intervals.student95(Math.max(1, n - 1));
        return new Agreement(n, exact, varied, kappa, Math.tanh(z - t * zError), Math.tanh(z + t * zError));
    }

    /** How many pairs one grader (the auditor: rows; the moderator: columns) gave their most common grade. */
    private static int mostCommon(double[][] counts, int grades, boolean auditor) {
        double most = 0;
        for (int i = 1; i <= grades; i++) {
            double given = 0;
            for (int j = 1; j <= grades; j++) {
                given += auditor ? counts[i][j] : counts[j][i];
            }
            most = Math.max(most, given);
        }
        return (int) most;
    }

    /** Quadratic-weighted kappa from a table of counts; not a number when chance agreement is total. */
    private static double kappa(double[][] counts, int grades) {
        double n = 0;
        var rows = new double[grades + 1];
        var columns = new double[grades + 1];
        for (int i = 1; i <= grades; i++) {
            for (int j = 1; j <= grades; j++) {
                n += counts[i][j];
                rows[i] += counts[i][j];
                columns[j] += counts[i][j];
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 1; i <= grades; i++) {
            for (int j = 1; j <= grades; j++) {
                double d = i - j;
                double weight = 1 - d * d / ((grades - 1) * (grades - 1));
                observed += weight * counts[i][j] / n;
                expected += weight * rows[i] * columns[j] / (n * n);
            }
        }
        // When everyone used one grade, chance agreement is total and kappa says nothing.
        return n == 0 || expected >= 1 - 1e-12 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    public double exactShare() {
        return pairs == 0 ? Double.NaN : (double) exact / pairs;
    }

    public boolean known() {
        return !Double.isNaN(kappa);
    }

    /** Landis and Koch's words for a kappa, as moderation reports commonly use them. */
    public String strength() {
        if (!known()) {
            return "Not enough variation to say";
        }
        if (kappa < 0.2) {
            return "Poor";
        }
        if (kappa < 0.4) {
            return "Fair";
        }
        if (kappa < 0.6) {
            return "Moderate";
        }
        if (kappa < 0.8) {
            return "Substantial";
        }
        return "Almost perfect";
    }
}
