package org.praxis.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.praxis.identity.Accounts;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.practiceweek.Activity;
import org.praxis.practiceweek.FamilyFeedback;
import org.praxis.practiceweek.PracticeWeekSetup;
import org.praxis.practiceweek.VisitSlots;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Northbridge's Practice Weeks for the demo: last year's, timetabled and done, and the coming one with slots offered
 * and most visitors' availability in, ready for the QA lead to build the timetable. Everyone in them is made up.
 */
@Component
class PracticeWeekDemo {

    record DemoSlot(String team, Activity activity, int day, String time, int minutes, String location, int capacity) {}

    private static final List<DemoSlot> SLOTS = List.of(
            new DemoSlot("MASH", Activity.OBSERVE_TRIAGE, 0, "09:30", 120, "MASH, Civic Centre", 2),
            new DemoSlot("MASH", Activity.TEAM_MEETING, 2, "09:00", 60, "MASH, Civic Centre", 3),
            new DemoSlot(
                    "Assessment Team North",
                    Activity.OBSERVE_HOME_VISIT,
                    1,
                    "10:00",
                    90,
                    "Home visit, meet at Northgate Office",
                    1),
            new DemoSlot("Assessment Team North", Activity.CASE_DISCUSSION, 3, "14:00", 60, "Northgate Office", 2),
            new DemoSlot(
                    "Child Protection Team East", Activity.AUDIT_WITH_PRACTITIONER, 0, "14:00", 90, "Eastside Hub", 2),
            new DemoSlot("Child Protection Team East", Activity.TEAM_MEETING, 3, "09:30", 60, "Eastside Hub", 3),
            new DemoSlot(
                    "Child in Need Team 1",
                    Activity.OBSERVE_HOME_VISIT,
                    1,
                    "14:00",
                    90,
                    "Home visit, meet at Civic Centre",
                    1),
            new DemoSlot("Child in Need Team 1", Activity.CASE_DISCUSSION, 4, "10:00", 60, "Civic Centre", 2),
            new DemoSlot("Edge of Care", Activity.MEET_FAMILY, 2, "15:00", 60, "Family Centre, Riverside", 1),
            new DemoSlot("Edge of Care", Activity.TEAM_MEETING, 0, "09:00", 60, "Family Centre, Riverside", 2),
            new DemoSlot(
                    "Family Support Hub",
                    Activity.OBSERVE_HOME_VISIT,
                    3,
                    "10:00",
                    90,
                    "Home visit, meet at the Hub",
                    1),
            new DemoSlot("Family Support Hub", Activity.TEAM_MEETING, 1, "09:00", 60, "Family Support Hub", 3),
            new DemoSlot("Children in Care Team 1", Activity.CASE_DISCUSSION, 2, "10:00", 60, "Civic Centre", 2),
            new DemoSlot(
                    "Fostering Service",
                    Activity.VISIT_FOSTER_CARERS,
                    1,
                    "13:30",
                    120,
                    "Foster carers' home, meet at Civic Centre",
                    2),
            new DemoSlot("Fostering Service", Activity.TEAM_MEETING, 4, "09:30", 60, "Civic Centre", 2),
            new DemoSlot(
                    "Reablement Service", Activity.REABLEMENT_VISIT, 0, "10:00", 120, "Reablement base, Westfield", 2),
            new DemoSlot(
                    "Reablement Service", Activity.REABLEMENT_VISIT, 2, "14:00", 120, "Reablement base, Westfield", 2),
            new DemoSlot(
                    "Hospital Discharge Team",
                    Activity.OBSERVE_TRIAGE,
                    1,
                    "09:00",
                    90,
                    "Northbridge General Hospital",
                    2),
            new DemoSlot("Community Mental Health Team", Activity.CASE_DISCUSSION, 3, "13:30", 90, "Hartley House", 2),
            new DemoSlot("Community Mental Health Team", Activity.TEAM_MEETING, 4, "14:00", 60, "Hartley House", 2),
            new DemoSlot(
                    "Safeguarding Adults Team", Activity.AUDIT_WITH_PRACTITIONER, 2, "09:30", 90, "Civic Centre", 2),
            new DemoSlot("Safeguarding Adults Team", Activity.TEAM_MEETING, 0, "13:30", 60, "Civic Centre", 3));

    private final PracticeWeekSetup setup;
    private final OrganisationDirectory organisation;
    private final Accounts accounts;

