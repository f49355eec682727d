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
        return jdbc.sql("select full_name from visitor where id = ?")
                .param(visitorId)
                .query((rs, n) -> new Person(rs.getString("full_name"), null))
                .optional();
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
        return names("staff_member", staffIds);
    }

    @Override
    public Map<Long, String> visitorNames(Collection<Long> visitorIds) {
        return names("visitor", visitorIds);
    }

    private Map<Long, String> names(String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<Long, String>();
        jdbc.sql("select id, full_name from " + table + " where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("full_name"));
                });
        return names;
    }

    @Override
    public List<Visitor> activeVisitors() {
        return jdbc.sql("select id, full_name, organisation from visitor where active = true order by full_name")
                .query((rs, n) -> new Visitor(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
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
