package org.praxis.register.imports;

import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Episodes streamed into one {@code COPY register_episode FROM STDIN} on the import transaction's own connection, so
 * they commit (or roll back) with the snapshot. While the copy is open the connection does nothing else.
 */
final class EpisodeCopy implements EpisodeRows {

    /** Bytes gathered before they are sent: large enough that sending costs little, small enough not to matter. */
    private static final int SEND_AT = 1 << 16;

    private final long snapshotId;
    private final CopyIn copy;
    private final CopyText rows = new CopyText();

    EpisodeCopy(CopyManager copies, long snapshotId) throws SQLException {
        this.snapshotId = snapshotId;
        this.copy = copies.copyIn("copy register_episode (" + COLUMNS + ") from stdin (format text)");
    }

    @Override
    public void write(Episode e, Long teamId, Long staffId) throws SQLException {
        var p = e.person();
        rows.number(snapshotId)
                .text(e.caseReference())
                .number(e.listNumber())
                .text(e.type().name())
                .number(e.sourceRow())
                .date(e.start())
                .date(e.end())
                .date(e.conference())
                .date(e.lastVisit())
                .number(e.referralsIn12Months())
                .number(e.previousPlans())
                .number(e.placementsIn12Months())
                .blankAsNull(e.teamName())
                .number(teamId)
                .blankAsNull(e.workerName())
                .number(staffId)
                .blankAsNull(e.details())
                .bool(e.open())
                .blankAsNull(p.gender())
                .blankAsNull(p.ethnicity())
                .blankAsNull(p.disability())
                .blankAsNull(p.uasc())
                .date(p.dateOfBirth())
                .number(p.age())
                .endRow();
        if (rows.length() >= SEND_AT) {
            send();
        }
    }

    @Override
    public void end() throws SQLException {
        send();
        copy.endCopy();
    }

    @Override
    public void abandon() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // Cancelling answers with the error it asked for; the transaction rolls back either way.
            }
        }
    }

    private void send() throws SQLException {
        if (rows.length() > 0) {
            copy.writeToCopy(rows.bytes(), 0, rows.length());
            rows.clear();
        }
    }
}
