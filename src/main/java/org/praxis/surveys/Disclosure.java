package org.praxis.surveys;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which groups of respondents a page or an export may show (decision 0033). A group smaller than the survey's
 * minimum is never shown (primary suppression). Since the total is shown, a single hidden group could be worked out
 * by subtracting the shown ones from it; so whenever anything is hidden, at least two groups are, together at least
 * the minimum, hiding the next smallest shown groups until that holds (secondary suppression). Teams sit inside
 * service areas: when both are shown, a service area's hidden teams are worked out within it, and a hidden service
 * area hides all its teams, so no service total less its shown teams singles out a small team.
 */
final class Disclosure {

    private Disclosure() {}

    /** The groups of one breakdown that may be shown, against a total that is shown. */
    static <K> Set<K> shown(Map<K, Integer> sizes, int fewest) {
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        var shown = new HashSet<K>();
        if (total < fewest) {
            return shown;
        }
        var hidden = new HashSet<K>();
        sizes.forEach((group, size) -> (size < fewest ? hidden : shown).add(group));
        var smallestFirst = Comparator.<K, Integer>comparing(sizes::get).thenComparing(String::valueOf);
        while (!hidden.isEmpty() && !shown.isEmpty() && (hidden.size() < 2 || sum(sizes, hidden) < fewest)) {
            var next = shown.stream().min(smallestFirst).orElseThrow();
            shown.remove(next);
            hidden.add(next);
        }
        return shown;
    }

    /**
     * Teams that may be shown beside their service areas: within each shown service area as {@link #shown}, against
     * the area's total; none of a hidden area.
     */
    static <T, S> Set<T> shownWithin(Map<T, Integer> teamSizes, Function<T, S> areaOf, Set<S> areasShown, int fewest) {
        var byArea = new LinkedHashMap<S, Map<T, Integer>>();
        teamSizes.forEach((team, size) -> byArea.computeIfAbsent(areaOf.apply(team), a -> new LinkedHashMap<>())
                .put(team, size));
        var shown = new HashSet<T>();
        byArea.forEach((area, teams) -> {
            if (areasShown.contains(area)) {
                shown.addAll(shown(teams, fewest));
            }
        });
        return shown;
    }

    private static <K> int sum(Map<K, Integer> sizes, Set<K> groups) {
        return groups.stream().mapToInt(sizes::get).sum();
    }
}
