package org.praxis.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams: list with their service and head count, add, rename or move, deactivate when empty. */
@Service
class TeamRecords {

    static final String RECORD_TYPE = "TEAM";

    record Filter(
            String name, String directorateKind, Long serviceAreaId, TeamType teamType, boolean includeInactive) {}

    record TeamDetails(String name, long serviceAreaId, TeamType teamType) {}

    /** The name another team has: shown against the name field. */
    static final String CHANGED_MEANWHILE =
            "Someone else changed this team while you were editing it. Open it again to see their change.";

    static Refused nameInUse() {
        return new Refused("name", "A team with this name already exists");
    }

    private final JdbcClient jdbc;
    private final TeamRepository teams;
    private final AccessLog accessLog;

    TeamRecords(JdbcClient jdbc, TeamRepository teams, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.accessLog = accessLog;
    }

    @Transactional(readOnly = true)
    PageOf<TeamDirectory.TeamRow> list(Filter filter, ListPage page) {
        var clauses = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.name() != null && !filter.name().isBlank()) {
            clauses.add("lower(t.name) like :name");
            params.put("name", "%" + Rules.tidy(filter.name()).toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.directorateKind() != null && !filter.directorateKind().isBlank()) {
            clauses.add("d.kind = :kind");
            params.put("kind", filter.directorateKind());
        }
        if (filter.serviceAreaId() != null) {
            clauses.add("t.service_area_id = :area");
            params.put("area", filter.serviceAreaId());
        }
        if (filter.teamType() != null) {
            clauses.add("t.team_type = :type");
            params.put("type", filter.teamType().name());
        }
        if (!filter.includeInactive()) {
            clauses.add("t.active = true");
        }
        var where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        var from =
                " from team t join service_area a on a.id = t.service_area_id join directorate d on d.id = a.directorate_id";
        long total = jdbc.sql("select count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("select t.id, t.name, t.team_type, a.name as area, d.name as directorate, t.active,"
                        + " (select count(*) from staff_member s where s.team_id = t.id and s.active = true) as staff"
                        + from + where + " order by d.name, a.name, t.name limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new TeamDirectory.TeamRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        TeamType.valueOf(rs.getString("team_type")),
                        rs.getString("area"),
                        rs.getString("directorate"),
                        rs.getLong("staff"),
                        rs.getBoolean("active")))
                .list();
        return page.of(rows, total);
    }

    @Transactional(readOnly = true)
    Team get(long id) {
        return teams.findById(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    @Transactional
    long add(TeamDetails details) {
        try {
            var saved =
                    teams.save(new Team(null, details.serviceAreaId(), details.name(), details.teamType(), true, null));
            accessLog.changed(RECORD_TYPE, saved.id());
            return saved.id();
        } catch (DuplicateKeyException
                | org.springframework.data.relational.core.conversion.DbActionExecutionException e) {
            throw SaveFailures.explain(e, TeamRecords::nameInUse, CHANGED_MEANWHILE);
        }
    }

    @Transactional
    void update(long id, int version, TeamDetails details) {
        var current = get(id);
        try {
            teams.save(new Team(
                    id, details.serviceAreaId(), details.name(), details.teamType(), current.active(), version));
        } catch (org.springframework.data.relational.core.conversion.DbActionExecutionException
                | org.springframework.dao.OptimisticLockingFailureException e) {
            throw SaveFailures.explain(e, TeamRecords::nameInUse, CHANGED_MEANWHILE);
        }
        accessLog.changed(RECORD_TYPE, id);
    }

    /** A team can be closed only once nobody active is left in it. */
    @Transactional
    void setActive(long id, boolean active) {
        var current = get(id);
        if (!active) {
            long staff = jdbc.sql("select count(*) from staff_member where team_id = ? and active = true")
                    .param(id)
                    .query(Long.class)
                    .single();
            if (staff > 0) {
                throw new Refused("This team still has " + staff
                        + " active staff. Move them to another team or deactivate them, then close the team.");
            }
        }
        teams.save(
                new Team(id, current.serviceAreaId(), current.name(), current.teamType(), active, current.version()));
        accessLog.changed(RECORD_TYPE, id);
    }
}
