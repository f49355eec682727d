package org.praxis.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.praxis.identity.PersonDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Tells identity who an account belongs to. */
@Service
class OrganisationPeople implements PersonDirectory {

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;

    OrganisationPeople(JdbcClient jdbc, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public Optional<Person> staffMember(long staffId) {
        return directory.staffMember(staffId).map(OrganisationPeople::person);
    }

    @Override
    public Optional<Person> visitor(long visitorId) {
        return directory.visitor(visitorId).map(v -> new Person(v.fullName(), null));
    }

    @Override
    public Optional<Long> staffIdByWorkEmail(String workEmail) {
        return jdbc.sql("select id from staff_member where work_email = ? and active = true")
                .param(Rules.normaliseEmail(workEmail))
                .query(Long.class)
                .optional();
    }

    @Override
    public Map<Long, Person> staffMembers(Collection<Long> staffIds) {
        var people = new HashMap<Long, Person>();
        directory.staffMembers(staffIds).forEach((id, s) -> people.put(id, person(s)));
        return people;
    }

    @Override
    public Set<Long> staffInTeam(long teamId) {
        return Set.copyOf(jdbc.sql("select id from staff_member where team_id = ?")
                .param(teamId)
                .query(Long.class)
                .list());
    }

    @Override
    public Set<Long> teamsInServices(Collection<Long> serviceAreaIds) {
        return directory.teamIdsIn(serviceAreaIds, false);
    }

    @Override
    public List<Team> services() {
        return directory.serviceAreas().stream()
                .map(a -> new Team(a.id(), a.name()))
                .toList();
    }

    @Override
    public Set<Long> seniorPractitioners(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from staff_member where id in (:ids) and job_role = :role")
                .param("ids", staffIds)
                .param("role", JobRole.SENIOR_PRACTITIONER.name())
                .query(Long.class)
                .list());
    }

    @Override
    public Map<Long, String> workEmails(Collection<Long> staffIds) {
        var emails = new HashMap<Long, String>();
        if (!staffIds.isEmpty()) {
            jdbc.sql("select id, work_email from staff_member where id in (:ids)")
                    .param("ids", staffIds)
                    .query(rs -> {
                        emails.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return emails;
    }

    @Override
    public Map<Long, String> staffNames(Collection<Long> staffIds) {
        var names = new HashMap<Long, String>();
        directory.staffMembers(staffIds).forEach((id, s) -> names.put(id, s.fullName()));
        return names;
    }

    @Override
    public Map<Long, String> visitorNames(Collection<Long> visitorIds) {
        var names = new HashMap<Long, String>();
        directory.visitors(visitorIds).forEach((id, v) -> names.put(id, v.fullName()));
        return names;
    }

    @Override
    public List<Visitor> activeVisitors() {
        return directory.activeVisitors().stream()
                .map(v -> new Visitor(v.id(), v.fullName(), v.organisation()))
                .toList();
    }

    @Override
    public List<Team> activeTeams() {
        return directory.activeTeams().stream()
                .map(t -> new Team(t.id(), t.name()))
                .toList();
    }

    private static Person person(OrganisationDirectory.StaffSummary staff) {
        return new Person(staff.fullName(), staff.teamId());
    }
}
