package org.praxis.audit;

import java.util.List;

/**
 * The share of the whole population that is good or better, estimated from a stratified random sample: each
 * stratum's share weighted by its size in the population, with the finite-population correction in the variance
 * (a sample that is a large part of a small team tells us more) and a 95% interval from the normal approximation.
 */
record Estimate(
        double share,
        double lower,
        double upper,
        int audits,
        int strataCovered,
        int strataWithoutAudits,
        List<String> unreliableStrata) {

    /** A stratum: its population, how many of it were audited, and how many of those were good or better. */
    record Stratum(String name, int population, int audited, int goodOrBetter) {}

    /** Fewer audits than this in a stratum and its share is too uncertain to lean on. */
    static final int RELIABLE = 5;

    private static final double Z95 = 1.96;

    static Estimate of(List<Stratum> strata) {
        var covered = strata.stream().filter(s -> s.audited() > 0).toList();
        long population = covered.stream().mapToLong(Stratum::population).sum();
        if (covered.isEmpty() || population == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0, 0, strata.size(), List.of());
        }
        double share = 0;
        double variance = 0;
        int audits = 0;
        for (var s : covered) {
            double weight = (double) s.population() / population;
            double p = (double) s.goodOrBetter() / s.audited();
            double correction = 1 - (double) s.audited() / Math.max(s.population(), s.audited());
            share += weight * p;
            // With one audit the stratum's variance cannot be estimated: the largest possible, p(1-p) = 1/4, is used.
            double within = s.audited() > 1 ? p * (1 - p) / (s.audited() - 1) : 0.25;
            variance += weight * weight * correction * within;
            audits += s.audited();
        }
        double margin = Z95 * Math.sqrt(variance);
        return new Estimate(
                share,
                Math.max(0, share - margin),
                Math.min(1, share + margin),
                audits,
                covered.size(),
                strata.size() - covered.size(),
                strata.stream()
                        .filter(s -> s.audited() > 0 && s.audited() < RELIABLE)
                        .map(Stratum::name)
                        .toList());
    }

    public boolean known() {
        return !Double.isNaN(share);
    }

    /** "62% (95% interval 53% to 71%)", as a report would say it. */
    public String sentence() {
        if (!known()) {
            return "No audits submitted yet";
        }
        return percent(share) + " (95% interval " + percent(lower) + " to " + percent(upper) + ")";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
