package org.praxis.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A stratified simple random sample: the sample is shared between strata in proportion to their size (largest
 * remainder), every stratum gets at least one case, and within a stratum cases are drawn without replacement. The
 * same population in the same order with the same seed gives the same sample.
 */
final class Sampling {

    /** Why a sample cannot be drawn, in words for the person setting up the programme. */
    static final class Impossible extends RuntimeException {
        Impossible(String message) {
            super(message);
        }
    }

    record Drawn<T>(Map<String, int[]> strata, List<T> chosen) {

        /** Population and sample size of each stratum, in stratum order. */
        int population(String stratum) {
            return strata.get(stratum)[0];
        }

        int sampled(String stratum) {
            return strata.get(stratum)[1];
        }
    }

    /** How many of each stratum to draw. {@code sizes} must be in a stable order (the caller sorts by stratum). */
    static Map<String, Integer> allocate(Map<String, Integer> sizes, int n) {
        long total = sizes.values().stream().mapToLong(Integer::longValue).sum();
        if (n < 1) {
            throw new Impossible("The sample must be at least 1 case");
        }
        if (total < n) {
            throw new Impossible("The population has " + total + " cases, fewer than the sample of " + n + ". Sample "
                    + total + " cases (all of them), or widen the population.");
        }
        if (sizes.size() > n) {
            throw new Impossible("A sample of " + n + " cannot give each of the " + sizes.size()
                    + " groups at least one case. Sample at least " + sizes.size()
                    + " cases, or stratify by something with fewer groups.");
        }
        var quota = new LinkedHashMap<String, Double>();
        var given = new LinkedHashMap<String, Integer>();
        int sum = 0;
        for (var e : sizes.entrySet()) {
            double q = (double) n * e.getValue() / total;
            quota.put(e.getKey(), q);
            int g = Math.min(e.getValue(), Math.max(1, (int) Math.floor(q)));
            given.put(e.getKey(), g);
            sum += g;
        }
        // Too many, because small strata were raised to one: take back from the most over-allocated.
        while (sum > n) {
            String most = null;
            for (var s : given.keySet()) {
                if (given.get(s) > 1
                        && (most == null || given.get(s) - quota.get(s) > given.get(most) - quota.get(most))) {
                    most = s;
                }
            }
            given.merge(most, -1, Integer::sum);
            sum--;
        }
        // Too few: give to the largest remainders, where the stratum still has cases to give.
        while (sum < n) {
            String most = null;
            for (var s : given.keySet()) {
                if (given.get(s) < sizes.get(s)
                        && (most == null || quota.get(s) - given.get(s) > quota.get(most) - given.get(most))) {
                    most = s;
                }
            }
            given.merge(most, 1, Integer::sum);
            sum++;
        }
        return given;
    }

    /** Draws {@code n} of the population, stratified by {@code stratumOf}, with the given seed. */
    static <T> Drawn<T> draw(List<T> population, Function<T, String> stratumOf, int n, long seed) {
        var byStratum = new TreeMap<String, List<T>>(Comparator.naturalOrder());
        for (var unit : population) {
            byStratum
                    .computeIfAbsent(stratumOf.apply(unit), k -> new ArrayList<>())
                    .add(unit);
        }
        var sizes = new LinkedHashMap<String, Integer>();
        byStratum.forEach((k, v) -> sizes.put(k, v.size()));
        var allocation = allocate(sizes, n);
        var random = new SplittableRandom(seed);
        var chosen = new ArrayList<T>(n);
        var strata = new LinkedHashMap<String, int[]>();
        for (var e : byStratum.entrySet()) {
            var members = new ArrayList<>(e.getValue());
            int take = allocation.get(e.getKey());
            // Partial Fisher-Yates: the first 'take' places end up a uniform random draw without replacement.
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(members.size() - i);
                var swap = members.get(i);
                members.set(i, members.get(j));
                members.set(j, swap);
                chosen.add(members.get(i));
            }
            strata.put(e.getKey(), new int[] {members.size(), take});
        }
        return new Drawn<>(strata, chosen);
    }

    private Sampling() {}
}
