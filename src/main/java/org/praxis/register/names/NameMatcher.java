package org.praxis.register.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.reading.Values;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Matches team and worker names in imported files to the organisation: by name first, then by the mappings an
 * admin has made once for names that differ ("CP East" → Child Protection Team East). A staff name shared by two
 * people is not matched: a wrong match would show a case to the wrong team.
 */
public final class NameMatcher {

    private final Map<String, Long> teams = new HashMap<>();
    private final Map<String, Long> staff = new HashMap<>();

    public NameMatcher(JdbcClient jdbc, OrganisationDirectory organisation) {
        organisation.teams().values().forEach(t -> teams.put(key(t.name()), t.id()));
        var ambiguous = new HashSet<String>();
        for (var s : organisation.activeStaff()) {
            var key = key(s.fullName());
            if (staff.put(key, s.id()) != null) {
                ambiguous.add(key);
            }
        }
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

    public Long team(String name) {
        return name == null || name.isEmpty() ? null : teams.get(key(name));
    }

    public Long staff(String name) {
        return name == null || name.isEmpty() ? null : staff.get(key(name));
    }

    /** The form names are compared and remembered in. */
    static String key(String name) {
        return Values.tidy(name).toLowerCase(Locale.ROOT);
    }
}
