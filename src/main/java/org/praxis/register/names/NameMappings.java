package org.praxis.register.names;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.praxis.accesslog.AccessLog;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.TeamNameMapped;
import org.praxis.register.indicators.IndicatorCalculation;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.web.Option;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team and worker names from imported files that match nobody in the organisation, and the mappings an admin
 * makes once: remembered for every later import and applied at once to the snapshots already held.
 */
@Service
public class NameMappings {

    public enum Kind {
        TEAM,
        WORKER
    }

    public record Unmatched(String name, long rows) {}

    private final JdbcClient jdbc;
    private final IndicatorCalculation indicators;
    private final AccessLog accessLog;
    private final Clock clock;
    private final OrganisationDirectory organisation;
    private final ApplicationEventPublisher events;

    NameMappings(
            JdbcClient jdbc,
            IndicatorCalculation indicators,
            AccessLog accessLog,
            Clock clock,
            OrganisationDirectory organisation,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.organisation = organisation;
        this.indicators = indicators;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    private static final String LATEST = CaseRegister.LIVE;

    @Transactional(readOnly = true)
    public List<Unmatched> unmatched(Kind kind) {
        var name = kind == Kind.TEAM ? "team_name" : "worker_name";
        var id = kind == Kind.TEAM ? "team_id" : "staff_id";
        return jdbc.sql("select " + name + ", count(*) from register_episode where snapshot_id in " + LATEST + " and "
                        + id + " is null and " + name + " is not null group by " + name + " order by count(*) desc, "
                        + name + " fetch first 200 rows only")
                .query((rs, n) -> new Unmatched(rs.getString(1), rs.getLong(2)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Option> teamOptions() {
        return organisation.activeTeams().stream()
                .map(t -> new Option(String.valueOf(t.id()), t.name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Option> staffOptions() {
        return jdbc.sql("""
                        select s.id, s.full_name, t.name from staff_directory s left join team_directory t on t.id = s.team_id
                        where s.active = true order by s.full_name, t.name
                        """)
                .query((rs, n) -> new Option(
                        String.valueOf(rs.getLong(1)),
                        rs.getString(2) + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")")))
                .list();
    }

    /** Returns false when the chosen team or staff member does not exist. */
    @Transactional
    public boolean map(Kind kind, String sourceName, long targetId, String username) {
        boolean exists = kind == Kind.TEAM
                ? organisation.team(targetId).isPresent()
                : organisation.staffMember(targetId).isPresent();
        if (!exists) {
            return false;
        }
        var key = NameMatcher.key(sourceName);
        jdbc.sql("delete from register_name_mapping where kind = ? and source_name = ?")
                .params(kind.name(), key)
                .update();
        jdbc.sql("""
                        insert into register_name_mapping (kind, source_name, team_id, staff_id, mapped_by, mapped_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        kind.name(),
                        key,
                        kind == Kind.TEAM ? targetId : null,
                        kind == Kind.WORKER ? targetId : null,
                        username,
                        Timestamp.from(clock.instant()))
                .update();
        var name = kind == Kind.TEAM ? "team_name" : "worker_name";
        var id = kind == Kind.TEAM ? "team_id" : "staff_id";
        // Every snapshot held takes the mapping, so comparisons and indicators agree from now on.
        for (var table : List.of("register_episode", "register_case")) {
            jdbc.sql("update " + table + " set " + id + " = ? where " + id + " is null and lower(" + name + ") = ?")
                    .params(targetId, key)
                    .update();
        }
        // Cases changed team or worker: copies of the snapshots held in memory, and comparisons kept between
        // snapshots, must be made again.
        jdbc.sql("update register_snapshot set revision = revision + 1").update();
        if (kind == Kind.TEAM) {
            indicators.recalculateAll();
            // Audits drawn before the mapping carry the case system's name: they take the team too.
            events.publishEvent(new TeamNameMapped(key, targetId));
        }
        accessLog.changed("Register name mapping", kind.name() + ":" + key);
        return true;
    }
}
