package org.praxis.organisation;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds an organisation in bulk: used by the demo council generator and by tests. */
@Service
public class OrganisationSetup {

    private final JdbcClient jdbc;
    private final StaffRepository staff;
    private final VisitorRepository visitors;
    private final TeamRepository teams;

    OrganisationSetup(JdbcClient jdbc, StaffRepository staff, VisitorRepository visitors, TeamRepository teams) {
        this.jdbc = jdbc;
        this.staff = staff;
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

    @Transactional
    public long addStaff(
            String fullName,
            String workEmail,
            JobRole jobRole,
            Long teamId,
            EmploymentType employmentType,
            LocalDate startDate) {
        return staff.save(new StaffMember(
                        null,
                        fullName,
                        Rules.normaliseEmail(workEmail),
                        jobRole,
                        teamId,
                        employmentType,
                        startDate,
                        true,
                        null))
                .id();
    }

    @Transactional
    public long addVisitor(String fullName, String organisation, VisitorKind kind, String email, boolean cleared) {
        return visitors.save(new Visitor(null, fullName, organisation, kind, email, cleared, true, null))
                .id();
    }
}
