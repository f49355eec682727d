package org.praxis.organisation;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds an organisation in bulk: used by the demo council generator and by tests. */
@Service
public class OrganisationSetup {

    private final JdbcClient jdbc;
    private final VisitorRepository visitors;
    private final TeamRepository teams;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    OrganisationSetup(
            JdbcClient jdbc,
            VisitorRepository visitors,
            TeamRepository teams,
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.visitors = visitors;
        this.teams = teams;
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from directorate").query(Long.class).single() == 0;
    }

    @Transactional
    public long addDirectorate(String name, DirectorateKind kind) {
        jdbc.sql("insert into directorate (name, kind) values (?, ?)")
                .params(name, kind.name())
                .update();
        return jdbc.sql("select id from directorate where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    @Transactional
    public long addServiceArea(long directorateId, String name) {
        jdbc.sql("insert into service_area (directorate_id, name) values (?, ?)")
                .params(directorateId, name)
                .update();
        return jdbc.sql("select id from service_area where directorate_id = ? and name = ?")
                .params(directorateId, name)
                .query(Long.class)
                .single();
    }

    @Transactional
    public long addTeam(long serviceAreaId, String name, TeamType type) {
        return teams.save(new Team(null, serviceAreaId, name, type, true, null)).id();
    }

    /** A staff member to add in bulk. */
    public record NewStaffMember(
            String fullName,
            String workEmail,
            JobRole jobRole,
            long teamId,
            EmploymentType employmentType,
            LocalDate startDate) {}

    /** Adds many staff in one batch; returns their ids by (lower-case) work email. */
    @Transactional
    public java.util.Map<String, Long> addStaff(java.util.List<NewStaffMember> staff) {
        var rows = staff.stream()
                .map(s -> new Object[] {
                    s.fullName(),
                    Rules.normaliseEmail(s.workEmail()),
                    s.jobRole().name(),
                    s.teamId(),
                    s.employmentType().name(),
                    s.startDate()
                })
                .toList();
        jdbcTemplate.batchUpdate(
                "insert into staff_member (full_name, work_email, job_role, team_id, employment_type, start_date, active, version)"
                        + " values (?, ?, ?, ?, ?, ?, true, 0)",
                rows);
        var ids = new java.util.HashMap<String, Long>();
        jdbc.sql("select id, work_email from staff_member").query(rs -> {
            ids.put(rs.getString("work_email"), rs.getLong("id"));
        });
        return ids;
    }

    @Transactional
    public long addVisitor(String fullName, String organisation, VisitorKind kind, String email, boolean cleared) {
        return visitors.save(new Visitor(null, fullName, organisation, kind, email, cleared, true, null))
                .id();
    }
}
