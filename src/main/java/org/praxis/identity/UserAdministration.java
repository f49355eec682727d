package org.praxis.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators give people access: accounts, roles, team scope, passwords. Changing someone's roles
 * or deactivating them ends their sessions, so the change takes effect at once.
 */
@Service
class UserAdministration {

    static final String RECORD_TYPE = "USER";
    static final int MIN_PASSWORD = 12;

    record ListItem(long id, String username, String person, Set<Role> roles, boolean active) {}

    record Filter(String text, Role role, boolean includeInactive) {}

    /** The username someone already has: shown against the username field. */
    static Refused usernameInUse() {
        return new Refused("username", "This username is already taken");
    }

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final PersonDirectory people;
    private final PasswordEncoder passwords;
    private final AccessLog accessLog;
    private final org.springframework.beans.factory.ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final Accounts accountCreation;

    private final AccountScopes scopes;

    UserAdministration(
            JdbcClient jdbc,
            UserAccountRepository accounts,
            PersonDirectory people,
            PasswordEncoder passwords,
            AccessLog accessLog,
            org.springframework.beans.factory.ObjectProvider<FindByIndexNameSessionRepository<?>> sessions,
            Accounts accountCreation,
            AccountScopes scopes) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.people = people;
        this.passwords = passwords;
        this.accessLog = accessLog;
        this.sessions = sessions;
        this.accountCreation = accountCreation;
    }

    @Transactional(readOnly = true)
    PageOf<ListItem> list(Filter filter, ListPage page) {
        var clauses = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.text() != null && !filter.text().isBlank()) {
            clauses.add("u.username like :text");
            params.put("text", "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.role() != null) {
            clauses.add("exists (select 1 from user_role r where r.user_account = u.id and r.role = :role)");
            params.put("role", filter.role().name());
        }
        if (!filter.includeInactive()) {
            clauses.add("u.active = true");
        }
        var where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        long total = jdbc.sql("select count(*) from user_account u" + where)
                .params(params)
                .query(Long.class)
                .single();
        record Row(long id, String username, Long staffId, Long visitorId, boolean active) {}
        var rows = jdbc.sql("select u.id, u.username, u.staff_id, u.visitor_id, u.active from user_account u" + where
                        + " order by u.username limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getObject("staff_id", Long.class),
                        rs.getObject("visitor_id", Long.class),
                        rs.getBoolean("active")))
                .list();
        var roles = rolesOf(rows.stream().map(Row::id).toList());
        var staffNames = people.staffNames(rows.stream()
                .map(Row::staffId)
                .filter(java.util.Objects::nonNull)
                .toList());
        var visitorNames = people.visitorNames(rows.stream()
                .map(Row::visitorId)
                .filter(java.util.Objects::nonNull)
                .toList());
        var items = rows.stream()
                .map(r -> new ListItem(
                        r.id(),
                        r.username(),
                        r.staffId() != null ? staffNames.get(r.staffId()) : visitorNames.get(r.visitorId()),
                        roles.getOrDefault(r.id(), EnumSet.noneOf(Role.class)),
                        r.active()))
                .toList();
        return page.of(items, total);
    }

    private Map<Long, Set<Role>> rolesOf(Collection<Long> ids) {
        var roles = new HashMap<Long, Set<Role>>();
        if (!ids.isEmpty()) {
            jdbc.sql("select user_account, role from user_role where user_account in (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                                .add(Role.valueOf(rs.getString(2)));
                    });
        }
        return roles;
    }

    @Transactional
    UserAccount get(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new org.praxis.web.NotFound());
        accessLog.viewed(RECORD_TYPE, id);
        return account;
    }

    @Transactional
    long create(String username, String password, Long staffId, Long visitorId, Long teamId, Set<Role> roles) {
        var name = AccountDetailsService.normalise(username);
        if (accounts.existsByUsername(name)) {
            throw usernameInUse();
        }
        long id = accountCreation.create(name, password, staffId, visitorId, teamId, roles);
        accessLog.changed(RECORD_TYPE, id);
        return id;
    }

    @Transactional
    void update(
            long id,
            int version,
            Set<Role> roles,
            Long teamId,
            boolean active,
            String newPassword,
            AccountScopes.Wider wider) {
        var current = accounts.findById(id).orElseThrow();
        var changed = new UserAccount(
                        current.id(),
                        current.username(),
                        current.passwordHash(),
                        current.staffId(),
                        current.visitorId(),
                        current.teamId(),
                        current.active(),
                        current.createdAt(),
                        version,
                        current.roles())
                .withRolesScopeAndActive(roles, teamId, active);
        if (newPassword != null && !newPassword.isBlank()) {
            changed = changed.withPasswordHash(passwords.encode(newPassword));
        }
        accounts.save(changed);
        scopes.replace(id, wider);
        accessLog.changed(RECORD_TYPE, id);
        endSessionsOf(current.username());
    }

    /** Ends every session of this user, on every instance, so new roles or a deactivation apply at once. */
    private void endSessionsOf(String username) {
        // No session store outside the web application (command-line runs): nothing to end.
        sessions.ifAvailable(
                store -> store.findByPrincipalName(username).keySet().forEach(store::deleteById));
    }
}
