package org.praxis.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.StaffAccounts;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding actions for the lists (mine, my team's, everyone's) by status, source, team, owner, overdue and due date, a
 * page at a time, and every matching action for the CSV and XLSX exports.
 */
@Service
class ActionSearch {

    /** Which actions a list holds before any filter: one owner's, one team's, or everyone's. */
    record Scope(Long ownerUserId, java.util.Set<Long> teamIds) {
        static Scope owner(long userId) {
            return new Scope(userId, null);
        }

        /** One team, or a service manager's several (decision 0029); no team at all sees nothing. */
        static Scope teams(java.util.Set<Long> teamIds) {
            return new Scope(null, teamIds.isEmpty() ? java.util.Set.of(-1L) : java.util.Set.copyOf(teamIds));
        }

        static Scope everyone() {
            return new Scope(null, null);
        }

        /** Whether the scope is some teams (so no team filter is offered beyond them). */
        boolean teamScoped() {
            return teamIds != null;
        }
    }

    /** What the person filtered by; every part may be null (not filtered). Due dates are inclusive. */
    record Filter(
            ActionStatus status,
            String source,
            Long teamId,
            Long ownerUserId,
            boolean overdueOnly,
            LocalDate dueFrom,
            LocalDate dueTo) {

        static Filter none() {
            return new Filter(null, null, null, null, false, null, null);
        }
    }

    /** One action as the exports write it: every field, owner and team by name. */
    record ExportRow(
            long id,
            String title,
            String why,
            String source,
            String sourceLabel,
            String standard,
            String successMeasure,
            Priority priority,
            String owner,
            String team,
            LocalDate dueDate,
            ActionStatus status,
            boolean overdue,
            String raisedBy,
            String evidence,
            int evidenceFiles,
            String returnReason,
            String cancelReason) {}

    private static final String UNFINISHED_FIRST =
            " order by case when a.status in ('VERIFIED', 'CANCELLED') then 1 else 0 end, a.due_date, a.id";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Actions actions;
    private final StaffAccounts accounts;
    private final OrganisationDirectory organisation;
    private final AccessLog accessLog;

    ActionSearch(
            JdbcClient jdbc,
            Clock clock,
            Actions actions,
            StaffAccounts accounts,
            OrganisationDirectory organisation,
            AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actions = actions;
        this.accounts = accounts;
        this.organisation = organisation;
        this.accessLog = accessLog;
    }

