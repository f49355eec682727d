package org.praxis.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The module's tables, read and written in SQL (no other module reads them). */
@Repository
class ComplaintStore {

    record Stored(
            long id,
            ComplaintKind kind,
            Procedure procedure,
            LocalDate receivedOn,
            Channel channel,
            Long teamId,
            Long staffId,
            String caseReference,
            Long categoryId,
            String summary,
            String complainantName,
            String complainantContact,
            int stage,
            Outcome outcome,
            String remedy,
            String learning,
            String externalReference,
            LocalDate closedOn,
            int lockVersion) {}

    record Stage(
            long id,
            long complaintId,
            int stage,
            LocalDate requestedOn,
            LocalDate acknowledgeBy,
            LocalDate acknowledgedOn,
            Integer agreedWorkingDays,
            LocalDate dueOn,
            LocalDate extendedTo,
            String extensionReason,
            LocalDate respondedOn,
            Outcome outcome,
            LocalDate escalateBy) {

        /** The day the response is due, extension included; null while an adults' plan is not agreed. */
        public LocalDate due() {
            return extendedTo != null ? extendedTo : dueOn;
        }

        public boolean overdue(LocalDate today) {
            return respondedOn == null && due() != null && today.isAfter(due());
        }

        public boolean acknowledgementOverdue(LocalDate today) {
            return acknowledgeBy != null && acknowledgedOn == null && today.isAfter(acknowledgeBy);
        }

        public boolean inTime() {
            return respondedOn != null && due() != null && !respondedOn.isAfter(due());
        }
    }

    record Ombudsman(
            long complaintId,
            LocalDate referredOn,
            LocalDate decidedOn,
            Boolean fault,
            Boolean injustice,
            String remedy,
            LocalDate complyBy,
            LocalDate compliedOn) {

        public boolean complianceOverdue(LocalDate today) {
            return complyBy != null && compliedOn == null && today.isAfter(complyBy);
        }
    }

    record Category(long id, String name, int position, boolean retired) {}

    record NewComplaint(
            ComplaintKind kind,
            Procedure procedure,
            LocalDate receivedOn,
            Channel channel,
            Long teamId,
            Long staffId,
            String caseReference,
            Long categoryId,
            String summary,
            String complainantName,
            String complainantContact,
            String externalReference) {}

    /** A row of the list: the complaint and its current stage's clock. */
    record Row(
            long id,
            ComplaintKind kind,
            Procedure procedure,
            LocalDate receivedOn,
            Long teamId,
            String category,
            int stage,
            LocalDate due,
            LocalDate respondedOn,
            Outcome outcome,
            LocalDate closedOn) {}

    /** Who a list is limited to: every complaint, some teams', or the compliments about one worker. */
    record Scope(boolean all, Collection<Long> teamIds, Long staffId) {}

    private static final String COLUMNS = "id, kind, procedure_code, received_on, channel, team_id, staff_id,"
            + " case_reference, category_id, summary, complainant_name, complainant_contact, stage, outcome, remedy,"
            + " learning, external_reference, closed_on, lock_version";

