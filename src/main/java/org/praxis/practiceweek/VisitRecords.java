package org.praxis.practiceweek;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.actions.Actions;
import org.praxis.identity.StaffAccounts;
import org.praxis.web.Refused;
import org.praxis.web.Stale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What visitors record after a visit, the actions they suggest (raised in the action tracker when the QA lead
 * accepts them), and staff's feedback on the week. Records with case detail are access-logged when read.
 */
@Service
class VisitRecords {

    enum Status {
        DRAFT,
        SUBMITTED
    }

    record Entry(
            String whatTheySaw,
            String wentWell,
            String couldBeBetter,
            String peopleSaid,
            String takeBack,
            String caseDetail,
            String themes,
            List<String> suggestedActions) {}

    record Suggestion(long id, String title, String status, Long actionId) {}

    record VisitRecord(
            long id,
            long slotId,
            long weekVisitorId,
            String visitor,
            String team,
            long teamId,
            Activity activity,
            java.time.LocalDateTime startsAt,
            Entry entry,
            Status status,
            OffsetDateTime submittedAt,
            int version,
            List<Suggestion> suggestions) {

        public String when() {
            return PracticeWeekPages.shortDay(startsAt.toLocalDate()) + " " + PracticeWeekPages.time(startsAt);
        }
    }

    record StaffFeedback(String name, String workedWell, String couldBeBetter, OffsetDateTime submittedAt) {}

    private static final String STALE =
            "Someone saved this record after you opened it. Your text is still here: check it against theirs,"
                    + " then save again.";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;
    private final Actions actions;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;

    VisitRecords(
            JdbcClient jdbc,
            Clock clock,
            AccessLog accessLog,
            Actions actions,
            StaffAccounts accounts,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
        this.actions = actions;
        this.accounts = accounts;
        this.events = events;
    }

    private static final String SELECT = """
            select r.id, r.slot_id, r.week_visitor_id, v.name, t.name, t.id, s.activity, s.starts_at,
                r.what_they_saw, r.went_well, r.could_be_better, r.people_said, r.take_back, r.case_detail, r.themes,
                r.status, r.submitted_at, r.version
            from visit_record r join visit_slot s on s.id = r.slot_id join team_directory t on t.id = s.team_id
            join week_visitor v on v.id = r.week_visitor_id
            """;

    private List<VisitRecord> read(String where, Object... params) {
        var rows = jdbc.sql(SELECT + where)
                .params(params)
                .query((rs, n) -> new VisitRecord(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        Activity.valueOf(rs.getString(7)),
                        rs.getObject(8, java.time.LocalDateTime.class),
                        new Entry(
                                rs.getString(9),
                                rs.getString(10),
                                rs.getString(11),
                                rs.getString(12),
                                rs.getString(13),
                                rs.getString(14),
                                rs.getString(15),
                                List.of()),
                        Status.valueOf(rs.getString(16)),
                        rs.getObject(17, OffsetDateTime.class),
                        rs.getInt(18),
                        List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        var suggestions = new HashMap<Long, List<Suggestion>>();
        jdbc.sql("select record_id, id, title, status, action_id from visit_suggested_action"
                        + " where record_id in (:ids) order by id")
                .param("ids", rows.stream().map(VisitRecord::id).toList())
                .query((java.sql.ResultSet rs) -> {
                    suggestions
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Suggestion(
                                    rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, Long.class)));
                });
        var result = new ArrayList<VisitRecord>();
        for (var r : rows) {
            var own = suggestions.getOrDefault(r.id(), List.of());
            var e = r.entry();
            result.add(new VisitRecord(
                    r.id(),
                    r.slotId(),
                    r.weekVisitorId(),
                    r.visitor(),
                    r.team(),
                    r.teamId(),
                    r.activity(),
                    r.startsAt(),
                    new Entry(
                            e.whatTheySaw(),
                            e.wentWell(),
                            e.couldBeBetter(),
                            e.peopleSaid(),
                            e.takeBack(),
                            e.caseDetail(),
                            e.themes(),
                            own.stream().map(Suggestion::title).toList()),
                    r.status(),
                    r.submittedAt(),
                    r.version(),
                    own));
            if (e.caseDetail() != null && !e.caseDetail().isBlank()) {
                accessLog.viewed("Practice Week visit record", r.id());
            }
        }
        return result;
    }

