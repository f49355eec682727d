package org.praxis.register.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.praxis.register.CaseType;

/**
 * Gathers a snapshot's cases from its episodes, once they are all written: read back in case order (so memory
 * stays the same however many there are), each case worked out from all its episodes. On PostgreSQL a chunk at a
 * time, each chunk's cases written by COPY (reading in chunks, not through one open cursor, leaves the connection
 * free between them, which COPY needs); elsewhere through one cursor, in JDBC batches. A case's episodes come in list order, then in the order of their
 * rows in the file, so where two episodes tie the first in the file gives the case its values, every time.
 */
final class SnapshotCases {

    /** Episodes read at a time; doubled for a chunk that holds a single case. */
    private static final int CHUNK = 5_000;

    private static final int BATCH = 1_000;

    private static final String COLUMNS = """
            snapshot_id, case_reference, case_type, open_case, team_name, team_id, worker_name, staff_id, gender,
            ethnicity, disability, uasc, date_of_birth, age_band""";

    private final Connection connection;
    private final long snapshotId;
    private final LocalDate asAt;

    SnapshotCases(Connection connection, long snapshotId, LocalDate asAt) {
        this.connection = connection;
        this.snapshotId = snapshotId;
        this.asAt = asAt;
    }

    /** Writes the cases; returns how many. */
    int write() throws SQLException {
        if (!connection.isWrapperFor(PGConnection.class)) {
            // Rows stream from the index as the cursor moves instead of being gathered (and spilled to disk) first.
            try (var lazy = connection.createStatement()) {
                lazy.execute("set lazy_query_execution true");
                try {
                    return insertAll();
                } finally {
                    lazy.execute("set lazy_query_execution false");
                }
            }
        }
        var copies = connection.unwrap(PGConnection.class).getCopyAPI();
        int count = 0;
        String from = "";
        int limit = CHUNK;
        try (var read = connection.prepareStatement("""
                        select case_reference, case_type, open_episode, team_name, team_id, worker_name, staff_id,
                            gender, ethnicity, disability, uasc, date_of_birth, age_years
                        from register_episode where snapshot_id = ? and case_reference >= ?
                        order by case_reference, list_number, source_row fetch first ? rows only""")) {
            while (true) {
                var episodes = read(read, from, limit);
                boolean more = episodes.size() == limit;
                int end = episodes.size();
                if (more) {
                    // The last case may go on in the next chunk: it is read again, whole, from there.
                    var last = episodes.getLast().reference();
                    while (end > 0 && episodes.get(end - 1).reference().equals(last)) {
                        end--;
                    }
                    if (end == 0) {
                        limit *= 2;
                        continue;
                    }
                }
                var cases = gather(episodes.subList(0, end));
                copy(copies, cases);
                count += cases.size();
                if (!more) {
                    return count;
                }
                from = episodes.get(end).reference();
                limit = CHUNK;
            }
        }
    }

    /** An episode as a case is gathered from it. */
    private record CaseEpisode(
            String reference,
            CaseType type,
            boolean open,
            String teamName,
            Long teamId,
            String workerName,
            Long staffId,
            Episode.Person person) {}

    private List<CaseEpisode> read(PreparedStatement read, String from, int limit) throws SQLException {
        read.setLong(1, snapshotId);
        read.setString(2, from);
        read.setInt(3, limit);
        var episodes = new ArrayList<CaseEpisode>(limit);
        try (var rs = read.executeQuery()) {
            while (rs.next()) {
                episodes.add(episode(rs));
            }
        }
        return episodes;
    }

    private static List<CaseFacts> gather(List<CaseEpisode> episodes) {
        var cases = new ArrayList<CaseFacts>();
        CaseFacts current = null;
        for (var e : episodes) {
            if (current == null || !current.reference.equals(e.reference())) {
                current = new CaseFacts(e.reference());
                cases.add(current);
            }
            current.add(e.type(), e.open(), e.teamName(), e.teamId(), e.workerName(), e.staffId(), e.person());
        }
        return cases;
    }

    private void copy(CopyManager copies, List<CaseFacts> cases) throws SQLException {
        var rows = new CopyText();
        for (var c : cases) {
            rows.number(snapshotId)
                    .text(c.reference)
                    .text(c.type.name())
                    .bool(c.open)
                    .blankAsNull(c.teamName)
                    .number(c.teamId)
                    .blankAsNull(c.workerName)
                    .number(c.staffId)
                    .blankAsNull(c.gender)
                    .blankAsNull(c.ethnicity)
                    .blankAsNull(c.disability)
                    .blankAsNull(c.uasc)
                    .date(c.dateOfBirth)
                    .text(AgeBand.of(c.dateOfBirth, c.age, asAt))
                    .endRow();
        }
        var copy = copies.copyIn("copy register_case (" + COLUMNS + ") from stdin (format text)");
        try {
            copy.writeToCopy(rows.bytes(), 0, rows.length());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static CaseEpisode episode(java.sql.ResultSet rs) throws SQLException {
        return new CaseEpisode(
                rs.getString(1),
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

    /**
     * H2: one ordered pass through a cursor, inserting as it goes (H2 re-sorts the rest of the snapshot for every
     * chunk, which made chunks many times slower there, and it has no COPY to need them). The cursor walks the
     * index in its order: left to itself H2 takes the snapshot's foreign-key index and sorts every episode, on disk
     * past its in-memory row limit.
     */
    private int insertAll() throws SQLException {
        int count = 0;
        try (var read = connection.prepareStatement("""
                        select case_reference, case_type, open_episode, team_name, team_id, worker_name, staff_id,
                            gender, ethnicity, disability, uasc, date_of_birth, age_years
                        from register_episode use index (register_episode_by_case) where snapshot_id = ?
                        order by snapshot_id, case_reference, list_number, source_row""");
                var write = connection.prepareStatement("insert into register_case (" + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            read.setFetchSize(BATCH);
            read.setLong(1, snapshotId);
            try (var rs = read.executeQuery()) {
                CaseFacts current = null;
                while (rs.next()) {
                    var e = episode(rs);
                    if (current == null || !current.reference.equals(e.reference())) {
                        if (current != null) {
                            insert(write, current);
                            if (++count % BATCH == 0) {
                                write.executeBatch();
                            }
                        }
                        current = new CaseFacts(e.reference());
                    }
                    current.add(e.type(), e.open(), e.teamName(), e.teamId(), e.workerName(), e.staffId(), e.person());
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
        EpisodeInserts.text(s, 5, c.teamName);
        EpisodeInserts.id(s, 6, c.teamId);
        EpisodeInserts.text(s, 7, c.workerName);
        EpisodeInserts.id(s, 8, c.staffId);
        EpisodeInserts.text(s, 9, c.gender);
        EpisodeInserts.text(s, 10, c.ethnicity);
        EpisodeInserts.text(s, 11, c.disability);
        EpisodeInserts.text(s, 12, c.uasc);
        EpisodeInserts.date(s, 13, c.dateOfBirth);
        s.setString(14, AgeBand.of(c.dateOfBirth, c.age, asAt));
        s.addBatch();
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
}
