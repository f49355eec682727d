package org.praxis.register.imports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.praxis.register.snapshots.CaseRegister;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The guard against a file that would wipe the register by mistake (a 4-row test list replacing 600 cases): when the
 * open cases of a new snapshot differ from the register's by more than a share ({@code
 * praxis.register.sharp-change-share}, 20% unless set; 0 turns the guard off), the import waits for a person.
 */
@Component
public class SharpChange {

    /** Open cases in the register now and in the new snapshot. */
    public record Comparison(long shownSnapshotId, LocalDate shownAsAt, long openBefore, long openAfter) {

        public double share() {
            return openBefore == 0 ? 0 : Math.abs(openAfter - openBefore) / (double) openBefore;
        }

        public boolean fall() {
            return openAfter < openBefore;
        }

        /** "from 600 open cases (the snapshot of 1 November 2026) to 4, a fall of 99%". */
        public String describe() {
            return "from " + String.format("%,d", openBefore) + " open case" + (openBefore == 1 ? "" : "s")
                    + " (the snapshot of "
                    + shownAsAt.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                    + ") to " + String.format("%,d", openAfter) + ", a " + (fall() ? "fall" : "rise") + " of "
                    + percent() + "%";
        }

        /** Rounded, but a fall that leaves some open cases is never "100%". */
        private long percent() {
            long rounded = Math.round(share() * 100);
            return fall() && openAfter > 0 ? Math.min(rounded, 99) : rounded;
        }
    }

    private final JdbcClient jdbc;
    private final double limit;

    SharpChange(JdbcClient jdbc, @Value("${praxis.register.sharp-change-share:0.2}") double limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    public double limit() {
        return limit;
    }

    /** The new snapshot against the one the register shows for its source, when there is one. */
    public Optional<Comparison> compare(String source, long snapshotId) {
        // The newest snapshot the register could show other than this one (inside the import's transaction, the
        // new snapshot is already the newest).
        return jdbc.sql("select id, as_at from register_snapshot where source = ? and id <> ? and "
                        + CaseRegister.SHOWABLE + " order by id desc fetch first 1 rows only")
                .params(source, snapshotId)
                .query((rs, n) -> new Comparison(
                        rs.getLong("id"),
                        rs.getObject("as_at", LocalDate.class),
                        openCases(rs.getLong("id")),
                        openCases(snapshotId)))
                .optional();
    }

    /** The comparison when it is sharp enough to wait for a person. */
    Optional<Comparison> sharp(String source, long snapshotId) {
        if (limit <= 0) {
            return Optional.empty();
        }
        return compare(source, snapshotId).filter(c -> c.openBefore() > 0 && c.share() > limit);
    }

    private long openCases(long snapshotId) {
        return jdbc.sql("select count(*) from register_case where snapshot_id = ? and open_case = true")
                .param(snapshotId)
                .query(Long.class)
                .single();
    }
}