    /** A page of the list, what needs doing first (unfinished, soonest due). */
    @Transactional(readOnly = true)
    PageOf<Actions.ActionRow> page(Scope scope, Filter filter, ListPage page) {
        var where = where(scope, filter);
        long total = jdbc.sql("select count(*) from action_item a" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        var params = new ArrayList<>(where.params());
        params.add(page.offset());
        params.add(page.size());
        return page.of(
                actions.rows(where.sql() + UNFINISHED_FIRST + " offset ? rows fetch next ? rows only", params), total);
    }

    /** Every matching action for an export, which is written to the access log in the same transaction. */
    @Transactional
    List<ExportRow> export(Scope scope, Filter filter, String listName) {
        accessLog.exported("Actions", listName);
        var where = where(scope, filter);
        var today = LocalDate.now(clock);
        record Raw(
                long id,
                String title,
                String why,
                String source,
                String sourceLabel,
                String standard,
                String measure,
                Priority priority,
                long owner,
                Long team,
                LocalDate due,
                ActionStatus status,
                String raisedBy,
                String evidence,
                int files,
                String returnReason,
                String cancelReason) {}
        var raw = jdbc.sql("select a.id, a.title, a.why, a.source, a.source_label, a.standard_label, a.success_measure,"
                        + " a.priority, a.owner_user_id, a.owner_team_id, a.due_date, a.status, a.created_by, a.evidence,"
                        + " (select count(*) from action_evidence_file f where f.action_id = a.id), a.return_reason,"
                        + " a.cancel_reason from action_item a" + where.sql() + UNFINISHED_FIRST)
                .params(where.params())
                .query((rs, n) -> new Raw(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        Priority.valueOf(rs.getString(8)),
                        rs.getLong(9),
                        rs.getObject(10, Long.class),
                        rs.getObject(11, LocalDate.class),
                        ActionStatus.valueOf(rs.getString(12)),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getInt(15),
                        rs.getString(16),
                        rs.getString(17)))
                .list();
        var owners = accounts.byIds(raw.stream().map(Raw::owner).distinct().toList());
        var teams = organisation.teams(
                raw.stream().map(Raw::team).filter(t -> t != null).distinct().toList());
        return raw.stream()
                .map(r -> new ExportRow(
                        r.id(),
                        r.title(),
                        r.why(),
                        ActionSourceNames.of(r.source()),
                        r.sourceLabel(),
                        r.standard(),
                        r.measure(),
                        r.priority(),
                        owners.containsKey(r.owner()) ? owners.get(r.owner()).name() : "Former user",
                        r.team() != null && teams.containsKey(r.team())
                                ? teams.get(r.team()).name()
                                : "",
                        r.due(),
                        r.status(),
                        Actions.overdue(r.status(), r.due(), today),
                        r.raisedBy(),
                        r.evidence(),
                        r.files(),
                        r.returnReason(),
                        r.cancelReason()))
                .toList();
    }

    /** The sources that actions in this list came from, for the filter. */
    @Transactional(readOnly = true)
    List<String> sources(Scope scope) {
        var where = where(scope, Filter.none());
        return jdbc.sql("select distinct a.source from action_item a" + where.sql() + " order by a.source")
                .params(where.params())
                .query(String.class)
                .list();
    }

    /** The owners of actions in this list, by name, for the filter. */
    @Transactional(readOnly = true)
    Map<Long, String> owners(Scope scope) {
        var where = where(scope, Filter.none());
        var ids = jdbc.sql("select distinct a.owner_user_id from action_item a" + where.sql())
                .params(where.params())
                .query(Long.class)
                .list();
        var names = new java.util.TreeMap<String, Long>();
        accounts.byIds(ids).values().forEach(a -> names.put(a.name() + "\u0000" + a.userId(), a.userId()));
        var byId = new java.util.LinkedHashMap<Long, String>();
        names.forEach((key, id) -> byId.put(id, key.substring(0, key.indexOf('\u0000'))));
        return byId;
    }

    /** The teams owning actions in this list, by name, for the filter. */
    @Transactional(readOnly = true)
    Map<Long, String> teams(Scope scope) {
        var where = where(scope, Filter.none());
        var ids = jdbc.sql("select distinct a.owner_team_id from action_item a" + where.sql()
                        + (where.sql().isEmpty() ? " where" : " and") + " a.owner_team_id is not null")
                .params(where.params())
                .query(Long.class)
                .list();
        var byId = new java.util.LinkedHashMap<Long, String>();
        organisation.teams(ids).values().stream()
                .sorted(java.util.Comparator.comparing(OrganisationDirectory.TeamSummary::name))
                .forEach(t -> byId.put(t.id(), t.name()));
        return byId;
    }

    private record Where(String sql, List<Object> params) {}

    private Where where(Scope scope, Filter filter) {
        var clauses = new ArrayList<String>();
        var params = new ArrayList<Object>();
        add(clauses, params, "a.owner_user_id = ?", scope.ownerUserId());
        if (scope.teamIds() != null) {
            var teams = scope.teamIds().stream().sorted().toList();
            clauses.add(
                    "a.owner_team_id in (" + String.join(", ", java.util.Collections.nCopies(teams.size(), "?")) + ")");
            params.addAll(teams);
        }
        add(
                clauses,
                params,
                "a.status = ?",
                filter.status() == null ? null : filter.status().name());
        add(clauses, params, "a.source = ?", filter.source());
        add(clauses, params, "a.owner_team_id = ?", filter.teamId());
        add(clauses, params, "a.owner_user_id = ?", filter.ownerUserId());
        add(clauses, params, "a.due_date >= ?", filter.dueFrom());
        add(clauses, params, "a.due_date <= ?", filter.dueTo());
        if (filter.overdueOnly()) {
            clauses.add("a.status in ('OPEN', 'IN_PROGRESS', 'RETURNED') and a.due_date < ?");
            params.add(LocalDate.now(clock));
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private static void add(List<String> clauses, List<Object> params, String clause, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.add(value);
        }
    }
}
