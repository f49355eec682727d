package org.praxis.audit;

import java.util.List;

/**
 * How far auditors and moderators agree on the four-point grade: the share graded exactly the same, and Cohen's
 * kappa with quadratic weights (a grade one step away counts as partial agreement, two steps far less), which
 * corrects for the agreement expected by chance.
 */
record Agreement(int pairs, int exact, double kappa) {

    private static final int GRADES = 4;

    /** Each pair is the auditor's score and the moderator's score, 1 (inadequate) to 4 (outstanding). */
    static Agreement of(List<int[]> scores) {
        int n = scores.size();
        if (n == 0) {
            return new Agreement(0, 0, Double.NaN);
        }
        var rows = new double[GRADES + 1];
        var columns = new double[GRADES + 1];
        double observed = 0;
        int exact = 0;
        for (var pair : scores) {
            rows[pair[0]]++;
            columns[pair[1]]++;
            observed += weight(pair[0], pair[1]);
            if (pair[0] == pair[1]) {
                exact++;
            }
        }
        double expected = 0;
        for (int i = 1; i <= GRADES; i++) {
            for (int j = 1; j <= GRADES; j++) {
                expected += weight(i, j) * rows[i] * columns[j];
            }
        }
        observed /= n;
        expected /= (double) n * n;
        // When everyone used one grade, chance agreement is total and kappa says nothing.
        double kappa = expected >= 1 ? Double.NaN : (observed - expected) / (1 - expected);
        return new Agreement(n, exact, kappa);
    }

    private static double weight(int i, int j) {
        double d = i - j;
        return 1 - d * d / ((GRADES - 1) * (GRADES - 1));
    }

    double exactShare() {
        return pairs == 0 ? Double.NaN : (double) exact / pairs;
    }

    /** Landis and Koch's words for a kappa, as moderation reports commonly use them. */
    String strength() {
        if (Double.isNaN(kappa)) {
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
