package org.praxis.statistics;

/**
 * The interval arithmetic behind the figures: Wilson's score interval (with continuity correction) and Clopper and Pearson's exact interval,
 * both allowing a fractional ("effective") sample size, and the beta distribution they rest on.
 */
final class Intervals {

    /** The normal quantile for a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;

    /**
     * Wilson's score interval with continuity correction (Newcombe 1998, method 4) for a share {@code p} observed on
     * {@code n}, which may be fractional. Unlike the plain Wilson interval its coverage does not dip below 95% at
     * particular sample sizes (decision 0020).
     */
    static double[] wilsonCorrected(double p, double n) {
        double z2 = Z95 * Z95;
        double lower = p <= 0
                ? 0
                : (2 * n * p + z2 - 1 - Z95 * Math.sqrt(Math.max(0, z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1))))
                        / (2 * (n + z2));
        double upper = p >= 1
                ? 1
                : (2 * n * p + z2 + 1 + Z95 * Math.sqrt(Math.max(0, z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1))))
                        / (2 * (n + z2));
        return new double[] {Math.max(0, lower), Math.min(1, upper)};
    }

    /**
     * Clopper and Pearson's interval for {@code x} successes of {@code n}, both possibly fractional: the 2.5% and
     * 97.5% points of Beta(x, n - x + 1) and Beta(x + 1, n - x).
     */
    static double[] clopperPearson(double x, double n) {
        double lower = x <= 0 ? 0 : betaQuantile(0.025, x, n - x + 1);
        double upper = x >= n ? 1 : betaQuantile(0.975, x + 1, n - x);
        return new double[] {lower, upper};
    }

    /** Student's t quantile for a two-sided 95% interval with {@code df} degrees of freedom. */
    static double student95(double df) {
        double x = betaQuantile(0.05, df / 2, 0.5);
        return Math.sqrt(df * (1 / x - 1));
    }

    /** The point below which a Beta(a, b) variable falls with probability {@code q}, by bisection. */
    static double betaQuantile(double q, double a, double b) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (regularizedBeta(mid, a, b) < q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz's method). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - regularizedBeta(1 - x, b, a);
        }
        double front =
                Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) / a;
        double tiny = 1e-300;
        double f = 1;
        double c = 1;
        double d = 0;
        for (int i = 0; i <= 300; i++) {
            int m = i / 2;
            double numerator;
            if (i == 0) {
                numerator = 1;
            } else if (i % 2 == 0) {
                numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            } else {
                numerator = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
            }
            d = 1 + numerator * d;
            d = Math.abs(d) < tiny ? tiny : d;
            d = 1 / d;
            c = 1 + numerator / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double step = c * d;
            f *= step;
            if (Math.abs(1 - step) < 1e-14) {
                break;
            }
        }
        return front * (f - 1);
    }

    /** Lanczos's approximation to log Γ(x), good to about 15 digits for x > 0. */
    static double logGamma(double x) {
        double[] g = {
            0.99999999999980993,
            676.5203681218851,
            -1259.1392167224028,
            771.32342877765313,
            -176.61502916214059,
            12.507343278686905,
            -0.13857109526572012,
            9.9843695780195716e-6,
            1.5056327351493116e-7
        };
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double sum = g[0];
        for (int i = 1; i < 9; i++) {
            sum += g[i] / (x + i);
        }
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    private Intervals() {}
}
