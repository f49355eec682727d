package org.praxis.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which groups a survey's results may show: worked by hand for a minimum of 10. */
class DisclosureTest {

    @Test
    void everyGroupAtTheMinimumIsShown() {
        assertThat(Disclosure.shown(Map.of("A", 10, "B", 25), 10)).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aSmallGroupIsHiddenWithTheNextSmallestSoThatItCannotBeWorkedOutFromTheTotal() {
        // 3 alone hidden: 40 - 25 - 12 = 3 would give it away; hiding 12 too leaves 15 between two groups.
        assertThat(Disclosure.shown(Map.of("A", 25, "B", 12, "C", 3), 10)).containsExactly("A");
    }

    @Test
    void hiddenGroupsAreHiddenUntilTogetherTheyReachTheMinimum() {
        // 2 and 3 are two groups but only 5 people between them: 11 is hidden too (16).
        var sizes = new LinkedHashMap<String, Integer>();
        sizes.put("A", 2);
        sizes.put("B", 3);
        sizes.put("C", 11);
        sizes.put("D", 30);
        assertThat(Disclosure.shown(sizes, 10)).containsExactly("D");
    }

    @Test
    void twoSmallGroupsThatTogetherReachTheMinimumHideNothingElse() {
        assertThat(Disclosure.shown(Map.of("A", 6, "B", 5, "C", 20), 10)).containsExactly("C");
    }

    @Test
    void nothingIsShownWhenEveryoneTogetherIsBelowTheMinimum() {
        assertThat(Disclosure.shown(Map.of("A", 5, "B", 4), 10)).isEmpty();
    }

    @Test
    void teamsAreHiddenWithinTheirServiceAreaSoThatAnAreaLessItsShownTeamsGivesNothingAway() {
        // Area X: 22 and 3. Flat, hiding 3 with Y's 11 would let X's total (25) less 22 give the 3 away: within X the
        // 22 must go too. Area Y: 12 and 11, both shown.
        var teams = Map.of("T1", 22, "T2", 3, "T3", 12, "T4", 11);
        var areaOf = Map.of("T1", "X", "T2", "X", "T3", "Y", "T4", "Y");
        assertThat(Disclosure.shownWithin(teams, areaOf::get, Set.of("X", "Y"), 10))
                .containsExactlyInAnyOrder("T3", "T4");
    }

    @Test
    void theTeamsOfAHiddenServiceAreaAreNeverShown() {
        var teams = Map.of("T1", 15, "T2", 12);
        var areaOf = Map.of("T1", "X", "T2", "Y");
        assertThat(Disclosure.shownWithin(teams, areaOf::get, Set.of("Y"), 10)).containsExactly("T2");
    }
}