    /** The visitor's own record of a visit, if they have started one. */
    @Transactional
    Optional<VisitRecord> of(long slotId, long weekVisitorId) {
        return read(" where r.slot_id = ? and r.week_visitor_id = ?", slotId, weekVisitorId).stream()
                .findFirst();
    }

    /** Whether the visitor is placed on the slot: only then may they record it. */
    @Transactional(readOnly = true)
    boolean visited(long slotId, long weekVisitorId) {
        return jdbc.sql("select count(*) from visit_assignment where slot_id = ? and week_visitor_id = ?")
                        .params(slotId, weekVisitorId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Saves the record, or submits it. {@code version} is the version the visitor opened (-1 for a new record): a
     * save over someone else's newer save is refused and writes nothing.
     */
    @Transactional
    long save(long slotId, long weekVisitorId, Entry entry, boolean submit, int version) {
        var now = Timestamp.from(clock.instant());
        var existing = of(slotId, weekVisitorId);
        long id;
        if (existing.isEmpty()) {
            if (version != -1) {
                throw new Stale(STALE);
            }
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            insert into visit_record (slot_id, week_visitor_id, what_they_saw, went_well, could_be_better,
                                people_said, take_back, case_detail, themes, status, submitted_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            slotId,
                            weekVisitorId,
                            entry.whatTheySaw(),
                            entry.wentWell(),
                            entry.couldBeBetter(),
                            entry.peopleSaid(),
                            entry.takeBack(),
                            entry.caseDetail(),
                            entry.themes(),
                            (submit ? Status.SUBMITTED : Status.DRAFT).name(),
                            submit ? now : null,
                            now)
                    .update(keys, "id");
            id = keys.getKeyAs(Long.class);
        } else {
            id = existing.get().id();
            int updated = jdbc.sql("""
                            update visit_record set what_they_saw = ?, went_well = ?, could_be_better = ?, people_said = ?,
                                take_back = ?, case_detail = ?, themes = ?, status = ?,
                                submitted_at = coalesce(submitted_at, ?), updated_at = ?, version = version + 1
                            where id = ? and version = ?
                            """)
                    .params(
                            entry.whatTheySaw(),
                            entry.wentWell(),
                            entry.couldBeBetter(),
                            entry.peopleSaid(),
                            entry.takeBack(),
                            entry.caseDetail(),
                            entry.themes(),
                            (submit || existing.get().status() == Status.SUBMITTED ? Status.SUBMITTED : Status.DRAFT)
                                    .name(),
                            submit ? now : null,
                            now,
                            id,
                            version)
                    .update();
            if (updated == 0) {
                throw new Stale(STALE);
            }
            jdbc.sql("delete from visit_suggested_action where record_id = ? and status = 'SUGGESTED'")
                    .param(id)
                    .update();
        }
        for (var title : entry.suggestedActions()) {
            jdbc.sql("insert into visit_suggested_action (record_id, title, status) values (?, ?, 'SUGGESTED')")
                    .params(id, title)
                    .update();
        }
        accessLog.changed("Practice Week visit record", id);
        if (submit && (existing.isEmpty() || existing.get().status() != Status.SUBMITTED)) {
            events.publishEvent(new VisitRecordSent(id, slotId, weekVisitorId));
        }
        return id;
    }

    /** Submitted records of the week, newest first. */
    @Transactional
    List<VisitRecord> submitted(long weekId) {
        return read(" where s.week_id = ? and r.status = 'SUBMITTED' order by r.submitted_at desc, r.id", weekId);
    }

    /** Submitted records of visits to one team: the feedback its staff see about their practice. */
    @Transactional
    List<VisitRecord> submittedForTeam(long weekId, long teamId) {
        return read(
                " where s.week_id = ? and s.team_id = ? and r.status = 'SUBMITTED' order by s.starts_at, r.id",
                weekId,
                teamId);
    }

    /** A suggested action not yet decided, with the visited team it came from. */
    record OpenSuggestion(long id, String title, long recordId, long teamId, String team) {}

    @Transactional(readOnly = true)
    Optional<OpenSuggestion> openSuggestion(long weekId, long suggestionId) {
        return jdbc.sql("""
                        select a.id, a.title, r.id, s.team_id, t.name from visit_suggested_action a
                        join visit_record r on r.id = a.record_id join visit_slot s on s.id = r.slot_id
                        join team_directory t on t.id = s.team_id
                        where a.id = ? and a.status = 'SUGGESTED' and s.week_id = ?
                        """)
                .params(suggestionId, weekId)
                .query((rs, n) -> new OpenSuggestion(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5)))
                .optional();
    }

    /**
     * Raises the suggested action in the action tracker with the owner, due date and priority the QA lead accepting
     * it chose, as raised by them.
     */
    @Transactional
    long accept(
            long weekId,
            long suggestionId,
            long ownerUserId,
            LocalDate due,
            org.praxis.actions.Priority priority,
            org.praxis.identity.CurrentUser by) {
        var found = openSuggestion(weekId, suggestionId)
                .orElseThrow(() -> new Refused("That suggestion has already been decided"));
        long actionId = actions.raise(
                new Actions.NewAction(
                                "PRACTICE_WEEK",
                                found.recordId(),
                                "Practice Week visit to " + found.team(),
                                "/practice-week/" + weekId + "/records",
                                found.title(),
                                "Suggested by a Practice Week visitor and accepted by " + by.displayName() + ".",
                                ownerUserId,
                                due)
                        .because(
                                "A Practice Week visitor suggested it after visiting " + found.team(),
                                null,
                                null,
                                null,
                                priority),
                by);
        decide(suggestionId, "ACCEPTED", actionId, by.username());
        return actionId;
    }

    @Transactional
    void decline(long weekId, long suggestionId, String username) {
        int found =
                jdbc.sql("""
                        select count(*) from visit_suggested_action a join visit_record r on r.id = a.record_id
                        join visit_slot s on s.id = r.slot_id where a.id = ? and a.status = 'SUGGESTED' and s.week_id = ?
                        """).params(suggestionId, weekId).query(Integer.class).single();
        if (found == 0) {
            throw new Refused("That suggestion has already been decided");
        }
        decide(suggestionId, "DECLINED", null, username);
    }

    private void decide(long suggestionId, String status, Long actionId, String username) {
        jdbc.sql(
                        "update visit_suggested_action set status = ?, action_id = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status, actionId, username, Timestamp.from(clock.instant()), suggestionId)
                .update();
        accessLog.changed("Practice Week suggested action", suggestionId);
    }

    @Transactional
    void giveFeedback(long weekId, long userId, String workedWell, String couldBeBetter) {
        jdbc.sql("delete from staff_week_feedback where week_id = ? and user_id = ?")
                .params(weekId, userId)
                .update();
        jdbc.sql("""
                        insert into staff_week_feedback (week_id, user_id, worked_well, could_be_better, submitted_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(weekId, userId, workedWell, couldBeBetter, Timestamp.from(clock.instant()))
                .update();
        accessLog.changed("Practice Week staff feedback", weekId);
    }

    @Transactional(readOnly = true)
    List<StaffFeedback> staffFeedback(long weekId) {
        return jdbc.sql("""
                        select coalesce(s.full_name, u.username), f.worked_well, f.could_be_better, f.submitted_at
                        from staff_week_feedback f join account_directory u on u.id = f.user_id
                        left join staff_directory s on s.id = u.staff_id
                        where f.week_id = ? order by f.submitted_at desc
                        """)
                .param(weekId)
                .query((rs, n) -> new StaffFeedback(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }
}
