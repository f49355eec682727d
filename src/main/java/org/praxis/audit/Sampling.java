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

    /** The chosen units, and each stratum's population and sample size, in stratum order. */
    record Drawn<T>(Map<String, int[]> strata, List<T> chosen) {}

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
        var drawn = drawIndexes(population.size(), i -> stratumOf.apply(population.get(i)), n, seed);
        var chosen = new ArrayList<T>(drawn.chosen().length);
        for (int i : drawn.chosen()) {
            chosen.add(population.get(i));
        }
        return new Drawn<>(drawn.strata(), chosen);
    }

    /** The draw's result as positions in the population, for populations too big to hold as objects. */
    record DrawnIndexes(Map<String, int[]> strata, int[] chosen) {}

    /**
     * Draws {@code n} of positions 0 to {@code size - 1}, stratified by {@code stratumOf}: the same algorithm as
     * {@link #draw}, on primitive arrays, so a million cases cost a few megabytes.
     */
    static DrawnIndexes drawIndexes(int size, java.util.function.IntFunction<String> stratumOf, int n, long seed) {
        var byStratum = new TreeMap<String, int[]>(Comparator.naturalOrder());
        var counts = new java.util.HashMap<String, int[]>();
        var keys = new String[size];
        for (int i = 0; i < size; i++) {
            var key = stratumOf.apply(i);
            keys[i] = key;
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
        counts.forEach((k, c) -> byStratum.put(k, new int[c[0]]));
        var filled = new java.util.HashMap<String, int[]>();
        for (int i = 0; i < size; i++) {
            var members = byStratum.get(keys[i]);
            members[filled.computeIfAbsent(keys[i], k -> new int[1])[0]++] = i;
        }
        var sizes = new LinkedHashMap<String, Integer>();
        byStratum.forEach((k, v) -> sizes.put(k, v.length));
        var allocation = allocate(sizes, n);
        var random = new SplittableRandom(seed);
        var chosen = new int[n];
        int next = 0;
        var strata = new LinkedHashMap<String, int[]>();
        for (var e : byStratum.entrySet()) {
            var members = e.getValue();
            int take = allocation.get(e.getKey());
            // Partial Fisher-Yates: the first 'take' places end up a uniform random draw without replacement.
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(members.length - i);
                int swap = members[i];
                members[i] = members[j];
                members[j] = swap;
                chosen[next++] = members[i];
            }
            strata.put(e.getKey(), new int[] {members.length, take});
        }
        return new DrawnIndexes(strata, chosen);
    }

    private Sampling() {}
}
