package org.praxis.register.imports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Episodes inserted in JDBC batches: the fastest way into H2, which has no COPY. */
final class EpisodeInserts implements EpisodeRows {

    private static final int BATCH = 1_000;

    private final long snapshotId;
    private final PreparedStatement insert;
    private int pending;

    EpisodeInserts(Connection connection, long snapshotId) throws SQLException {
        this.snapshotId = snapshotId;
        this.insert = connection.prepareStatement("insert into register_episode (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void write(Episode e, Long teamId, Long staffId) throws SQLException {
        var s = insert;
        s.setLong(1, snapshotId);
        s.setString(2, e.caseReference());
        s.setInt(3, e.listNumber());
        s.setString(4, e.type().name());
        s.setInt(5, e.sourceRow());
        date(s, 6, e.start());
        date(s, 7, e.end());
        date(s, 8, e.conference());
        date(s, 9, e.lastVisit());
        integer(s, 10, e.referralsIn12Months());
        integer(s, 11, e.previousPlans());
        integer(s, 12, e.placementsIn12Months());
        text(s, 13, e.teamName());
        id(s, 14, teamId);
        text(s, 15, e.workerName());
        id(s, 16, staffId);
        text(s, 17, e.details());
        s.setBoolean(18, e.open());
        var p = e.person();
        text(s, 19, p.gender());
        text(s, 20, p.ethnicity());
        text(s, 21, p.disability());
        text(s, 22, p.uasc());
        date(s, 23, p.dateOfBirth());
        integer(s, 24, p.age());
        s.addBatch();
        if (++pending == BATCH) {
            s.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void end() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
        }
        insert.close();
    }

    @Override
    public void abandon() {
        try {
            insert.close();
        } catch (SQLException e) {
            // The transaction rolls back whatever was sent.
        }
    }

    static void date(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(value));
        }
    }

    static void integer(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    static void id(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /** Blank is null. */
    static void text(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
