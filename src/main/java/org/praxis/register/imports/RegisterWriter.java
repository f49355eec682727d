package org.praxis.register.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
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

    /** Writes the last episodes, then the cases gathered from them; returns how many cases. */
    int finish() throws SQLException {
        if (!chunk.isEmpty()) {
            handOver(chunk);
        }
        handOver(END);
        handedOver = true;
        awaitWriter();
        throwIfFailed();
        return new SnapshotCases(connection, snapshotId, asAt).write();
    }

    int episodes() {
        return episodes;
    }
}
