package org.praxis.register.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.praxis.register.CaseType;
import org.praxis.register.names.NameMatcher;

/**
 * Writes one snapshot's episodes as they are read, then gathers the cases from them in one pass in case order, so
 * memory stays the same whether the file has a thousand rows or a million. Reading and checking the file go on while
 * the rows are written: the reader hands episodes over in chunks to a writer thread of their own, through a bounded
 * queue, so it is never more than a few chunks ahead. On PostgreSQL the episodes go through COPY; elsewhere through
 * JDBC batches ({@link EpisodeRows}). Everything runs inside the import's transaction, on its connection: nothing is
 * visible until the whole snapshot commits. Close it whatever happens: a writer not finished is stopped, and the
 * connection is handed back to the transaction only once the writer thread has let go of it.
 */
public final class RegisterWriter implements AutoCloseable {

    private static final int BATCH = 1_000;
    /** A chunk ends at this many episodes or this many characters of details, whichever comes first. */
    private static final int CHUNK_ROWS = 1_000;

    private static final int CHUNK_CHARS = 1_000_000;
    /** Chunks the reader may be ahead of the writer: a few megabytes at most, however long the file. */
    private static final int CHUNKS_AHEAD = 4;

    private static final List<Episode> END = List.of();

    private final Connection connection;
    private final long snapshotId;
    private final NameMatcher names;
    private final LocalDate asAt;
    private final EpisodeRows rows;
    private final BlockingQueue<List<Episode>> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private List<Episode> chunk = new ArrayList<>(CHUNK_ROWS);
    private int chunkChars;
    private int episodes;
    private boolean handedOver;

    RegisterWriter(Connection connection, long snapshotId, NameMatcher names, LocalDate asAt) throws SQLException {
        this.connection = connection;
        this.snapshotId = snapshotId;
        this.names = names;
        this.asAt = asAt;
        this.rows = EpisodeRows.on(connection, snapshotId);
        this.thread = Thread.ofPlatform()
                .name("register-writer-" + snapshotId)
                .daemon()
                .start(this::writeEpisodes);
    }

    void add(Episode e) {
        chunk.add(e);
        chunkChars += e.details() == null ? 0 : e.details().length();
        episodes++;
        if (chunk.size() == CHUNK_ROWS || chunkChars >= CHUNK_CHARS) {
            handOver(chunk);
            chunk = new ArrayList<>(CHUNK_ROWS);
            chunkChars = 0;
        }
    }

    /** On the writer thread: until the reader says it has finished, or the import is abandoned. */
    private void writeEpisodes() {
        try {
            while (true) {
                var next = queue.take();
                if (abandoned) {
                    rows.abandon();
                    return;
                }
                if (next == END) {
                    rows.end();
                    return;
                }
                for (var e : next) {
                    rows.write(e, names.team(e.teamName()), names.staff(e.workerName()));
                }
            }
        } catch (Throwable e) {
            failure = e;
            rows.abandon();
        }
    }

    /** Waits while the queue is full, unless the writer has failed (then its failure is the import's). */
    private void handOver(List<Episode> episodes) {
        try {
            while (!queue.offer(episodes, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || !thread.isAlive()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        var failed = failure;
        if (failed instanceof Error error) {
            throw error;
        } else if (failed instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failed != null) {
            throw new IllegalStateException("Could not write the register", failed);
        }
    }

    /** Stops a writer that was not finished (the import failed or was cancelled) and waits for it to let go. */
    @Override
    public void close() {
        if (handedOver) {
            return;
        }
        abandoned = true;
        queue.clear();
        queue.offer(END);
        awaitWriter();
    }

    private void awaitWriter() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // The connection must be free before the transaction uses it again: wait on.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the cases, gathered from the episodes just written; returns how many. */
    int finish() throws SQLException {
        if (!chunk.isEmpty()) {
            handOver(chunk);
        }
        handOver(END);
        handedOver = true;
        awaitWriter();
        throwIfFailed();
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
        EpisodeInserts.date(s, index, value);
    }

    private static void id(PreparedStatement s, int index, Long value) throws SQLException {
        EpisodeInserts.id(s, index, value);
    }

    private static void text(PreparedStatement s, int index, String value) throws SQLException {
        EpisodeInserts.text(s, index, value);
    }
}
