package org.praxis.actions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.web.Refused;
import org.praxis.web.Stale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising actions, moving them on, and finding them. Each move is checked (who may make it, what it needs), written
 * with its history, and refused if someone else moved the action first.
 */
@Service
public class Actions {

    /**
     * An action as another module raises it. The source link is where the action came from; why, the linked practice
     * standard and the success measure say what it is for and how anyone will know it worked.
     */
    public record NewAction(
            String source,
            long sourceId,
            String sourceLabel,
            String sourceLink,
            String title,
            String detail,
            long ownerUserId,
            LocalDate dueDate,
            String why,
            Long standardId,
            String standardLabel,
            String successMeasure,
            Priority priority) {

        public NewAction {
            priority = priority == null ? Priority.MEDIUM : priority;
        }

        /** An action with no stated purpose yet (medium priority). */
        public NewAction(
                String source,
                long sourceId,
                String sourceLabel,
                String sourceLink,
                String title,
                String detail,
                long ownerUserId,
                LocalDate dueDate) {
            this(
                    source,
                    sourceId,
                    sourceLabel,
                    sourceLink,
                    title,
                    detail,
                    ownerUserId,
                    dueDate,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        /** The same action with why it is raised, its practice standard, how success is judged and its priority. */
        public NewAction because(
                String why, Long standardId, String standardLabel, String successMeasure, Priority priority) {
            return new NewAction(
                    source,
                    sourceId,
                    sourceLabel,
                    sourceLink,
                    title,
                    detail,
                    ownerUserId,
                    dueDate,
                    blankAsNull(why),
                    standardId,
                    standardLabel,
                    blankAsNull(successMeasure),
                    priority);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public record ActionRow(
            long id,
            String title,
            String sourceLabel,
            String owner,
            LocalDate dueDate,
            ActionStatus status,
            boolean overdue,
            long sourceId) {}

    public record Action(
            long id,
            String source,
            long sourceId,
            String sourceLabel,
            String sourceLink,
            String title,
            String detail,
            long ownerUserId,
            Long ownerTeamId,
            LocalDate dueDate,
            ActionStatus status,
            String evidence,
            String cancelReason,
            Long verifiedByUserId,
            String createdBy,
            int lockVersion,
            boolean overdue,
            String why,
            Long standardId,
            String standardLabel,
            String successMeasure,
            Priority priority,
            Long raisedByUserId,
            boolean raisedByQaLead,
            String returnReason) {}

    public record Change(ActionStatus from, ActionStatus to, String by, LocalDateTime at, String note) {}

    private static final String COLUMNS = "id, source, source_id, source_label, source_link, title, detail,"
            + " owner_user_id, owner_team_id, due_date, status, evidence, cancel_reason, verified_by_user_id,"
            + " created_by, lock_version, why, standard_id, standard_label, success_measure, priority, raised_by_user_id,"
            + " raised_by_qa_lead, return_reason";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;
    private final AccessLog accessLog;

    Actions(
            JdbcClient jdbc,
            Clock clock,
            StaffAccounts accounts,
            ApplicationEventPublisher events,
            AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.events = events;
        this.accessLog = accessLog;
    }

    /** Raises an action as this person: they (or a QA lead) may later cancel it. */
    @Transactional
    public long raise(NewAction action, CurrentUser raisedBy) {
        return raise(action, raisedBy.displayName(), raisedBy.userId(), raisedBy.has(Role.QA_LEAD));
    }

    /** Raises an action whose raiser has no account (a data load): only a QA lead may cancel it. */
    @Transactional
    public long raise(NewAction action, String createdBy) {
        return raise(action, createdBy, null, false);
    }

    private long raise(NewAction action, String createdBy, Long raisedBy, boolean raisedByQaLead) {
        var owner = accounts.byIds(List.of(action.ownerUserId())).get(action.ownerUserId());
        if (owner == null) {
            throw new Refused("Choose who owns the action");
        }
        var now = Timestamp.from(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into action_item (source, source_id, source_label, source_link, title, detail,
                            owner_user_id, owner_team_id, due_date, status, created_by, created_at, updated_at,
                            why, standard_id, standard_label, success_measure, priority, raised_by_user_id,
                            raised_by_qa_lead)
                        values (:source, :sourceId, :label, :link, :title, :detail, :owner, :team, :due, 'OPEN', :by,
                            :now, :now, :why, :standard, :standardLabel, :measure, :priority, :raisedBy, :raisedByQaLead)
                        """)
                .param("source", action.source())
                .param("sourceId", action.sourceId())
                .param("label", action.sourceLabel())
                .param("link", action.sourceLink())
                .param("title", action.title())
                .param("detail", action.detail())
                .param("owner", action.ownerUserId())
                .param("team", owner.teamId())
                .param("due", action.dueDate())
                .param("by", createdBy)
                .param("now", now)
                .param("why", action.why())
                .param("standard", action.standardId())
                .param("standardLabel", action.standardLabel())
                .param("measure", action.successMeasure())
                .param("priority", action.priority().name())
                .param("raisedBy", raisedBy)
                .param("raisedByQaLead", raisedByQaLead)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        history(id, null, ActionStatus.OPEN, createdBy, "Raised");
        events.publishEvent(new ActionRaised(id, action.title(), action.ownerUserId(), owner.teamId()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<ActionRow> forSource(String source, long sourceId) {
        return rows(" where a.source = ? and a.source_id = ? order by a.id", List.of(source, sourceId));
    }

    /** Which of these actions the reader may open (identity's rule), in one query: a list links only to those. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> openableBy(CurrentUser user, java.util.Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return java.util.Set.of();
        }
        var openable = new java.util.HashSet<Long>();
        jdbc.sql("select id, owner_user_id, owner_team_id, raised_by_user_id from action_item where id in (:ids)")
                .param("ids", actionIds)
                .query((java.sql.ResultSet rs) -> {
                    if (RecordAccess.mayOpenAction(
                            user, rs.getLong(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class))) {
                        openable.add(rs.getLong(1));
                    }
                });
        return openable;
    }

    /** The actions raised from any of these records of one source, in one query. */
    @Transactional(readOnly = true)
    public List<ActionRow> forSources(String source, java.util.Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        var params = new java.util.ArrayList<Object>();
        params.add(source);
        params.addAll(sourceIds);
        return rows(
                " where a.source = ? and a.source_id in ("
                        + String.join(", ", java.util.Collections.nCopies(sourceIds.size(), "?")) + ") order by a.id",
                params);
    }

    /** The records of one source with an action owned in any of these teams: what concerns a team. One query. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> sourcesOwnedInTeams(String source, java.util.Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql(
                        "select distinct source_id from action_item where source = :source and owner_team_id in (:teams)")
                .param("source", source)
                .param("teams", teamIds)
                .query(Long.class)
                .list());
    }

    List<ActionRow> rows(String where, List<Object> params) {
        var today = LocalDate.now(clock);
        var raw = jdbc.sql("select a.id, a.title, a.source_label, a.owner_user_id, a.due_date, a.status, a.source_id"
                        + " from action_item a"
                        + where)
                .params(params)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getObject(5, LocalDate.class),
                    ActionStatus.valueOf(rs.getString(6)),
                    rs.getLong(7)
                })
                .list();
        var names = accounts.byIds(raw.stream().map(r -> (Long) r[3]).distinct().toList());
        return raw.stream()
                .map(r -> {
                    var status = (ActionStatus) r[5];
                    var due = (LocalDate) r[4];
                    var owner = names.get((Long) r[3]);
                    return new ActionRow(
                            (Long) r[0],
                            (String) r[1],
                            (String) r[2],
                            owner == null ? "Former user" : owner.name(),
                            due,
                            status,
                            overdue(status, due, today),
                            (Long) r[6]);
                })
                .toList();
    }

    static boolean overdue(ActionStatus status, LocalDate due, LocalDate today) {
        return status.withOwner() && due.isBefore(today);
    }

    /** Who may see an action (identity's rule). */
    static boolean maySee(Action action, CurrentUser user) {
        return RecordAccess.mayOpenAction(user, action.ownerUserId(), action.ownerTeamId(), action.raisedByUserId());
    }

    /** Only the person who raised an action, or a QA lead, may cancel it: never an owner who did not raise it. */
    static boolean mayCancel(Action action, CurrentUser user) {
        return !action.status().finished()
                && (user.has(Role.QA_LEAD)
                        || (action.raisedByUserId() != null && action.raisedByUserId() == user.userId()));
    }

    /** A QA lead, a leader or the owner's manager verifies a done action, or returns it to its owner. */
    static boolean mayVerify(Action action, CurrentUser user) {
        // A service manager's several teams count too (decision 0029).
        boolean managerOfOwner = user.has(Role.MANAGER) && user.inScope(action.ownerTeamId());
        return action.ownerUserId() != user.userId()
                && (user.has(Role.QA_LEAD) || user.has(Role.LEADER) || managerOfOwner);
    }

    /** One action and its history; the view is logged, as actions come from case-level work. */
    @Transactional
    Optional<Action> open(long id, CurrentUser user) {
        var found = action(id);
        if (found.isPresent() && !maySee(found.get(), user)) {
            throw new RecordRefused("Action", id, "Action outside the user's scope");
        }
        found.ifPresent(a -> accessLog.viewed("Action", id));
        return found;
    }

    Optional<Action> action(long id) {
        var today = LocalDate.now(clock);
        return jdbc.sql("select " + COLUMNS + " from action_item where id = ?")
                .param(id)
                .query((rs, n) -> {
                    var status = ActionStatus.valueOf(rs.getString("status"));
                    var due = rs.getObject("due_date", LocalDate.class);
                    return new Action(
                            rs.getLong("id"),
                            rs.getString("source"),
                            rs.getLong("source_id"),
                            rs.getString("source_label"),
                            rs.getString("source_link"),
                            rs.getString("title"),
                            rs.getString("detail"),
                            rs.getLong("owner_user_id"),
                            rs.getObject("owner_team_id", Long.class),
                            due,
                            status,
                            rs.getString("evidence"),
                            rs.getString("cancel_reason"),
                            rs.getObject("verified_by_user_id", Long.class),
                            rs.getString("created_by"),
                            rs.getInt("lock_version"),
                            overdue(status, due, today),
                            rs.getString("why"),
                            rs.getObject("standard_id", Long.class),
                            rs.getString("standard_label"),
                            rs.getString("success_measure"),
                            Priority.valueOf(rs.getString("priority")),
                            rs.getObject("raised_by_user_id", Long.class),
                            rs.getBoolean("raised_by_qa_lead"),
                            rs.getString("return_reason"));
                })
                .optional();
    }

    @Transactional(readOnly = true)
    List<Change> history(long id) {
        return jdbc.sql("select from_status, to_status, changed_by, changed_at, note from action_history"
                        + " where action_id = ? order by id")
                .param(id)
                .query((rs, n) -> new Change(
                        rs.getString(1) == null ? null : ActionStatus.valueOf(rs.getString(1)),
                        ActionStatus.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5)))
                .list();
    }

    /**
     * Moves the action on. The owner starts and completes it (with evidence); someone else verifies it or returns it
     * to the owner with a reason; the person who raised it or a QA lead may cancel it with a reason. Earlier stages
     * cannot be reopened.
     */
    @Transactional
    public void move(long id, int lockVersion, ActionStatus to, String note, CurrentUser user) {
        var action = action(id).orElseThrow(() -> new Refused("There is no such action"));
        if (!maySee(action, user)) {
            throw new RecordRefused("Action", id, "Action outside the user's scope");
        }
        if (!action.status().canMoveTo(to)) {
            throw new Refused("This action is " + action.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ", so it cannot be marked " + to.label().toLowerCase(java.util.Locale.ROOT)
                    + ". Earlier stages are locked once an action has moved on.");
        }
        boolean owner = action.ownerUserId() == user.userId();
        String text = note == null ? "" : note.strip();
        switch (to) {
            case IN_PROGRESS -> {
                if (!owner) {
                    throw new Refused("Only the owner can start the action");
                }
            }
            case DONE -> {
                if (!owner) {
                    throw new Refused("Only the owner can mark the action done");
                }
                if (text.isEmpty()) {
                    throw new Refused("Enter the evidence that the action is done");
                }
            }
            case VERIFIED, RETURNED -> {
                if (owner) {
                    throw new Refused("Someone other than the owner must verify the action");
                }
                if (!mayVerify(action, user)) {
                    throw new Refused("A quality assurance lead, a leader or the owner's manager verifies actions");
                }
                if (to == ActionStatus.RETURNED && text.isEmpty()) {
                    throw new Refused("Enter why the action goes back to its owner");
                }
            }
            case CANCELLED -> {
                if (!mayCancel(action, user)) {
                    throw new Refused(
                            "Only the person who raised the action or a quality assurance lead can cancel it");
                }
                if (text.isEmpty()) {
                    throw new Refused("Enter why the action is cancelled");
                }
            }
            case OPEN -> throw new Refused("An action cannot be reopened");
        }
        if (text.length() > 4000) {
            throw new Refused("The note must be 4,000 characters or fewer");
        }
        int updated = jdbc.sql("""
                        update action_item set status = :to, lock_version = lock_version + 1, updated_at = :now,
                            evidence = case when :to = 'DONE' then :note else evidence end,
                            cancel_reason = case when :to = 'CANCELLED' then :note else cancel_reason end,
                            return_reason = case when :to = 'RETURNED' then :note else return_reason end,
                            verified_by_user_id = case when :to = 'VERIFIED' then :user else verified_by_user_id end
                        where id = :id and lock_version = :lock and status = :from
                        """)
                .param("to", to.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("note", text)
                .param("user", user.userId())
                .param("id", id)
                .param("lock", lockVersion)
                .param("from", action.status().name())
                .update();
        if (updated == 0) {
            throw new Stale("Someone else changed this action while you had it open. Look at it again, then try.");
        }
        history(id, action.status(), to, user.displayName(), text.isEmpty() ? null : text);
        accessLog.changed("Action", id);
        events.publishEvent(
                new ActionMoved(id, action.title(), action.status(), to, action.ownerUserId(), action.ownerTeamId()));
    }

    /** Something that happened to the action without moving it on (an evidence file added), in its history. */
    void note(long id, ActionStatus status, String by, String note) {
        history(id, status, status, by, note);
    }

    private void history(long id, ActionStatus from, ActionStatus to, String by, String note) {
        jdbc.sql("insert into action_history (action_id, from_status, to_status, changed_by, changed_at, note)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, from == null ? null : from.name(), to.name(), by, Timestamp.from(clock.instant()), note)
                .update();
    }

    /**
     * Tells the owners of overdue actions, and their managers, once a day. Returns how many actions were overdue
     * and not yet reminded today.
     */
    @Transactional
    public int remindOverdue() {
        var today = LocalDate.now(clock);
        var overdue = jdbc.sql("""
                        select id, title, owner_user_id, owner_team_id from action_item
                        where status in ('OPEN', 'IN_PROGRESS', 'RETURNED') and due_date < ?
                            and (last_reminded_on is null or last_reminded_on < ?)
                        """)
                .params(today, today)
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, Long.class)})
                .list();
        for (var a : overdue) {
            events.publishEvent(new ActionFoundOverdue((Long) a[0], (String) a[1], (Long) a[2], (Long) a[3], today));
            jdbc.sql("update action_item set last_reminded_on = ? where id = ?")
                    .params(today, a[0])
                    .update();
        }
        return overdue.size();
    }
}
