package org.praxis.practiceweek;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.practiceweek.timetable.Timetable;
import org.praxis.practiceweek.timetable.TimetableSolverConfig;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds Practice Weeks in bulk, through the same services as the screens: used by the demo council generator.
 * Each step is done as the named user would do it.
 */
@Service
public class PracticeWeekSetup {

    public record Visitor(long id, long userId) {}

    public record HalfDay(LocalDate day, boolean afternoon) {}

    /** A visitor placed on a slot by the timetable. */
    public record Visit(long slotId, long weekVisitorId) {}

    public record VisitNotes(
            String whatTheySaw,
            String wentWell,
            String couldBeBetter,
            String peopleSaid,
            String takeBack,
            String themes,
            List<String> suggestedActions) {}

    private final JdbcClient jdbc;
    private final PracticeWeeks weeks;
    private final VisitSlots slots;
    private final WeekVisitors visitors;
    private final Timetabling timetabling;
    private final VisitRecords records;
    private final FamilyFeedback familyFeedback;
    private final org.praxis.identity.StaffAccounts accounts;

    PracticeWeekSetup(
            JdbcClient jdbc,
            PracticeWeeks weeks,
            VisitSlots slots,
            WeekVisitors visitors,
            Timetabling timetabling,
            VisitRecords records,
            FamilyFeedback familyFeedback,
            org.praxis.identity.StaffAccounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.weeks = weeks;
        this.slots = slots;
        this.visitors = visitors;
        this.timetabling = timetabling;
        this.records = records;
        this.familyFeedback = familyFeedback;
    }

    /** A week from Monday to Friday; slots due three weeks before, availability two. */
    @Transactional
    public long createWeek(String name, LocalDate monday, List<Long> serviceAreaIds, List<Long> teamIds, String by) {
        return weeks.create(
                new PracticeWeeks.NewWeek(
                        name,
                        monday,
                        monday.plusDays(4),
                        monday.minusWeeks(3),
                        monday.minusWeeks(2),
                        serviceAreaIds,
                        teamIds),
                by);
    }

    @Transactional
    public void offer(long weekId, VisitSlots.Offer offer, String by) {
        slots.offer(weeks.week(weekId).orElseThrow(), offer, by);
    }

    /** Invites everyone who may visit, and returns the week's visitors in the order the QA lead's list shows them. */
    @Transactional
    public List<Visitor> inviteEveryone(long weekId, String by) {
        visitors.add(
                weekId,
                visitors.candidates(weekId).stream()
                        .map(WeekVisitors.Candidate::userId)
                        .toList(),
                by);
        return visitors.ofWeek(weekId).stream()
                .map(v -> new Visitor(v.id(), v.userId()))
                .toList();
    }

    @Transactional
    public void answer(long weekVisitorId, Set<HalfDay> free, int maxVisits, long serviceAreaId, Activity activity) {
        visitors.answer(
                weekVisitorId,
                new WeekVisitors.Availability(
                        free.stream()
                                .map(h -> new WeekVisitors.HalfDay(h.day(), h.afternoon()))
                                .collect(Collectors.toSet()),
                        maxVisits,
                        Set.of(serviceAreaId),
                        Set.of(activity)));
    }

    /** Solves and keeps the timetable at once, stopping early once it stops improving. */
    @Transactional
    public void buildTimetable(long weekId, Duration limit, Duration unimproved) {
        var week = weeks.week(weekId).orElseThrow();
        var solved = SolverFactory.<Timetable>create(TimetableSolverConfig.upTo(limit)
                        .withTerminationConfig(
                                new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved)))
                .buildSolver()
                .solve(timetabling.problem(week));
        timetabling.keep(week, solved);
    }

    /** The timetable's visits, by slot and then place. */
    @Transactional(readOnly = true)
    public List<Visit> visits(long weekId) {
        return jdbc.sql("""
                        select a.slot_id, a.week_visitor_id from visit_assignment a join visit_slot s on s.id = a.slot_id
                        where s.week_id = ? order by a.slot_id, a.place
                        """)
                .param(weekId)
                .query((rs, n) -> new Visit(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /** Writes up and submits a visit. */
    @Transactional
    public void record(Visit visit, VisitNotes notes) {
        records.save(
                visit.slotId(),
                visit.weekVisitorId(),
                new VisitRecords.Entry(
                        notes.whatTheySaw(),
                        notes.wentWell(),
                        notes.couldBeBetter(),
                        notes.peopleSaid(),
                        notes.takeBack(),
                        null,
                        notes.themes(),
                        notes.suggestedActions()),
                true,
                -1);
    }

    /** The actions visitors suggested this week, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> suggestedActions(long weekId) {
        return jdbc.sql("""
                        select a.id from visit_suggested_action a join visit_record r on r.id = a.record_id
                        join visit_slot s on s.id = r.slot_id where s.week_id = ? order by a.id
                        """).param(weekId).query(Long.class).list();
    }

    /** Accepts a suggestion as the QA lead, owned by the visited team's manager (the QA lead when it has none). */
    @Transactional
    public void accept(long weekId, long suggestionId, long qaLeadUserId, LocalDate due) {
        var suggestion = records.openSuggestion(weekId, suggestionId).orElseThrow();
        var managers = accounts.managersOf(suggestion.teamId());
        var qaLead = accounts.byIds(List.of(qaLeadUserId)).get(qaLeadUserId);
        records.accept(
                weekId,
                suggestionId,
                managers.isEmpty() ? qaLeadUserId : managers.getFirst(),
                due,
                org.praxis.actions.Priority.MEDIUM,
                new org.praxis.identity.CurrentUser(
                        qaLead.userId(),
                        qaLead.username(),
                        qaLead.name(),
                        java.util.Set.of(org.praxis.identity.Role.QA_LEAD),
                        qaLead.teamId(),
                        qaLead.staffId(),
                        null));
    }

    @Transactional
    public void decline(long weekId, long suggestionId, String by) {
        records.decline(weekId, suggestionId, by);
    }

    @Transactional
    public void staffFeedback(long weekId, long userId, String workedWell, String couldBeBetter) {
        records.giveFeedback(weekId, userId, workedWell, couldBeBetter);
    }

    /** Receives what a family said; approves it for quoting when asked and they allowed it. Returns its id. */
    @Transactional
    public long familySaid(long weekId, FamilyFeedback.Given said, boolean approveQuote, String by) {
        long id = familyFeedback.receive(weekId, said);
        if (approveQuote && said.mayQuote()) {
            familyFeedback.approveQuote(weekId, id, true, by);
        }
        return id;
    }

    /** Changes what the report quotes from an approved quote (to take out a name); what they wrote is kept. */
    @Transactional
    public void editQuote(long weekId, long feedbackId, String quote, String by) {
        familyFeedback.editQuote(weekId, feedbackId, quote, by);
    }
}
