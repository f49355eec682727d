package org.praxis.actions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.praxis.identity.StaffAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every action for analysts, decoded (status and priority in words; owner, verifier and whoever raised it by name,
 * never by username; team and service by name), with what governance asks of an action: why, the practice standard it
 * serves, its success measure; row by row as the database returns them. The window is on the day an action last changed, so a nightly load can take only
 * what changed.
 */
@Service
public class ActionExports {

    public static final List<String> COLUMNS = List.of(
            "actionId",
            "source",
            "raisedFrom",
            "title",
            "why",
            "practiceStandard",
            "successMeasure",
            "priority",
            "owner",
            "team",
            "service",
            "dueDate",
            "status",
            "overdue",
            "raisedBy",
            "raisedOn",
            "verifiedBy",
            "returnedBecause",
            "lastChangedOn");

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final Clock clock;

    ActionExports(JdbcClient jdbc, StaffAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void rows(LocalDate from, LocalDate to, long offset, int limit, Consumer<Map<String, Object>> row) {
        var names = new HashMap<Long, String>();
        java.util.function.Function<Long, String> name = id -> id == null
                ? null
                : names.computeIfAbsent(id, k -> {
                    var account = accounts.byIds(List.of(k)).get(k);
                    return account == null ? "Former user" : account.name();
                });
        var creators = new HashMap<String, String>();
        var today = LocalDate.now(clock);
        jdbc.sql("""
                        select a.id, a.source, a.source_label, a.title, a.owner_user_id, t.name, sa.name, a.due_date,
                            a.status, a.created_by, a.created_at, a.verified_by_user_id, a.updated_at,
                            a.why, a.standard_label, a.success_measure, a.priority, a.raised_by_user_id, a.return_reason
                        from action_item a left join team_directory t on t.id = a.owner_team_id
                            left join service_area_directory sa on sa.id = t.service_area_id
                        where a.updated_at >= ? and a.updated_at < ?
                        order by a.id offset ? rows fetch next ? rows only
                        """)
                .params(
                        Timestamp.valueOf(from.atStartOfDay()),
                        Timestamp.valueOf(to.plusDays(1).atStartOfDay()),
                        offset,
                        limit)
                .withFetchSize(1000)
                .query((java.sql.ResultSet rs) -> {
                    var status = ActionStatus.valueOf(rs.getString(9));
                    var due = rs.getObject(8, LocalDate.class);
                    var values = new Object[] {
                        rs.getLong(1),
                        source(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(14),
                        rs.getString(15),
                        rs.getString(16),
                        Priority.valueOf(rs.getString(17)).label(),
                        name.apply(rs.getLong(5)),
                        rs.getString(6) == null ? "No team recorded" : rs.getString(6),
                        rs.getString(7),
                        due,
                        status.label(),
                        (status == ActionStatus.OPEN || status == ActionStatus.IN_PROGRESS) && due.isBefore(today)
                                ? "Yes"
                                : "No",
                        // Raised by a person (by name) or, before people were recorded, by an import or the demo
                        rs.getObject(18, Long.class) == null
                                ? creators.computeIfAbsent(rs.getString(10), accounts::nameOf)
                                : name.apply(rs.getLong(18)),
                        rs.getTimestamp(11).toLocalDateTime().toLocalDate(),
                        name.apply(rs.getObject(12, Long.class)),
                        rs.getString(19),
                        rs.getTimestamp(13).toLocalDateTime().toLocalDate()
                    };
                    var map = new LinkedHashMap<String, Object>();
                    for (int i = 0; i < values.length; i++) {
                        map.put(COLUMNS.get(i), values[i]);
                    }
                    row.accept(map);
                });
    }

    private static String source(String code) {
        return switch (code) {
            case "AUDIT" -> "Case file audit";
            case "PRACTICE_WEEK" -> "Practice Week";
            case "LEARNING_REVIEW" -> "Learning review";
            default ->
                code.charAt(0)
                        + code.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
