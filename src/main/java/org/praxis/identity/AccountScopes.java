package org.praxis.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scopes wider than one team (decision 0029): a service manager's further teams, or every team of a service. The
 * teams are worked out at sign-in and carried by {@link CurrentUser#teamIds()}, which every team-scope rule asks.
 */
@Service
public class AccountScopes {

    /** What an administrator chose beyond the account's first team. */
    public record Wider(Set<Long> teamIds, Set<Long> serviceIds) {
        public static final Wider NONE = new Wider(Set.of(), Set.of());
    }

    private final JdbcClient jdbc;
    private final PersonDirectory people;

    AccountScopes(JdbcClient jdbc, PersonDirectory people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Wider wider(long userId) {
        var teams = new HashSet<Long>();
        var services = new HashSet<Long>();
        jdbc.sql("select team_id, service_area_id from user_account_scope where user_account = ?")
                .param(userId)
                .query(rs -> {
                    long team = rs.getLong(1);
                    if (!rs.wasNull()) {
                        teams.add(team);
                    }
                    long service = rs.getLong(2);
                    if (!rs.wasNull()) {
                        services.add(service);
                    }
                });
        return new Wider(Set.copyOf(teams), Set.copyOf(services));
    }

    /** Every team the wider scope names: its teams, and every team of its services. */
    @Transactional(readOnly = true)
    public Set<Long> teamsOf(long userId) {
        var wider = wider(userId);
        var teams = new HashSet<>(wider.teamIds());
        teams.addAll(people.teamsInServices(wider.serviceIds()));
        return teams;
    }

    /** The wider teams of many accounts at once, for the auditors' conflict rule. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> teamsOf(Collection<Long> userIds) {
        var found = new HashMap<Long, Set<Long>>();
        for (var id : userIds) {
            var teams = teamsOf(id);
            if (!teams.isEmpty()) {
                found.put(id, teams);
            }
        }
        return found;
    }

    @Transactional
    void replace(long userId, Wider wider) {
        jdbc.sql("delete from user_account_scope where user_account = ?")
                .param(userId)
                .update();
        wider.teamIds()
                .forEach(t -> jdbc.sql("insert into user_account_scope (user_account, team_id) values (?, ?)")
                        .params(userId, t)
                        .update());
        wider.serviceIds()
                .forEach(s -> jdbc.sql("insert into user_account_scope (user_account, service_area_id) values (?, ?)")
                        .params(userId, s)
                        .update());
    }
}
