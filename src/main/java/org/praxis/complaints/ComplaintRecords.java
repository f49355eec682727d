package org.praxis.complaints;

import java.time.LocalDate;
import java.util.List;
import org.praxis.actions.Actions;
import org.praxis.register.WorkingDayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints as a data load writes them (the demo council, the benchmark's generator): already checked, with their
 * stages' dates, clocks counted as the screens count them. Not for the screens, which go through the rules.
 */
@Service
public class ComplaintRecords {

    /**
     * A complaint, compliment or enquiry with what happened at its stages (nulls where nothing did).
     *
     * @param category the category's name in the council's list (complaints only)
     */
    public record Entry(
            ComplaintKind kind,
            Procedure procedure,
            LocalDate receivedOn,
            Long teamId,
            Long staffId,
            String category,
            String summary,
            LocalDate stage1RespondedOn,
            Outcome stage1Outcome,
            LocalDate stage2RequestedOn,
            LocalDate stage2RespondedOn,
            Outcome stage2Outcome,
            String learning) {}

    private final ComplaintStore store;
    private final ComplaintClocks clocks;
    private final WorkingDayCalendar calendar;
    private final Actions actions;
    private final JdbcClient jdbc;

    ComplaintRecords(
            ComplaintStore store,
            ComplaintClocks clocks,
            WorkingDayCalendar calendar,
            Actions actions,
            JdbcClient jdbc) {
        this.store = store;
        this.clocks = clocks;
        this.calendar = calendar;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** Writes the entries; returns their ids in order. */
    @Transactional
    public long[] load(List<Entry> entries, String by) {
        var days = calendar.now();
        var categories = new java.util.HashMap<String, Long>();
        store.categories().forEach(c -> categories.put(c.name(), c.id()));
        var ids = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            long id = store.insert(
                    new ComplaintStore.NewComplaint(
                            e.kind(),
                            e.procedure(),
                            e.receivedOn(),
                            Channel.values()[i % 5],
                            e.teamId(),
                            e.staffId(),
                            null,
                            e.category() == null ? null : categories.get(e.category()),
                            e.summary(),
                            null,
                            null,
                            null),
                    by);
            ids[i] = id;
            if (e.kind() != ComplaintKind.COMPLAINT) {
                continue;
            }
            var first = clocks.start(e.procedure(), 1, e.receivedOn(), days);
            if (e.procedure() == Procedure.ADULTS) {
                // The demo's adults' complaints are acknowledged on time, with 25 working days agreed.
                first = new ComplaintClocks.StageClock(first.acknowledgeBy(), days.plus(e.receivedOn(), 25));
            }
            stage(id, 1, e.receivedOn(), first, e.stage1RespondedOn(), e.stage1Outcome(), e.procedure(), days);
            if (e.stage2RequestedOn() != null) {
                stage(
                        id,
                        2,
                        e.stage2RequestedOn(),
                        clocks.start(e.procedure(), 2, e.stage2RequestedOn(), days),
                        e.stage2RespondedOn(),
                        e.stage2Outcome(),
                        e.procedure(),
                        days);
            }
            if (e.learning() != null) {
                store.setLearning(id, null, e.learning(), List.of());
            }
        }
        return ids;
    }

    private void stage(
            long id,
            int stage,
            LocalDate requested,
            ComplaintClocks.StageClock clock,
            LocalDate responded,
            Outcome outcome,
            Procedure procedure,
            WorkingDayCalendar.Counter days) {
        jdbc.sql("insert into complaint_stage (complaint_id, procedure_code, stage, requested_on, acknowledge_by,"
                        + " acknowledged_on, agreed_working_days, due_on, responded_on, outcome, escalate_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        procedure.name(),
                        stage,
                        requested,
                        clock.acknowledgeBy(),
                        clock.acknowledgeBy(),
                        procedure == Procedure.ADULTS ? 25 : null,
                        clock.dueOn(),
                        responded,
                        outcome == null ? null : outcome.name(),
                        responded != null && stage < procedure.stages() ? clocks.escalateBy(responded, days) : null)
                .update();
        store.setOutcome(id, responded == null ? null : outcome, responded, stage);
    }

    /** The Ombudsman's referral and decision, as the complaints manager would record them. */
    @Transactional
    public void ombudsman(
            long id,
            LocalDate referredOn,
            LocalDate decidedOn,
            boolean fault,
            boolean injustice,
            String remedy,
            LocalDate complyBy,
            LocalDate compliedOn) {
        store.refer(id, referredOn);
        if (decidedOn != null) {
            store.decide(id, decidedOn, fault, injustice, remedy, complyBy);
        }
        if (compliedOn != null) {
            store.complied(id, compliedOn);
        }
    }

    /** An action in the one tracker from an upheld complaint's learning. */
    @Transactional
    public long raiseLearningAction(long complaintId, long ownerUserId, String title, LocalDate dueOn, String by) {
        return actions.raise(
                new Actions.NewAction(
                                Complaints.SOURCE,
                                complaintId,
                                "Complaint " + complaintId,
                                "/complaints/" + complaintId,
                                title,
                                null,
                                ownerUserId,
                                dueOn)
                        .because("Learning from an upheld complaint", null, null, null, null),
                by);
    }
}
