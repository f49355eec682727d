package org.praxis.register.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.praxis.register.reading.Headings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved column mappings for adults' case lists: chosen once, offered again for a file with the same headings. */
@Service
public class ColumnMappings {

    private final JdbcClient jdbc;
    private final Clock clock;

    ColumnMappings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String signature(List<String> headings) {
        return String.join(
                "|",
                headings.stream()
                        .map(Headings::key)
                        .filter(k -> !k.isEmpty())
                        .sorted()
                        .toList());
    }

    private static AdultCaseList.Mapping mapping(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AdultCaseList.Mapping(
                rs.getString("name"),
                rs.getString("case_reference_column"),
                rs.getString("team_column"),
                rs.getString("worker_column"),
                rs.getString("case_type_column"),
                rs.getString("start_date_column"),
                rs.getString("last_review_column"),
                rs.getString("gender_column"),
                rs.getString("ethnicity_column"),
                rs.getString("disability_column"),
                rs.getString("date_of_birth_column"));
    }

    /** The mapping last saved for a file with exactly these headings. */
    @Transactional(readOnly = true)
    public Optional<AdultCaseList.Mapping> forHeadings(List<String> headings) {
        return jdbc.sql(
                        "select * from register_column_mapping where headings = ? order by saved_at desc fetch first 1 rows only")
                .param(ColumnMappings.signature(headings))
                .query(ColumnMappings::mapping)
                .optional();
    }

    /** The mapping saved under this name (for the command line's {@code --mapping NAME}). */
    @Transactional(readOnly = true)
    public Optional<AdultCaseList.Mapping> named(String name) {
        return jdbc.sql(
                        "select * from register_column_mapping where name = ? order by saved_at desc fetch first 1 rows only")
                .param(name)
                .query(ColumnMappings::mapping)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<String> names() {
        return jdbc.sql("select name from register_column_mapping order by name")
                .query(String.class)
                .list();
    }

    /** Saves (or replaces) the mapping under its name. */
    @Transactional
    public void save(AdultCaseList.Mapping m, List<String> headings, String username) {
        jdbc.sql("delete from register_column_mapping where name = ?")
                .param(m.name())
                .update();
        jdbc.sql("""
                        insert into register_column_mapping (name, headings, case_reference_column, team_column,
                            worker_column, case_type_column, start_date_column, last_review_column, gender_column,
                            ethnicity_column, disability_column, date_of_birth_column, saved_by, saved_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        m.name(),
                        ImportRuns.truncate(signature(headings), 4000),
                        m.caseReference(),
                        m.team(),
                        m.worker(),
                        m.caseType(),
                        m.startDate(),
                        m.lastReview(),
                        m.gender(),
                        m.ethnicity(),
                        m.disability(),
                        m.dateOfBirth(),
                        username,
                        Timestamp.from(clock.instant()))
                .update();
    }
}
