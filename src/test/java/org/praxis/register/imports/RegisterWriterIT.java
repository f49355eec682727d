package org.praxis.register.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.CaseType;
import org.praxis.register.names.NameMatcher;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's write path (COPY on PostgreSQL, batches on H2, on a writer thread of its own) stores every value
 * exactly as read, and a failure on either side of it leaves nothing written. Each test works in a transaction it
 * rolls back, so the register the other tests see never changes.
 */
@PraxisIntegrationTest
class RegisterWriterIT {

    private static final LocalDate AS_AT = LocalDate.of(2026, 11, 20);

    /** What COPY's text format would misread if a value were not escaped, and text beyond Latin-1. */
    private static final List<String> AWKWARD = List.of(
            "O'Brien \"North\" Team",
            "back\\slash and \\\\ two",
            "tab\there",
            "new\nline",
            "carriage\rreturn\r\n",
            "\\N",
            "\\.",
            "\\t is not a tab",
            "ends in a backslash\\",
            "semi;colon, comma | pipe",
            "José Álvarez – Zoë Ñúñez",
            "Child 😀 with a pair of surrogates 𝄞",
            "中文 العربية עברית",
            "\u00A0non-breaking\u2007spaces\u202F");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    OrganisationDirectory organisation;

    private static Episode episode(String reference, int row, String text, String details) {
        return new Episode(
                reference,
                4,
                CaseType.ASSESSMENT,
                row,
                LocalDate.of(2026, 10, 1),
                row % 2 == 0 ? null : LocalDate.of(2026, 10, 20),
                null,
                null,
                row % 3 == 0 ? null : row % 7,
                null,
                null,
                text,
                text,
                details,
                row % 2 == 0,
                new Episode.Person(
                        text,
                        text,
                        text.length() > 20 ? null : text,
                        text.length() > 20 ? "" : text,
                        row % 5 == 0 ? null : LocalDate.of(2019, 2, 28),
                        row % 5 == 0 ? 7 : null));
    }

    /** Writes in a transaction that is then rolled back, looking at what was written before it is. */
    private void inSnapshot(List<Episode> episodes, Consumer<Long> whileWritten) {
        transaction.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            long snapshotId = snapshot();
            try (var writer = new RegisterWriter(
                    DataSourceUtils.getConnection(dataSource),
                    snapshotId,
                    new NameMatcher(jdbc, organisation),
                    AS_AT)) {
                episodes.forEach(writer::add);
                writer.finish();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            whileWritten.accept(snapshotId);
        });
    }

    private long snapshot() {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into register_snapshot (source, as_at, import_id, imported_by, imported_at, file_sha256,
                            case_count, episode_count)
                        values ('WRITER_TEST', ?, 0, 'writer.test', ?, 'none', 0, 0)
                        """).params(AS_AT, Timestamp.from(Instant.now())).update(keys, "id");
        return keys.getKey().longValue();
    }

    @Test
    void valuesWithQuotesTabsBackslashesNewlinesAndAnyScriptComeBackExactly() {
        var episodes = new ArrayList<Episode>();
        // Enough rows for several chunks through the queue and several sends of the COPY buffer.
        for (int i = 0; i < 2_500; i++) {
            var text = AWKWARD.get(i % AWKWARD.size());
            var details = "Source: " + text + "\n" + "Reason: " + "x".repeat(i % 50) + text + "\n";
            episodes.add(episode("AWK-" + i + "-" + text.substring(0, Math.min(10, text.length())), i, text, details));
        }

        inSnapshot(episodes, snapshotId -> {
            var stored = jdbc.sql("""
                            select case_reference, source_row, team_name, worker_name, details, gender, ethnicity,
                                disability, uasc, date_of_birth, age_years, end_date, referrals_in_12_months,
                                open_episode
                            from register_episode where snapshot_id = ? order by source_row""")
                    .param(snapshotId)
                    .query((rs, n) -> List.of(
                            rs.getString(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            String.valueOf(rs.getString(8)),
                            String.valueOf(rs.getString(9)),
                            String.valueOf(rs.getObject(10, LocalDate.class)),
                            String.valueOf(rs.getObject(11, Integer.class)),
                            String.valueOf(rs.getObject(12, LocalDate.class)),
                            String.valueOf(rs.getObject(13, Integer.class)),
                            rs.getBoolean(14)))
                    .list();
            var expected = episodes.stream()
                    .map(e -> List.of(
                            e.caseReference(),
                            e.sourceRow(),
                            e.teamName(),
                            e.workerName(),
                            e.details(),
                            e.person().gender(),
                            e.person().ethnicity(),
                            String.valueOf(e.person().disability()),
                            // Blank is stored as null, as the inserts always have.
                            String.valueOf(
                                    e.person().uasc() == null
                                                    || e.person().uasc().isEmpty()
                                            ? null
                                            : e.person().uasc()),
                            String.valueOf(e.person().dateOfBirth()),
                            String.valueOf(e.person().age()),
                            String.valueOf(e.end()),
                            String.valueOf(e.referralsIn12Months()),
                            e.open()))
                    .toList();
            assertThat(stored).containsExactlyElementsOf(expected);

            var cases = jdbc.sql("select case_reference, team_name, gender from register_case where snapshot_id = ?"
                            + " order by case_reference")
                    .param(snapshotId)
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list();
            assertThat(cases)
                    .containsExactlyInAnyOrderElementsOf(episodes.stream()
                            .map(e -> List.of(
                                    e.caseReference(), e.teamName(), e.person().gender()))
                            .toList());
        });
    }

    @Test
    void aValueTheDatabaseRefusesEndsTheWritingWithAnErrorAndNothingIsWritten() {
        var episodes = new ArrayList<Episode>();
        for (int i = 0; i < 2_500; i++) {
            episodes.add(episode("REFUSED-" + i, i, "Team " + i, ""));
        }
        // Longer than the column holds (the reader never passes one: this stands for any refusal by the database).
        episodes.add(episode("REFUSED-LAST", 2_500, "T".repeat(300), ""));

        assertThatThrownBy(() -> inSnapshot(episodes, snapshotId -> {}))
                .hasRootCauseInstanceOf(java.sql.SQLException.class);

        assertThat(jdbc.sql("select count(*) from register_episode where case_reference like 'REFUSED-%'")
                        .query(Long.class)
                        .single())
                .isZero();
        // The connection went back to the pool fit for the next import.
        valuesWithQuotesTabsBackslashesNewlinesAndAnyScriptComeBackExactly();
    }

    @Test
    void aFailureWhileReadingStopsTheWriterAndNothingIsWritten() {
        var seen = new ArrayList<Long>();
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                    long snapshotId = snapshot();
                    seen.add(snapshotId);
                    try (var writer = new RegisterWriter(
                            DataSourceUtils.getConnection(dataSource),
                            snapshotId,
                            new NameMatcher(jdbc, organisation),
                            AS_AT)) {
                        for (int i = 0; i < 4_500; i++) {
                            writer.add(episode("HALF-" + i, i, "Team", ""));
                        }
                        // A problem found late in the file, a cancel, or anything else the reader throws.
                        throw new IllegalStateException("late in the file");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .hasMessage("late in the file");

        assertThat(jdbc.sql("select count(*) from register_episode where case_reference like 'HALF-%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from register_snapshot where id = ?")
                        .param(seen.getFirst())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
