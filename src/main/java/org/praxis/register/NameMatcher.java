package org.praxis.register;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Matches team and worker names in imported files to the organisation: by name first, then by the mappings an
 * admin has made once for names that differ ("CP East" → Child Protection Team East). A staff name shared by two
 * people is not matched: a wrong match would show a case to the wrong team.
 */
final class NameMatcher {

    private final Map<String, Long> teams = new HashMap<>();
    private final Map<String, Long> staff = new HashMap<>();

    NameMatcher(JdbcClient jdbc) {
        jdbc.sql("select id, name from team")
                .query((rs, n) -> teams.put(key(rs.getString(2)), rs.getLong(1)))
                .list();
        var ambiguous = new HashSet<String>();
        jdbc.sql("select id, full_name from staff_member where active = true")
                .query((rs, n) -> {
                    var key = key(rs.getString(2));
                    if (staff.put(key, rs.getLong(1)) != null) {
                        ambiguous.add(key);
                    }
                    return null;
                })
                .list();
        ambiguous.forEach(staff::remove);
        jdbc.sql("select kind, source_name, team_id, staff_id from register_name_mapping")
                .query((rs, n) -> {
                    if ("TEAM".equals(rs.getString(1))) {
                        teams.put(rs.getString(2), rs.getLong(3));
                    } else {
                        staff.put(rs.getString(2), rs.getLong(4));
                    }
                    return null;
                })
                .list();
    }

    Long team(String name) {
        return name == null || name.isEmpty() ? null : teams.get(key(name));
    }

    Long staff(String name) {
        return name == null || name.isEmpty() ? null : staff.get(key(name));
    }

    /** The form names are compared and remembered in. */
    static String key(String name) {
        return Values.tidy(name).toLowerCase(Locale.ROOT);
    }
}
