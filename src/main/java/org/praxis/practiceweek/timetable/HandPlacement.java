package org.praxis.practiceweek.timetable;

import java.util.ArrayList;
import java.util.List;

/**
 * A QA lead placing a visitor on a place by hand: the timetable's hard rules (the same ones the solver never breaks)
 * are checked first, and each one broken is said in words. Soft goals (a spread of services, preferences) are the
 * QA lead's to weigh.
 */
public final class HandPlacement {

    /** The hard rules the visitor would break on this place, given everyone else's places; empty when none. */
    public static List<String> brokenRules(Timetable timetable, Place place, TimetableVisitor visitor) {
        var broken = new ArrayList<String>();
        var slot = place.getSlot();
        if (!visitor.freeOn(slot.halfDay())) {
            broken.add(visitor.name() + " is not free then");
        }
        if (slot.caseData() && !visitor.cleared()) {
            broken.add("The visit involves case data and " + visitor.name() + " is not cleared to see it");
        }
        var others = timetable.getPlaces().stream()
                .filter(p ->
                        p != place && p.getVisitor() != null && p.getVisitor().id() == visitor.id())
                .toList();
        if (others.stream().anyMatch(p -> p.getSlot().id() == slot.id())) {
            broken.add(visitor.name() + " already has a place on this visit");
        } else if (others.stream().anyMatch(p -> Place.clash(p.getSlot(), slot))) {
            broken.add(visitor.name() + " has another visit at that time, or too little time (" + Place.TRAVEL_MINUTES
                    + " minutes) to travel between them");
        }
        if (others.size() + 1 > visitor.maxVisits()) {
            broken.add(visitor.name() + " can do " + visitor.maxVisits()
                    + (visitor.maxVisits() == 1 ? " visit" : " visits") + " and already has " + others.size());
        }
        return broken;
    }

    private HandPlacement() {}
}
