package org.praxis.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationSetup;
import org.praxis.organisation.TeamType;
import org.springframework.context.ApplicationContext;

/** A test's own team, staff and accounts, with names no other test uses. */
final class WorkforceFixture {

    final String id = UUID.randomUUID().toString().substring(0, 8);
    final long team;
    private final long area;
    private final OrganisationSetup setup;
    private final Accounts accounts;

    WorkforceFixture(ApplicationContext context) {
        setup = context.getBean(OrganisationSetup.class);
        accounts = context.getBean(Accounts.class);
        var directory = context.getBean(OrganisationDirectory.class);
        area = directory.activeTeams().getFirst().serviceAreaId();
        team = setup.addTeam(area, "Workforce team " + id, TeamType.values()[0]);
    }

    /** A second team of the test's own, in the same service area. */
    long anotherTeam() {
        return setup.addTeam(area, "Other workforce team " + id, TeamType.values()[0]);
    }

    String name(String first) {
        return first + " " + id;
    }

    String email(String first) {
        return first.toLowerCase().replace(' ', '.') + "." + id + "@northbridge.example";
    }

    /** A staff member of the team, by their first name. */
    long staff(String first, JobRole role, EmploymentType type, LocalDate started) {
        return staffIn(team, first, role, type, started);
    }

    long staffIn(long teamId, String first, JobRole role, EmploymentType type, LocalDate started) {
        return setup.addStaff(List.of(
                        new OrganisationSetup.NewStaffMember(name(first), email(first), role, teamId, type, started)))
                .get(email(first));
    }

    /** An account for the staff member, scoped to their team; its username. */
    String account(String first, long staffId, long teamId, Role role) {
        var username = first.toLowerCase() + "." + id;
        accounts.create(username, "a-long-password-1", staffId, null, teamId, Set.of(role));
        return username;
    }
}
