package org.praxis.organisation;

import java.util.List;
import java.util.Optional;
import org.praxis.identity.PersonDirectory;
import org.praxis.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Tells identity who an account belongs to. */
@Service
class OrganisationPeople implements PersonDirectory {

    private final JdbcClient jdbc;
    private final TeamDirectory teams;

    OrganisationPeople(JdbcClient jdbc, TeamDirectory teams) {
        this.jdbc = jdbc;
        this.teams = teams;
    }

    @Override
    public Optional<Person> staffMember(long staffId) {
        return jdbc.sql("select full_name, team_id from staff_member where id = ?")
                .param(staffId)
                .query((rs, n) -> new Person(rs.getString("full_name"), (Long) rs.getObject("team_id", Long.class)))
                .optional();
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
    public java.util.Map<Long, String> staffNames(java.util.Collection<Long> staffIds) {
        return names("staff_member", staffIds);
    }

    @Override
    public java.util.Map<Long, String> visitorNames(java.util.Collection<Long> visitorIds) {
        return names("visitor", visitorIds);
    }

    private java.util.Map<Long, String> names(String table, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var names = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, full_name from " + table + " where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("full_name"));
                });
        return names;
    }

    @Override
    public List<Option> activeVisitors() {
        return jdbc.sql("select id, full_name, organisation from visitor where active = true order by full_name")
                .query((rs, n) -> new Option(
                        String.valueOf(rs.getLong("id")),
                        rs.getString("full_name") + " (" + rs.getString("organisation") + ")"))
                .list();
    }

    @Override
    public List<Option> activeTeams() {
        return teams.activeTeamOptions();
    }
}
