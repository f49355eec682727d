package org.praxis.statistics;

import java.util.List;

/**
 * A share (of cases good or better, of staff who agree, of complaints answered in time) with its 95% interval and
 * the number of cases it rests on. {@code effectiveSize} is the simple random sample that would be as sure: for a
 * stratified sample it differs from {@code size}.
 */
public record Share(double value, double lower, double upper, int size, double effectiveSize) {

    /** A stratum of a stratified sample: its population, how many of it were sampled, how many of those counted. */
    public record Stratum(String name, int population, int sampled, int counted) {}

    private static final Share UNKNOWN = new Share(Double.NaN, Double.NaN, Double.NaN, 0, 0);

    /**
     * {@code counted} of a simple random sample of {@code size}: Wilson's score interval with continuity correction,
     * whose coverage stays at or above 95% where the plain Wilson interval dips (93.6% at 24 and one half).
     */
    public static Share of(int counted, int size) {
        if (size <= 0) {
            return UNKNOWN;
        }
        double p = (double) counted / size;
        var interval = Intervals.wilsonCorrected(p, size);
        return new Share(p, interval[0], interval[1], size, size);
    }

    /**
     * The population's share from a stratified random sample, with Korn and Graubard's interval: each stratum's
     * share weighted by its population; the variance with the finite-population correction (a sample that is a large
     * part of a small team tells us more); the effective sample size Kish's p(1 - p) / variance; and Clopper and
     * Pearson's exact interval on that size. A stratum of one audit counts with the largest variance, 1/4, since its
     * own cannot be estimated; when the variance is nil although not every case was audited (every audit good, or
     * none), the effective size is the audits made; when every case was audited there is no uncertainty at all.
     * Strata without a sample are left out.
     */
    public static Share stratified(List<Stratum> strata) {
        var sampled = strata.stream().filter(s -> s.sampled() > 0).toList();
        long population = sampled.stream().mapToLong(Stratum::population).sum();
        if (sampled.isEmpty() || population == 0) {
            return UNKNOWN;
        }
        double p = 0;
        double variance = 0;
        int size = 0;
        boolean census = true;
        for (var s : sampled) {
            int n = s.sampled();
            double weight = (double) s.population() / population;
            double share = (double) s.counted() / n;
            double correction = 1 - (double) n / Math.max(s.population(), n);
            p += weight * share;
            variance += weight * weight * correction * (n > 1 ? share * (1 - share) / (n - 1) : 0.25);
            size += n;
            census &= n >= s.population();
        }
        if (census) {
            return new Share(p, p, p, size, size);
        }
        double effective = variance <= 0 || p <= 0 || p >= 1 ? size : p * (1 - p) / variance;
        var interval = Intervals.clopperPearson(p * effective, effective);
        return new Share(p, Math.min(interval[0], p), Math.max(interval[1], p), size, effective);
    }

    public boolean known() {
        return size > 0;
    }

    /** "62% (95% interval 53% to 71%)", as a report would say it. */
    public String sentence() {
        return percent(value) + " (95% interval " + percent(lower) + " to " + percent(upper) + ")";
    }

    /** A share as a whole percentage, or a dash when there is none. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "–" : Math.round(share * 100) + "%";
    }
}
