package org.praxis.healthcheck;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a year's action plan was agreed with the trade unions, and what was agreed. */
@Service
@Transactional
class HealthCheckPlans {

    static final String SOURCE = "HEALTH_CHECK";

    record Plan(
            int year,
            boolean agreedWithUnions,
            String note,
            String updatedBy,
            LocalDateTime updatedAt,
            int lockVersion) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    HealthCheckPlans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Plan> plan(int year) {
        return jdbc.sql("select check_year, agreed_with_unions, agreement_note, updated_by, updated_at, lock_version"
                        + " from health_check_plan where check_year = ?")
                .param(year)
                .query((rs, n) -> new Plan(
                        rs.getInt(1),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime(),
                        rs.getInt(6)))
                .optional();
    }

    /** Records the agreement; {@code lockVersion} null for a year with none recorded yet. */
    void record(int year, boolean agreed, String note, Integer lockVersion, String username) {
        var now = Timestamp.from(clock.instant());
        var tidy = note == null || note.isBlank() ? null : note.strip();
        if (plan(year).isEmpty()) {
            jdbc.sql("insert into health_check_plan (check_year, agreed_with_unions, agreement_note, updated_by,"
                            + " updated_at) values (?, ?, ?, ?, ?)")
                    .params(year, agreed, tidy, username, now)
                    .update();
            return;
        }
        int changed = jdbc.sql(
                        "update health_check_plan set agreed_with_unions = ?, agreement_note = ?, updated_by = ?,"
                                + " updated_at = ?, lock_version = lock_version + 1 where check_year = ? and lock_version = ?")
                .params(agreed, tidy, username, now, year, lockVersion == null ? -1 : lockVersion)
                .update();
        if (changed == 0) {
            throw new Refused("Someone changed the plan's agreement after you opened the page: look at it again");
        }
    }
}
