package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplingTest {

    record Unit(int id, String team) {}

    private static List<Unit> population(Map<String, Integer> sizes) {
        var units = new ArrayList<Unit>();
        int id = 0;
        for (var e : sizes.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                units.add(new Unit(id++, e.getKey()));
            }
        }
        return units;
    }

    @Test
    void theSampleIsSharedInProportionToTheStrata() {
        // 600, 300 and 100 cases; a sample of 50 is 30, 15 and 5.
        var sizes = new LinkedHashMap<String, Integer>(Map.of("A", 600));
        sizes.put("B", 300);
        sizes.put("C", 100);
        assertThat(Sampling.allocate(sizes, 50))
                .containsExactly(Map.entry("A", 30), Map.entry("B", 15), Map.entry("C", 5));
    }

    @Test
    void remaindersGoToTheLargestFractionsAndEveryStratumGetsOne() {
        // Quotas 10 * (5, 3, 2) / 10 = 5, 3, 2 exactly; with 7: 3.5, 2.1, 1.4 -> 3, 2, 1 and the spare to A.
        var sizes = new LinkedHashMap<String, Integer>();
        sizes.put("A", 5);
        sizes.put("B", 3);
        sizes.put("C", 2);
        assertThat(Sampling.allocate(sizes, 7))
                .containsExactly(Map.entry("A", 4), Map.entry("B", 2), Map.entry("C", 1));
        // A tiny stratum still gets one: 97 and 3 cases, sample 10 -> quotas 9.7 and 0.3 -> 9 and 1.
        var skewed = new LinkedHashMap<String, Integer>();
        skewed.put("Big", 97);
        skewed.put("Tiny", 3);
        assertThat(Sampling.allocate(skewed, 10)).containsExactly(Map.entry("Big", 9), Map.entry("Tiny", 1));
    }

    @Test
    void aStratumNeverGivesMoreThanItHas() {
        var sizes = new LinkedHashMap<String, Integer>();
        sizes.put("A", 2);
        sizes.put("B", 20);
        var given = Sampling.allocate(sizes, 21);
        assertThat(given.get("A")).isLessThanOrEqualTo(2);
        assertThat(given.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
    }

    @Test
    void impossibleSamplesAreExplained() {
        assertThatThrownBy(() -> Sampling.allocate(Map.of("A", 3), 5))
                .hasMessageContaining("The population has 3 cases, fewer than the sample of 5");
        var sizes = new LinkedHashMap<String, Integer>();
        sizes.put("A", 10);
        sizes.put("B", 10);
        sizes.put("C", 10);
        assertThatThrownBy(() -> Sampling.allocate(sizes, 2))
                .hasMessageContaining("cannot give each of the 3 groups at least one case");
    }

    @Test
    void theSameSeedDrawsTheSameSampleAndAnotherSeedADifferentOne() {
        var sizes = new LinkedHashMap<String, Integer>();
        sizes.put("East", 400);
        sizes.put("West", 250);
        var units = population(sizes);
        var first = Sampling.draw(units, Unit::team, 40, 42L).chosen();
        var again = Sampling.draw(units, Unit::team, 40, 42L).chosen();
        var other = Sampling.draw(units, Unit::team, 40, 43L).chosen();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(new HashSet<>(first)).as("no case twice").hasSize(40);
        assertThat(first.stream().filter(u -> u.team().equals("West")).count()).isEqualTo(15);
    }

    @Test
    void everyCaseHasTheSameChanceWithinItsStratum() {
        // 10 cases, sample 3, 20,000 draws: each case should be chosen about 30% of the time.
        var units = population(Map.of("A", 10));
        var counts = new int[10];
        for (long seed = 0; seed < 20_000; seed++) {
            for (var u : Sampling.draw(units, Unit::team, 3, seed).chosen()) {
                counts[u.id()]++;
            }
        }
        for (int c : counts) {
            assertThat(c / 20_000.0).isBetween(0.28, 0.32);
        }
    }
}
