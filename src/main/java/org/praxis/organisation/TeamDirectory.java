package org.praxis.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.praxis.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Teams as lists for screens and imports. */
@Service
class TeamDirectory {

    record TeamRow(
            long id,
            String name,
            TeamType teamType,
            String serviceArea,
            String directorate,
            long activeStaff,
            boolean active) {}

    private final JdbcClient jdbc;

    TeamDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> activeTeamOptions() {
        return jdbc.sql("select id, name from team where active = true order by name")
                .query((rs, n) -> new Option(String.valueOf(rs.getLong("id")), rs.getString("name")))
                .list();
    }

    /** Active teams by lower-case name, for matching names in imported files. */
    Map<String, Long> activeTeamIdsByName() {
        return jdbc
                .sql("select id, name from team where active = true")
                .query((rs, n) -> Map.entry(rs.getString("name").toLowerCase(Locale.ROOT), rs.getLong("id")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    boolean isActiveTeam(long id) {
        return jdbc.sql("select count(*) from team where id = ? and active = true")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Option> serviceAreaOptions() {
        return jdbc.sql(
                        "select a.id, d.name as directorate, a.name from service_area a join directorate d on d.id = a.directorate_id order by d.name, a.name")
                .query((rs, n) -> new Option(
                        String.valueOf(rs.getLong("id")), rs.getString("directorate") + ": " + rs.getString("name")))
                .list();
    }
}
