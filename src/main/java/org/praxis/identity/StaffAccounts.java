package org.praxis.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff members' accounts as other modules need them: who may audit, and their names and teams. */
@Service
public class StaffAccounts {

    /** An active account linked to a staff member; the team is the staff member's own team. */
    public record StaffAccount(long userId, String username, String name, Long staffId, Long teamId) {}

    private static final String SELECT = """
            select u.id, u.username, coalesce(s.full_name, u.username) as name, u.staff_id, s.team_id
            from user_account u left join staff_member s on s.id = u.staff_id
            """;

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active accounts holding any of these roles, by name. */
    @Transactional(readOnly = true)
    public List<StaffAccount> withAnyRole(Set<Role> roles) {
        return jdbc.sql(SELECT + " where u.active = true and u.visitor_id is null and exists (select 1 from user_role r"
                        + " where r.user_account = u.id and r.role in (:roles)) order by name, u.id")
                .param("roles", roles.stream().map(Role::name).toList())
                .query(StaffAccounts::map)
                .list();
    }

    /** Active staff accounts whose staff member is in this team, by name. */
    @Transactional(readOnly = true)
    public List<StaffAccount> inTeam(Long teamId) {
        if (teamId == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where u.active = true and s.team_id = :t order by name, u.id")
                .param("t", teamId)
                .query(StaffAccounts::map)
                .list();
    }

    /** Work e-mail addresses of active staff accounts, by account id, for notices sent by e-mail. */
    @Transactional(readOnly = true)
    public Map<Long, String> workEmails(Collection<Long> userIds) {
        var found = new HashMap<Long, String>();
        if (userIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select u.id, s.work_email from user_account u join staff_member s on s.id = u.staff_id"
                        + " where u.id in (:ids) and u.active = true")
                .param("ids", userIds)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getString(2)))
                .list();
        return found;
    }

    /** Accounts by id, for lists that show who does what. */
    @Transactional(readOnly = true)
    public Map<Long, StaffAccount> byIds(Collection<Long> userIds) {
        var found = new HashMap<Long, StaffAccount>();
        if (userIds.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT + " where u.id in (:ids)")
                .param("ids", userIds)
                .query(StaffAccounts::map)
                .list()
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

    /** The active team managers whose scope is this team. */
    @Transactional(readOnly = true)
    public List<Long> managersOf(Long teamId) {
        if (teamId == null) {
            return List.of();
        }
        return jdbc.sql("select u.id from user_account u where u.team_id = :t and u.active = true and exists"
                        + " (select 1 from user_role r where r.user_account = u.id and r.role = 'MANAGER')")
                .param("t", teamId)
                .query(Long.class)
                .list();
    }

    private static StaffAccount map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StaffAccount(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                rs.getObject(5, Long.class));
    }
}
