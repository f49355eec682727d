package org.praxis.practiceweek.timetable;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a timetable could not do, in the QA lead's words: which rules are broken (only pins can force that), which
 * teams have no visit or no senior leader's visit and why, and which visitors have nothing.
 */
public final class TimetableExplanation {

    private final Timetable timetable;
    private final LocalDate firstDay;

    public TimetableExplanation(Timetable timetable, LocalDate firstDay) {
        this.timetable = timetable;
        this.firstDay = firstDay;
    }

    /** "Tuesday afternoon" for a half-day index. */
    public String halfDayName(int halfDay) {
        var day = firstDay.plusDays(halfDay / 2).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        return day + (halfDay % 2 == 0 ? " morning" : " afternoon");
    }

    public List<String> sentences() {
        var sentences = new ArrayList<String>();
        sentences.addAll(brokenRules());
        sentences.addAll(teamsWithout(false));
        sentences.addAll(teamsWithout(true));
        sentences.addAll(visitorsWithNothing());
        return sentences;
    }

    private List<Place> filled() {
        return timetable.getPlaces().stream()
                .filter(p -> p.getVisitor() != null)
                .toList();
    }

    private List<String> brokenRules() {
        var sentences = new ArrayList<String>();
        var byVisitor = filled().stream().collect(Collectors.groupingBy(Place::getVisitor));
        byVisitor.forEach((visitor, places) -> {
            for (var place : places) {
                var slot = place.getSlot();
                if (!visitor.freeOn(slot.halfDay())) {
                    sentences.add(visitor.name() + " is booked on " + halfDayName(slot.halfDay())
                            + " but is not free then" + pinned(place) + ".");
                }
                if (slot.caseData() && !visitor.cleared()) {
                    sentences.add(visitor.name() + " is booked on a visit with identifiable case data on "
                            + halfDayName(slot.halfDay()) + " but is not cleared for it" + pinned(place) + ".");
                }
            }
            for (int i = 0; i < places.size(); i++) {
                for (int j = i + 1; j < places.size(); j++) {
                    if (Place.clash(places.get(i).getSlot(), places.get(j).getSlot())) {
                        sentences.add(visitor.name() + " has two visits on "
                                + halfDayName(places.get(i).getSlot().halfDay())
                                + " that overlap or leave no time to travel.");
                    }
                }
            }
            if (places.size() > visitor.maxVisits()) {
                sentences.add(
                        visitor.name() + " has " + places.size() + " visits but can do " + visitor.maxVisits() + ".");
            }
        });
        return sentences;
    }

    private static String pinned(Place place) {
        return place.isPinned() ? " (pinned)" : "";
    }

    /** Teams with no visit (or, with {@code senior}, visited but not by a senior leader), grouped by the reason. */
    private List<String> teamsWithout(boolean senior) {
        var visited = filled().stream()
                .filter(p -> !senior || p.getVisitor().seniorLeader())
                .map(p -> p.getSlot().teamId())
                .collect(Collectors.toSet());
        // A team with no visit at all is said once, not again for its missing senior leader.
        var visitedAtAll = filled().stream().map(p -> p.getSlot().teamId()).collect(Collectors.toSet());
        var slotsByTeam = timetable.getPlaces().stream()
                .map(Place::getSlot)
                .distinct()
                .collect(Collectors.groupingBy(TimetableSlot::teamId));
        var reasons = new LinkedHashMap<String, Integer>();
        for (var team : timetable.getTeams()) {
            if (visited.contains(team.id()) || (senior && !visitedAtAll.contains(team.id()))) {
                continue;
            }
            var slots = slotsByTeam.getOrDefault(team.id(), List.of());
            String reason;
            if (slots.isEmpty()) {
                reason = "they offered no slots";
            } else {
                var nobodyFree = new TreeSet<Integer>();
                boolean someoneFree = false;
                for (var slot : slots) {
                    boolean free = timetable.getVisitors().stream()
                            .anyMatch(v -> (!senior || v.seniorLeader()) && v.maxVisits() > 0 && v.mayTake(slot));
                    if (free) {
                        someoneFree = true;
                    } else {
                        nobodyFree.add(slot.halfDay());
                    }
                }
                reason = someoneFree
                        ? "the " + (senior ? "senior leaders" : "visitors")
                                + " free when they offered slots were needed elsewhere or had reached their maximum"
                        : "no " + (senior ? "senior leader" : "visitor") + " who may take their slots is free on "
                                + join(nobodyFree.stream()
                                        .map(this::halfDayName)
                                        .toList());
            }
            reasons.merge(reason, 1, Integer::sum);
        }
        var sentences = new ArrayList<String>();
        reasons.forEach((reason, count) -> sentences.add(count + (count == 1 ? " team has" : " teams have")
                + (senior ? " no visit from a senior leader: " : " no visit: ") + reason + "."));
        return sentences;
    }

    private List<String> visitorsWithNothing() {
        var busy = filled().stream().map(Place::getVisitor).collect(Collectors.toSet());
        var slots =
                timetable.getPlaces().stream().map(Place::getSlot).distinct().toList();
        Map<String, Integer> reasons = new HashMap<>();
        for (var visitor : timetable.getVisitors()) {
            if (busy.contains(visitor) || visitor.maxVisits() == 0) {
                continue;
            }
            String reason;
            if (visitor.freeHalfDays() == 0) {
                reason = "they gave no time when they are free";
            } else if (slots.stream().noneMatch(visitor::mayTake)) {
                reason = "no slot they may take is offered when they are free";
            } else {
                reason = "every place they could take went to someone else";
            }
            reasons.merge(reason, 1, Integer::sum);
        }
        var sentences = new ArrayList<String>();
        reasons.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sentences.add(e.getValue() + (e.getValue() == 1 ? " visitor has" : " visitors have")
                        + " no visit: " + e.getKey() + "."));
        return sentences;
    }

    private static String join(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }
}
