package org.praxis.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff members' accounts as other modules need them: who may audit, and their names and teams. */
@Service
public class StaffAccounts {

    /** An active account linked to a staff member; the team is the staff member's own team. */
    public record StaffAccount(long userId, String username, String name, Long staffId, Long teamId) {}

    /** Accounts of staff members: their names and teams come from the organisation. */
    private static final String SELECT = "select id, username, staff_id from user_account";

    private record Row(long userId, String username, Long staffId) {}

    private final JdbcClient jdbc;
    private final PersonDirectory people;
    private final AccountScopes scopes;

    StaffAccounts(JdbcClient jdbc, PersonDirectory people, AccountScopes scopes) {
        this.jdbc = jdbc;
        this.people = people;
        this.scopes = scopes;
    }

    /** Teams beyond their own that these accounts' holders look after (service managers), for the conflict rule. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> widerTeams(Collection<Long> userIds) {
        return scopes.teamsOf(userIds);
    }

    /** Active accounts holding any of these roles, by name. */
    @Transactional(readOnly = true)
    public List<StaffAccount> withAnyRole(Set<Role> roles) {
        return byName(named(jdbc.sql(SELECT + " u where u.active = true and u.visitor_id is null and exists"
                        + " (select 1 from user_role r where r.user_account = u.id and r.role in (:roles))")
                .param("roles", roles.stream().map(Role::name).toList())
                .query(StaffAccounts::row)
                .list()));
    }

    /**
     * Everyone who may be given audits, by name: leaders and QA leads, and for peer audit team managers and senior
     * practitioners (the same rule applies to all: never a case of their own team or caseload).
     */
    @Transactional(readOnly = true)
    public List<StaffAccount> auditors(Set<Role> auditorRoles) {
        var found = new java.util.LinkedHashMap<Long, StaffAccount>();
        withAnyRole(auditorRoles).forEach(a -> found.put(a.userId(), a));
        withAnyRole(Set.of(Role.MANAGER)).forEach(a -> found.putIfAbsent(a.userId(), a));
        var practitioners = withAnyRole(Set.of(Role.PRACTITIONER));
        var seniors = people.seniorPractitioners(practitioners.stream()
                .map(StaffAccount::staffId)
                .filter(Objects::nonNull)
                .toList());
        practitioners.stream()
                .filter(a -> a.staffId() != null && seniors.contains(a.staffId()))
                .forEach(a -> found.putIfAbsent(a.userId(), a));
        return byName(List.copyOf(found.values()));
    }

    /** The name of the person behind a username (their staff record's name), for pages that record who did what. */
    @Transactional(readOnly = true)
    public String nameOf(String username) {
        if (username == null) {
            return "";
        }
        var rows = jdbc.sql(SELECT + " where username = :u")
                .param("u", username)
                .query(StaffAccounts::row)
                .list();
        return rows.isEmpty() ? standsFor(username) : named(rows).getFirst().name();
    }

    /**
     * What a username with no account stands for: the demo council's set-up (which records "demo"), or itself (an
     * account since deleted, a command line run).
     */
    private static String standsFor(String username) {
        return "demo".equals(username) ? "Demo set-up" : username;
    }

    /** The names behind several usernames at once (a username with no staff record stands for itself). */
    @Transactional(readOnly = true)
    public Map<String, String> namesOf(Collection<String> usernames) {
        var wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        var names = new java.util.HashMap<String, String>();
        wanted.forEach(u -> names.put(u, standsFor(u)));
        if (!wanted.isEmpty()) {
            named(jdbc.sql(SELECT + " where username in (:u)")
                            .param("u", wanted)
                            .query(StaffAccounts::row)
                            .list())
                    .forEach(a -> names.put(a.username(), a.name()));
        }
        return names;
    }

    /** Active staff accounts whose staff member is in this team, by name. */
    @Transactional(readOnly = true)
    public List<StaffAccount> inTeam(Long teamId) {
        if (teamId == null) {
            return List.of();
        }
        var staff = people.staffInTeam(teamId);
        if (staff.isEmpty()) {
            return List.of();
        }
        return byName(named(jdbc.sql(SELECT + " where active = true and staff_id in (:staff)")
                .param("staff", staff)
                .query(StaffAccounts::row)
                .list()));
    }

