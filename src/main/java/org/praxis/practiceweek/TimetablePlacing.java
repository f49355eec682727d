package org.praxis.practiceweek;

import java.util.List;
import org.praxis.accesslog.AccessLog;
import org.praxis.practiceweek.timetable.TimetableVisitor;
import org.praxis.web.Option;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The QA lead placing a visitor on one place of the timetable by hand: hard rules checked, then pinned. */
@Service
class TimetablePlacing {

    private final JdbcClient jdbc;
    private final PracticeWeeks weeks;
    private final VisitSlots slots;
    private final Timetabling timetabling;
    private final AccessLog accessLog;

    TimetablePlacing(
            JdbcClient jdbc, PracticeWeeks weeks, VisitSlots slots, Timetabling timetabling, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.weeks = weeks;
        this.slots = slots;
        this.timetabling = timetabling;
        this.accessLog = accessLog;
    }

    /** A place of the week as the timetable sees it, with the visitors who could fill it. */
    record PlaceChoice(long slotId, int place, String team, String when, String visitorNow, List<Option> visitors) {}

    @Transactional(readOnly = true)
    java.util.Optional<PlaceChoice> placeChoice(long weekId, long slotId, int placeIndex) {
        var week = weeks.week(weekId).orElseThrow();
        var timetable = timetabling.problem(week);
        var slot = slots.slot(slotId).filter(s -> s.weekId() == weekId);
        var place = timetable.getPlaces().stream()
                .filter(p -> p.getSlot().id() == slotId && p.getIndex() == placeIndex)
                .findFirst();
        if (slot.isEmpty() || place.isEmpty()) {
            return java.util.Optional.empty();
        }
        var options = timetable.getVisitors().stream()
                .sorted(java.util.Comparator.comparing(TimetableVisitor::name))
                .map(v -> new Option(String.valueOf(v.id()), v.name()))
                .toList();
        var s = slot.get();
        return java.util.Optional.of(new PlaceChoice(
                slotId,
                placeIndex,
                s.team() + ": " + s.activity().label(),
                PracticeWeekPages.day(s.startsAt().toLocalDate()) + ", "
                        + PracticeWeekPages.times(s.startsAt(), s.endsAt()),
                place.get().getVisitor() == null
                        ? null
                        : place.get().getVisitor().name(),
                options));
    }

    /**
     * Places a visitor on a place by hand and pins them there, after checking the timetable's hard rules against
     * everyone else's places. Refused, naming each rule broken, while the timetable is being built or when a rule
     * would be broken.
     */
    @Transactional
    String placeByHand(long weekId, long slotId, int placeIndex, long weekVisitorId) {
        var week = weeks.week(weekId).orElseThrow();
        if (week.building()) {
            throw new Refused("Wait until the timetable is built, or stop it, before placing a visitor");
        }
        var timetable = timetabling.problem(week);
        var place = timetable.getPlaces().stream()
                .filter(p -> p.getSlot().id() == slotId && p.getIndex() == placeIndex)
                .findFirst()
                .orElseThrow(() -> new Refused("That place is no longer offered"));
        var visitor = timetable.getVisitors().stream()
                .filter(v -> v.id() == weekVisitorId)
                .findFirst()
                .orElseThrow(() -> new Refused("visitor", "Choose a visitor taking part in this week"));
        var broken = org.praxis.practiceweek.timetable.HandPlacement.brokenRules(timetable, place, visitor);
        if (!broken.isEmpty()) {
            throw new Refused("visitor", String.join(". ", broken) + ". Choose someone else.");
        }
        jdbc.sql("delete from visit_assignment where slot_id = ? and place = ?")
                .params(slotId, placeIndex)
                .update();
        jdbc.sql("insert into visit_assignment (slot_id, place, week_visitor_id, pinned) values (?, ?, ?, true)")
                .params(slotId, placeIndex, weekVisitorId)
                .update();
        accessLog.changed("Practice Week timetable", weekId);
        return visitor.name();
    }
}
