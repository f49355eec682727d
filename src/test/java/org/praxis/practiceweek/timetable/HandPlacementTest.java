package org.praxis.practiceweek.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Placing a visitor by hand breaks none of the timetable's hard rules, and each one broken is said. */
class HandPlacementTest {

    private static TimetableSlot slot(long id, int day, int hour, boolean caseData, String location) {
        int start = day * 24 * 60 + hour * 60;
        return new TimetableSlot(
                id, 1, 1, "TEAM_MEETING", location, start, start + 90, TimetableSlot.halfDayOf(start), caseData);
    }

    /** Free on Monday and Tuesday mornings (half-days 0 and 2). */
    private static final TimetableVisitor ANN =
            new TimetableVisitor(1, "Ann", false, false, 2, 0b101, Set.of(), Set.of());

    @Test
    void aFreeClearedVisitorWithRoomIsPlaced() {
        var monday = new Place(slot(1, 0, 10, false, "Civic Centre"), 0, null, false);
        var timetable = new Timetable(List.of(), List.of(ANN), List.of(monday));
        assertThat(HandPlacement.brokenRules(timetable, monday, ANN)).isEmpty();
    }

    @Test
    void eachBrokenRuleIsSaidInWords() {
        var placed = new Place(slot(1, 0, 10, false, "Civic Centre"), 0, ANN, true);
        var tooClose = new Place(slot(2, 0, 11, false, "Family Centre"), 0, null, false);
        var afternoon = new Place(slot(3, 0, 14, false, "Civic Centre"), 0, null, false);
        var caseData = new Place(slot(4, 1, 9, true, "Civic Centre"), 0, null, false);
        var timetable = new Timetable(List.of(), List.of(ANN), List.of(placed, tooClose, afternoon, caseData));

        assertThat(HandPlacement.brokenRules(timetable, tooClose, ANN))
                .containsExactly("Ann has another visit at that time, or too little time (30 minutes) to travel between"
                        + " them");
        assertThat(HandPlacement.brokenRules(timetable, afternoon, ANN)).containsExactly("Ann is not free then");
        assertThat(HandPlacement.brokenRules(timetable, caseData, ANN))
                .containsExactly("The visit involves case data and Ann is not cleared to see it");
    }

    @Test
    void aVisitorAtTheirMaximumIsNotGivenMore() {
        var first = new Place(slot(1, 0, 9, false, "Civic Centre"), 0, ANN, false);
        var second = new Place(slot(2, 1, 9, false, "Civic Centre"), 0, ANN, false);
        var third = new Place(slot(3, 1, 11, false, "Civic Centre"), 0, null, false);
        var timetable = new Timetable(List.of(), List.of(ANN), List.of(first, second, third));
        assertThat(HandPlacement.brokenRules(timetable, third, ANN)).contains("Ann can do 2 visits and already has 2");
    }
}