    /** Work e-mail addresses of active staff accounts, by account id, for notices sent by e-mail. */
    @Transactional(readOnly = true)
    public Map<Long, String> workEmails(Collection<Long> userIds) {
        var found = new HashMap<Long, String>();
        if (userIds.isEmpty()) {
            return found;
        }
        var rows = jdbc.sql(SELECT + " where id in (:ids) and active = true and staff_id is not null")
                .param("ids", userIds)
                .query(StaffAccounts::row)
                .list();
        var emails = people.workEmails(rows.stream().map(Row::staffId).toList());
        rows.stream()
                .filter(r -> emails.containsKey(r.staffId()))
                .forEach(r -> found.put(r.userId(), emails.get(r.staffId())));
        return found;
    }

    /** Accounts by id, for lists that show who does what. */
    @Transactional(readOnly = true)
    public Map<Long, StaffAccount> byIds(Collection<Long> userIds) {
        var found = new HashMap<Long, StaffAccount>();
        if (userIds.isEmpty()) {
            return found;
        }
        named(jdbc.sql(SELECT + " where id in (:ids)")
                        .param("ids", userIds)
                        .query(StaffAccounts::row)
                        .list())
                .forEach(a -> found.put(a.userId(), a));
        return found;
    }

    /** The active accounts of a staff member (usually one), for telling them something. */
    @Transactional(readOnly = true)
    public List<Long> accountsOf(Long staffId) {
        if (staffId == null) {
            return List.of();
        }
        return jdbc.sql("select id from user_account where staff_id = :s and active = true")
                .param("s", staffId)
                .query(Long.class)
                .list();
    }

    /** The active accounts of each of these staff members, in one query; those without one are left out. */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> accountsOfStaff(Collection<Long> staffIds) {
        var accounts = new java.util.HashMap<Long, List<Long>>();
        if (!staffIds.isEmpty()) {
            jdbc.sql("select staff_id, id from user_account where active = true and staff_id in (:s)")
                    .param("s", staffIds)
                    .query((java.sql.ResultSet rs) -> {
                        accounts.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                                .add(rs.getLong(2));
                    });
        }
        return accounts;
    }

    /** The active team managers whose scope is this team. */
    @Transactional(readOnly = true)
    public List<Long> managersOf(Long teamId) {
        if (teamId == null) {
            return List.of();
        }
        var managers = new java.util.LinkedHashSet<>(jdbc.sql("select u.id from user_account u where u.team_id = :t"
                        + " and u.active = true and exists"
                        + " (select 1 from user_role r where r.user_account = u.id and r.role = 'MANAGER')")
                .param("t", teamId)
                .query(Long.class)
                .list());
        // Service managers whose wider scope takes in this team (decision 0029).
        jdbc
                .sql("select distinct u.id from user_account u join user_account_scope s on s.user_account = u.id"
                        + " where u.active = true and exists"
                        + " (select 1 from user_role r where r.user_account = u.id and r.role = 'MANAGER')")
                .query(Long.class)
                .list()
                .stream()
                .filter(id -> scopes.teamsOf(id).contains(teamId))
                .forEach(managers::add);
        return List.copyOf(managers);
    }

    /** One look-up for all the staff members behind these accounts; an account without one is named by username. */
    private List<StaffAccount> named(List<Row> rows) {
        var staff = people.staffMembers(
                rows.stream().map(Row::staffId).filter(Objects::nonNull).toList());
        return rows.stream()
                .map(r -> {
                    var person = r.staffId() == null ? null : staff.get(r.staffId());
                    return new StaffAccount(
                            r.userId(),
                            r.username(),
                            person == null ? r.username() : person.displayName(),
                            r.staffId(),
                            person == null ? null : person.teamId());
                })
                .toList();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class));
    }

    private static List<StaffAccount> byName(List<StaffAccount> accounts) {
        return accounts.stream()
                .sorted(Comparator.comparing(StaffAccount::name).thenComparingLong(StaffAccount::userId))
                .toList();
    }
}
