package org.praxis.register.imports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.praxis.register.CaseType;
import org.praxis.register.names.NameMatcher;

/**
 * Writes one snapshot's episodes in JDBC batches as they are read, then gathers the cases from them in one pass in
 * case order, so memory stays the same whether the file has a thousand rows or a million. Runs inside the import's
 * transaction: nothing is visible until the whole snapshot commits.
 */
public final class RegisterWriter {

    private static final int BATCH = 1_000;

    private final Connection connection;
    private final long snapshotId;
    private final NameMatcher names;
    private final LocalDate asAt;
    private final PreparedStatement insertEpisode;
    private int pending;
    private int episodes;

    RegisterWriter(Connection connection, long snapshotId, NameMatcher names, LocalDate asAt) throws SQLException {
        this.connection = connection;
        this.snapshotId = snapshotId;
        this.names = names;
        this.asAt = asAt;
        this.insertEpisode = connection.prepareStatement("""
                insert into register_episode (snapshot_id, case_reference, list_number, case_type, source_row,
                    start_date, end_date, conference_date, last_visit_date, referrals_in_12_months, previous_plans,
                    placements_in_12_months, team_name, team_id, worker_name, staff_id, details, open_episode,
                    gender, ethnicity, disability, uasc, date_of_birth, age_years)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
    }

    void add(Episode e) throws SQLException {
        var teamId = names.team(e.teamName());
        var staffId = names.staff(e.workerName());
        var s = insertEpisode;
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
        episodes++;
        if (++pending == BATCH) {
            s.executeBatch();
            pending = 0;
        }
    }

    /** Writes the cases, gathered from the episodes just written; returns how many. */
    int finish() throws SQLException {
        if (pending > 0) {
            insertEpisode.executeBatch();
        }
        insertEpisode.close();
        int count = 0;
        try (var read = connection.prepareStatement("""
                        select case_reference, case_type, open_episode, team_name, team_id, worker_name, staff_id,
                            gender, ethnicity, disability, uasc, date_of_birth, age_years
                        from register_episode where snapshot_id = ? order by case_reference""");
                var write = connection.prepareStatement("""
                        insert into register_case (snapshot_id, case_reference, case_type, open_case, team_name,
                            team_id, worker_name, staff_id, gender, ethnicity, disability, uasc, date_of_birth, age_band)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            read.setFetchSize(BATCH);
            read.setLong(1, snapshotId);
            try (var rs = read.executeQuery()) {
                CaseFacts current = null;
                while (rs.next()) {
                    var reference = rs.getString(1);
                    if (current == null || !current.reference.equals(reference)) {
                        if (current != null) {
                            insert(write, current);
                            if (++count % BATCH == 0) {
                                write.executeBatch();
                            }
                        }
                        current = new CaseFacts(reference);
                    }
                    current.add(
                            CaseType.valueOf(rs.getString(2)),
                            rs.getBoolean(3),
                            rs.getString(4),
                            rs.getObject(5, Long.class),
                            rs.getString(6),
                            rs.getObject(7, Long.class),
                            new Episode.Person(
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getString(10),
                                    rs.getString(11),
                                    rs.getObject(12, LocalDate.class),
                                    rs.getObject(13, Integer.class)));
                }
                if (current != null) {
                    insert(write, current);
                    count++;
                }
            }
            write.executeBatch();
        }
        return count;
    }

    private void insert(PreparedStatement s, CaseFacts c) throws SQLException {
        s.setLong(1, snapshotId);
        s.setString(2, c.reference);
        s.setString(3, c.type.name());
        s.setBoolean(4, c.open);
        text(s, 5, c.teamName);
        id(s, 6, c.teamId);
        text(s, 7, c.workerName);
        id(s, 8, c.staffId);
        text(s, 9, c.gender);
        text(s, 10, c.ethnicity);
        text(s, 11, c.disability);
        text(s, 12, c.uasc);
        date(s, 13, c.dateOfBirth);
        s.setString(14, AgeBand.of(c.dateOfBirth, c.age, asAt));
        s.addBatch();
    }

    int episodes() {
        return episodes;
    }

    /** What the register shows for a case, gathered from all its episodes. */
    private static final class CaseFacts {
        final String reference;
        CaseType type;
        boolean typeOpen;
        boolean open;
        String teamName;
        Long teamId;
        String workerName;
        Long staffId;
        CaseType teamFrom;
        boolean teamFromOpen;
        String gender;
        String ethnicity;
        String disability;
        String uasc;
        LocalDate dateOfBirth;
        Integer age;

        CaseFacts(String reference) {
            this.reference = reference;
        }

        void add(
                CaseType episodeType,
                boolean episodeOpen,
                String episodeTeam,
                Long episodeTeamId,
                String episodeWorker,
                Long episodeStaffId,
                Episode.Person p) {
            open |= episodeOpen;
            if (type == null || outranks(episodeType, episodeOpen, type, typeOpen)) {
                type = episodeType;
                typeOpen = episodeOpen;
            }
            if (episodeTeam != null
                    && (teamFrom == null || outranks(episodeType, episodeOpen, teamFrom, teamFromOpen))) {
                teamFrom = episodeType;
                teamFromOpen = episodeOpen;
                teamName = episodeTeam;
                teamId = episodeTeamId;
                workerName = episodeWorker;
                staffId = episodeStaffId;
            }
            gender = first(gender, p.gender());
            ethnicity = first(ethnicity, p.ethnicity());
            disability = first(disability, p.disability());
            uasc = first(uasc, p.uasc());
            dateOfBirth = dateOfBirth == null ? p.dateOfBirth() : dateOfBirth;
            age = age == null ? p.age() : age;
        }

        /** Open involvement outranks closed; then the more intensive type wins. */
        private static boolean outranks(CaseType type, boolean open, CaseType current, boolean currentOpen) {
            if (open != currentOpen) {
                return open;
            }
            return type.rank() > current.rank();
        }

        private static String first(String current, String candidate) {
            return current == null || current.isEmpty() ? candidate : current;
        }
    }

    private static void date(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(value));
        }
    }

    private static void integer(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void id(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void text(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