    PracticeWeekDemo(PracticeWeekSetup setup, OrganisationDirectory organisation, Accounts accounts) {
        this.setup = setup;
        this.organisation = organisation;
        this.accounts = accounts;
    }

    /**
     * Loads both weeks. {@code notYetAnswered} is left without availability in the coming week, so the demo visitor
     * has something to do and the QA lead sees who has not answered.
     */
    @Transactional
    public void load(LocalDate today, Set<String> notYetAnswered) {
        var teams = SLOTS.stream()
                .map(DemoSlot::team)
                .distinct()
                .collect(java.util.stream.Collectors.toMap(
                        name -> name,
                        name -> organisation.teamByName(name).orElseThrow().id()));
        var lastYear = today.minusYears(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long past = week(lastYear, teams, Set.of(), 11);
        setup.buildTimetable(past, Duration.ofSeconds(2), Duration.ofMillis(300));
        recordVisits(past, lastYear.plusDays(4));
        familiesSaid(past);
        var coming = today.plusWeeks(5).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        // Not over Christmas and New Year.
        while ((coming.getMonthValue() == 12 && coming.getDayOfMonth() > 17)
                || (coming.getMonthValue() == 1 && coming.getDayOfMonth() < 5)) {
            coming = coming.plusWeeks(1);
        }
        week(coming, teams, notYetAnswered, 22);
    }

    private static final List<String> SAW = List.of(
            "A morning of triage: contacts from police, schools and health were screened and decisions recorded within the hour.",
            "A home visit with a social worker who had known the family for a year; the children showed her their drawings.",
            "A team meeting that began with a reflective case discussion led by a senior practitioner.",
            "An audit of a case with the allocated worker, who talked through the plan and the family's progress.",
            "A reablement visit where the occupational therapist helped a man back to making his own breakfast.");
    private static final List<String> WELL = List.of(
            "Staff knew their families well and spoke about them with warmth and respect.",
            "Managers made clear decisions and recorded why.",
            "The child's words were written down and used in the plan.",
            "Partners were in the room and shared what they knew.",
            "People were supported to do things for themselves rather than having things done for them.");
    private static final List<String> BETTER = List.of(
            "Caseloads are high and staff said supervision is sometimes cancelled.",
            "Plans were long; families said they did not always understand them.",
            "Recording was behind on two of the cases discussed.",
            "The team is waiting for IT equipment that would save time on visits.",
            "Families said they would like to know who to call out of hours.");
    private static final List<String> THEMES = List.of(
            "voice of the child, recording",
            "supervision, workload",
            "multi-agency working",
            "management oversight",
            "strengths-based practice");
    private static final List<String> SUGGESTIONS = List.of(
            "Protect monthly supervision in the team's diary",
            "Write plans in plain English with the family",
            "Publish the out-of-hours number on every letter",
            "Review caseloads in the team at the next management meeting");

    /** Records for most of last year's visits, some with suggested actions, and staff's feedback on the week. */
    private void recordVisits(long weekId, LocalDate lastDay) {
        var visits = setup.visits(weekId);
        var random = new SplittableRandom(7);
        int n = 0;
        for (var visit : visits) {
            if (n++ % 5 == 4) {
                continue; // not every visitor writes up
            }
            var suggested =
                    n % 4 == 0 ? List.of(SUGGESTIONS.get(random.nextInt(SUGGESTIONS.size()))) : List.<String>of();
            setup.record(
                    visit,
                    new PracticeWeekSetup.VisitNotes(
                            SAW.get(random.nextInt(SAW.size())),
                            WELL.get(random.nextInt(WELL.size())),
                            BETTER.get(random.nextInt(BETTER.size())),
                            "\"We feel listened to when the worker comes back when she says she will.\"",
                            "I will raise what I heard at the next scrutiny meeting.",
                            THEMES.get(random.nextInt(THEMES.size())),
                            suggested));
        }
        long qaLead = accounts.idOf("qa.lead").orElseThrow();
        var suggestions = setup.suggestedActions(weekId);
        for (int i = 0; i < suggestions.size(); i++) {
            if (i % 3 == 2) {
                setup.decline(weekId, suggestions.get(i), "qa.lead");
            } else if (i < 4) {
                setup.accept(weekId, suggestions.get(i), qaLead, lastDay.plusWeeks(6));
            }
        }
        for (var username : List.of("manager", "practitioner")) {
            long user = accounts.idOf(username).orElseThrow();
            setup.staffFeedback(
                    weekId,
                    user,
                    "Hearing from a councillor who had read our plans was encouraging for the whole team.",
                    "We had little notice of who was coming; a week's notice would help us prepare families.");
        }
    }

    /** What families and children told us last year, some of it approved for quoting. */
    private void familiesSaid(long weekId) {
        var said = List.of(
                new FamilyFeedback.Given(
                        FamilyFeedback.FormVersion.STANDARD,
                        FamilyFeedback.Who.PARENT_OR_CARER,
                        "Family Support Hub",
                        "Our worker listens and does what she says she will. The children look forward to seeing her.",
                        "It took three weeks to get a call back when our worker was off sick.",
                        null,
                        true,
                        null,
                        null),
                new FamilyFeedback.Given(
                        FamilyFeedback.FormVersion.CHILDREN,
                        FamilyFeedback.Who.CHILD_OR_YOUNG_PERSON,
                        null,
                        "My social worker Jess helped me say what I wanted at the meeting.",
                        "Meetings are too long and there are too many people.",
                        null,
                        true,
                        null,
                        null),
                new FamilyFeedback.Given(
                        FamilyFeedback.FormVersion.EASY_READ,
                        FamilyFeedback.Who.ADULT_USING_SERVICES,
                        "Reablement",
                        "The team helped me cook for myself again.",
                        null,
                        "Thank you.",
                        false,
                        null,
                        null),
                new FamilyFeedback.Given(
                        FamilyFeedback.FormVersion.STANDARD,
                        FamilyFeedback.Who.FAMILY_MEMBER_OR_FRIEND,
                        "Hospital Discharge Team",
                        null,
                        "Nobody told us when Mum was coming home until the day before.",
                        null,
                        true,
                        "A. Relative",
                        "relative@example.com"));
        boolean first = true;
        for (var given : said) {
            long id = setup.familySaid(
                    weekId, given, first || given.who() == FamilyFeedback.Who.CHILD_OR_YOUNG_PERSON, "qa.lead");
            if (given.who() == FamilyFeedback.Who.CHILD_OR_YOUNG_PERSON) {
                // The QA lead took the worker's name out of the quote; what the child wrote is kept, unpublished.
                setup.editQuote(
                        weekId, id, "My social worker [name] helped me say what I wanted at the meeting.", "qa.lead");
            }
            first = false;
        }
    }

    private long week(LocalDate monday, Map<String, Long> teams, Set<String> notYetAnswered, long seed) {
        var name = "Practice Week, " + monday.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        var teamIds = SLOTS.stream().map(s -> teams.get(s.team())).distinct().toList();
        var areas = organisation.teams(teamIds).values().stream()
                .map(OrganisationDirectory.TeamSummary::serviceAreaId)
                .distinct()
                .sorted()
                .toList();
        long id = setup.createWeek(name, monday, areas, teamIds, "qa.lead");
        for (var s : SLOTS) {
            setup.offer(
                    id,
                    new VisitSlots.Offer(
                            teams.get(s.team()),
                            s.activity(),
                            LocalDateTime.of(monday.plusDays(s.day()), LocalTime.parse(s.time())),
                            s.minutes(),
                            s.location(),
                            s.capacity(),
                            s.activity() == Activity.AUDIT_WITH_PRACTITIONER
                                    || s.activity() == Activity.CASE_DISCUSSION,
                            s.activity() == Activity.MEET_FAMILY,
                            s.activity() == Activity.MEET_FAMILY
                                    ? "The family has agreed to meet one visitor. Please do not take notes during the visit."
                                    : null),
                    "manager");
        }
        var weekVisitors = setup.inviteEveryone(id, "qa.lead");
        var usernames = accounts.usernames();
        var random = new SplittableRandom(seed);
        var activities = Activity.values();
        for (var v : weekVisitors) {
            if (notYetAnswered.contains(usernames.get(v.userId()))) {
                continue;
            }
            var free = new HashSet<PracticeWeekSetup.HalfDay>();
            int halfDays = 3 + random.nextInt(4);
            for (int h = 0; h < halfDays; h++) {
                free.add(new PracticeWeekSetup.HalfDay(monday.plusDays(random.nextInt(5)), random.nextBoolean()));
            }
            setup.answer(
                    v.id(),
                    free,
                    2 + random.nextInt(3),
                    areas.get(random.nextInt(areas.size())),
                    activities[random.nextInt(activities.length)]);
        }
        return id;
    }
}