    private static final String STAGE_COLUMNS = "id, complaint_id, stage, requested_on, acknowledge_by,"
            + " acknowledged_on, agreed_working_days, due_on, extended_to, extension_reason, responded_on, outcome,"
            + " escalate_by";

    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(NewComplaint c, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into complaint (kind, procedure_code, received_on, channel, team_id, staff_id,
                            case_reference, category_id, summary, complainant_name, complainant_contact, stage,
                            external_reference, created_by, created_at)
                        values (:kind, :procedure, :received, :channel, :team, :staff, :caseReference, :category,
                            :summary, :name, :contact, :stage, :external, :by, :at)
                        """)
                .param("kind", c.kind().name())
                .param("procedure", c.procedure().name())
                .param("received", c.receivedOn())
                .param("channel", c.channel().name())
                .param("team", c.teamId())
                .param("staff", c.staffId())
                .param("caseReference", c.caseReference())
                .param("category", c.categoryId())
                .param("summary", c.summary())
                .param("name", c.complainantName())
                .param("contact", c.complainantContact())
                .param("stage", c.kind() == ComplaintKind.COMPLAINT ? 1 : 0)
                .param("external", c.externalReference())
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertStage(
            long complaintId, Procedure procedure, int stage, LocalDate requestedOn, ComplaintClocks.StageClock clock) {
        jdbc.sql("insert into complaint_stage (complaint_id, procedure_code, stage, requested_on, acknowledge_by,"
                        + " due_on) values (?, ?, ?, ?, ?, ?)")
                .params(complaintId, procedure.name(), stage, requestedOn, clock.acknowledgeBy(), clock.dueOn())
                .update();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from complaint where id = ?")
                .param(id)
                .query(ComplaintStore::stored)
                .optional();
    }

    List<Stage> stages(long complaintId) {
        return jdbc.sql("select " + STAGE_COLUMNS + " from complaint_stage where complaint_id = ? order by stage")
                .param(complaintId)
                .query(ComplaintStore::stage)
                .list();
    }

    Optional<Ombudsman> ombudsman(long complaintId) {
        return jdbc.sql("select complaint_id, referred_on, decided_on, fault, injustice, remedy, comply_by,"
                        + " complied_on from complaint_ombudsman where complaint_id = ?")
                .param(complaintId)
                .query((rs, n) -> new Ombudsman(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        (Boolean) rs.getObject(4),
                        (Boolean) rs.getObject(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class)))
                .optional();
    }

    /** Bumps the lock version, refused (0 rows) when someone else changed the complaint first. */
    int touch(long id, int lockVersion) {
        return jdbc.sql("update complaint set lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(id, lockVersion)
                .update();
    }

    void updateStage(long stageId, String column, Object value) {
        jdbc.sql("update complaint_stage set " + column + " = ? where id = ?")
                .params(value, stageId)
                .update();
    }

    void respond(long stageId, LocalDate respondedOn, Outcome outcome, LocalDate escalateBy) {
        jdbc.sql("update complaint_stage set responded_on = ?, outcome = ?, escalate_by = ? where id = ?")
                .params(respondedOn, outcome.name(), escalateBy, stageId)
                .update();
    }

    void extend(long stageId, LocalDate to, String reason) {
        jdbc.sql("update complaint_stage set extended_to = ?, extension_reason = ? where id = ?")
                .params(to, reason, stageId)
                .update();
    }

    void acknowledge(long stageId, LocalDate on, Integer agreedWorkingDays, LocalDate dueOn) {
        jdbc.sql("update complaint_stage set acknowledged_on = ?, agreed_working_days = ?, due_on = ? where id = ?")
                .params(on, agreedWorkingDays, dueOn, stageId)
                .update();
    }

    void setOutcome(long id, Outcome outcome, LocalDate closedOn, int stage) {
        jdbc.sql("update complaint set outcome = ?, closed_on = ?, stage = ? where id = ?")
                .params(outcome == null ? null : outcome.name(), closedOn, stage, id)
                .update();
    }

    void setLearning(long id, String remedy, String learning, Collection<Long> themeIds) {
        jdbc.sql("update complaint set remedy = ?, learning = ? where id = ?")
                .params(remedy, learning, id)
                .update();
        jdbc.sql("delete from complaint_theme where complaint_id = ?").param(id).update();
        for (var theme : themeIds) {
            jdbc.sql("insert into complaint_theme (complaint_id, theme_id) values (?, ?)")
                    .params(id, theme)
                    .update();
        }
    }

    List<Long> themes(long id) {
        return jdbc.sql("select theme_id from complaint_theme where complaint_id = ? order by theme_id")
                .param(id)
                .query(Long.class)
                .list();
    }

    void refer(long id, LocalDate referredOn) {
        jdbc.sql("insert into complaint_ombudsman (complaint_id, referred_on) values (?, ?)")
                .params(id, referredOn)
                .update();
    }

    void decide(long id, LocalDate decidedOn, boolean fault, boolean injustice, String remedy, LocalDate complyBy) {
        jdbc.sql("update complaint_ombudsman set decided_on = ?, fault = ?, injustice = ?, remedy = ?, comply_by = ?"
                        + " where complaint_id = ?")
                .params(decidedOn, fault, injustice, remedy, complyBy, id)
                .update();
    }

    void complied(long id, LocalDate on) {
        jdbc.sql("update complaint_ombudsman set complied_on = ? where complaint_id = ?")
                .params(on, id)
                .update();
    }

    List<Category> categories() {
        return jdbc.sql("select id, name, position, retired from complaint_category order by position, id")
                .query((rs, n) -> new Category(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
    }

    boolean categoryNamed(String name) {
        return jdbc.sql("select count(*) from complaint_category where lower(name) = lower(?)")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void addCategory(String name) {
        jdbc.sql("insert into complaint_category (name, position)"
                        + " values (?, (select coalesce(max(position), 0) + 1 from complaint_category))")
                .param(name)
                .update();
    }

    int retireCategory(long id, boolean retired) {
        return jdbc.sql("update complaint_category set retired = ? where id = ?")
                .params(retired, id)
                .update();
    }

    boolean externalReferenceTaken(String reference) {
        return jdbc.sql("select count(*) from complaint where external_reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String where(
            Scope scope, ComplaintKind kind, Procedure procedure, boolean openOnly, List<Object> p) {
        var where = new StringBuilder(" where 1 = 1");
        if (!scope.all()) {
            if (scope.staffId() != null
                    && (scope.teamIds() == null || scope.teamIds().isEmpty())) {
                where.append(" and c.kind = 'COMPLIMENT' and c.staff_id = ?");
                p.add(scope.staffId());
            } else {
                var teams = new ArrayList<>(scope.teamIds());
                teams.add(-1L);
                where.append(" and (c.team_id in (")
                        .append(String.join(", ", java.util.Collections.nCopies(teams.size(), "?")))
                        .append(")");
                p.addAll(teams);
                if (scope.staffId() != null) {
                    where.append(" or (c.kind = 'COMPLIMENT' and c.staff_id = ?)");
                    p.add(scope.staffId());
                }
                where.append(")");
            }
        }
        if (kind != null) {
            where.append(" and c.kind = ?");
            p.add(kind.name());
        }
        if (procedure != null) {
            where.append(" and c.procedure_code = ?");
            p.add(procedure.name());
        }
        if (openOnly) {
            where.append(" and c.kind = 'COMPLAINT' and c.closed_on is null");
        }
        return where.toString();
    }

    long count(Scope scope, ComplaintKind kind, Procedure procedure, boolean openOnly) {
        var p = new ArrayList<Object>();
        var where = where(scope, kind, procedure, openOnly, p);
        return jdbc.sql("select count(*) from complaint c" + where)
                .params(p)
                .query(Long.class)
                .single();
    }

    List<Row> page(Scope scope, ComplaintKind kind, Procedure procedure, boolean openOnly, long offset, int size) {
        var p = new ArrayList<Object>();
        var where = where(scope, kind, procedure, openOnly, p);
        p.add(offset);
        p.add(size);
        return jdbc.sql("""
                        select c.id, c.kind, c.procedure_code, c.received_on, c.team_id, k.name, c.stage,
                            coalesce(s.extended_to, s.due_on), s.responded_on, c.outcome, c.closed_on
                        from complaint c
                            left join complaint_category k on k.id = c.category_id
                            left join complaint_stage s on s.complaint_id = c.id and s.stage = c.stage
                        """ + where + " order by c.received_on desc, c.id desc offset ? rows fetch next ? rows only")
                .params(p)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        ComplaintKind.valueOf(rs.getString(2)),
                        Procedure.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, Long.class),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class),
                        rs.getString(10) == null ? null : Outcome.valueOf(rs.getString(10)),
                        rs.getObject(11, LocalDate.class)))
                .list();
    }

    /** Compliments about these teams since a day: the team's picture. */
    long complimentsFor(Collection<Long> teamIds, LocalDate since) {
        if (teamIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from complaint where kind = 'COMPLIMENT' and received_on >= :since"
                        + " and team_id in (:teams)")
                .param("since", since)
                .param("teams", teamIds)
                .query(Long.class)
                .single();
    }

    /** Stages not yet answered whose response (or acknowledgement) is due by this day and not yet reminded today. */
    List<Stage> dueBy(LocalDate day, LocalDate today) {
        return jdbc.sql("select " + STAGE_COLUMNS + " from complaint_stage where responded_on is null"
                        + " and (reminded_on is null or reminded_on < ?)"
                        + " and (coalesce(extended_to, due_on) <= ? or (acknowledged_on is null and acknowledge_by <= ?))"
                        + " order by id")
                .params(today, day, day)
                .query(ComplaintStore::stage)
                .list();
    }

    void reminded(Collection<Long> stageIds, LocalDate on) {
        for (var id : stageIds) {
            jdbc.sql("update complaint_stage set reminded_on = ? where id = ?")
                    .params(on, id)
                    .update();
        }
    }

    static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(
                rs.getLong(1),
                ComplaintKind.valueOf(rs.getString(2)),
                Procedure.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class),
                Channel.valueOf(rs.getString(5)),
                rs.getObject(6, Long.class),
                rs.getObject(7, Long.class),
                rs.getString(8),
                rs.getObject(9, Long.class),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getInt(13),
                rs.getString(14) == null ? null : Outcome.valueOf(rs.getString(14)),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getObject(18, LocalDate.class),
                rs.getInt(19));
    }

    static Stage stage(ResultSet rs, int n) throws SQLException {
        return new Stage(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, Integer.class),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                rs.getObject(11, LocalDate.class),
                rs.getString(12) == null ? null : Outcome.valueOf(rs.getString(12)),
                rs.getObject(13, LocalDate.class));
    }
}
