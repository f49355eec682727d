package org.praxis.register.imports;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/** Where a snapshot's episodes are written, row by row, on the writer's thread. */
interface EpisodeRows {

    /** The columns written, in order (the same for both ways of writing). */
    String COLUMNS = """
            snapshot_id, case_reference, list_number, case_type, source_row, start_date, end_date, conference_date,
            last_visit_date, referrals_in_12_months, previous_plans, placements_in_12_months, team_name, team_id,
            worker_name, staff_id, details, open_episode, gender, ethnicity, disability, uasc, date_of_birth, age_years""";

    void write(Episode episode, Long teamId, Long staffId) throws SQLException;

    /** Every episode is written: send what is held. */
    void end() throws SQLException;

    /** The import failed or was cancelled: stop, leaving the connection fit for the transaction's rollback. */
    void abandon();

    /** PostgreSQL's COPY on PostgreSQL (several times faster than inserts); JDBC batches elsewhere (H2). */
    static EpisodeRows on(Connection connection, long snapshotId) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            return new EpisodeCopy(connection.unwrap(PGConnection.class).getCopyAPI(), snapshotId);
        }
        return new EpisodeInserts(connection, snapshotId);
    }
}
