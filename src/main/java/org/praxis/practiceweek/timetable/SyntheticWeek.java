package org.praxis.practiceweek.timetable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up week of any size, for measuring the solver: teams spread over service areas, slots in office hours
 * over five days, visitors free on some half-days. Seeded, so a run can be repeated.
 */
public final class SyntheticWeek {

    public static final List<String> ACTIVITIES = List.of(
            "OBSERVE_HOME_VISIT",
            "OBSERVE_TRIAGE",
            "TEAM_MEETING",
            "CASE_DISCUSSION",
            "AUDIT_WITH_PRACTITIONER",
            "MEET_FAMILY",
            "VISIT_FOSTER_CARERS",
            "REABLEMENT_VISIT");

    public static Timetable generate(int visitorCount, int teamCount, int slotCount, long seed) {
        var random = new SplittableRandom(seed);
        int serviceAreas = Math.max(1, teamCount / 12);
        var teams = new ArrayList<TimetableTeam>();
        for (int t = 0; t < teamCount; t++) {
            teams.add(new TimetableTeam(t + 1, "Team " + (t + 1), 1 + (t % serviceAreas)));
        }
        var places = new ArrayList<Place>();
        for (int s = 0; s < slotCount; s++) {
            var team = teams.get(s % teamCount);
            int day = random.nextInt(5);
            int start = day * 24 * 60 + 9 * 60 + 30 * random.nextInt(15);
            int length = 60 + 30 * random.nextInt(3);
            var activity = ACTIVITIES.get(random.nextInt(ACTIVITIES.size()));
            var location = activity.equals("TEAM_MEETING") || activity.equals("CASE_DISCUSSION")
                    ? team.name() + " office"
                    : "Visit " + s;
            var slot = new TimetableSlot(
                    s + 1,
                    team.id(),
                    team.serviceAreaId(),
                    activity,
                    location,
                    start,
                    start + length,
                    TimetableSlot.halfDayOf(start),
                    random.nextInt(5) == 0);
            int capacity = 1 + random.nextInt(3);
            for (int i = 0; i < capacity; i++) {
                places.add(new Place(slot, i, null, false));
            }
        }
        var visitors = new ArrayList<TimetableVisitor>();
        for (int v = 0; v < visitorCount; v++) {
            long free = 0;
            int halfDays = 3 + random.nextInt(4);
            for (int h = 0; h < halfDays; h++) {
                free |= 1L << random.nextInt(10);
            }
            var areas = new HashSet<Long>();
            areas.add(1L + random.nextInt(serviceAreas));
            var activities = new HashSet<String>();
            activities.add(ACTIVITIES.get(random.nextInt(ACTIVITIES.size())));
            visitors.add(new TimetableVisitor(
                    v + 1,
                    "Visitor " + (v + 1),
                    random.nextInt(5) == 0,
                    random.nextInt(5) < 3,
                    2 + random.nextInt(4),
                    free,
                    areas,
                    activities));
        }
        return new Timetable(teams, visitors, places);
    }

    private SyntheticWeek() {}
}
