package org.praxis.register.snapshots;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.praxis.register.CaseType;
import org.praxis.register.RegisterSnapshotImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The latest children's and adults' snapshots held in memory for sampling, so that drawing a sample from a
 * million-case register does not read a million rows each time.
 */
@Component
public class HeldSnapshots {

    private static final Logger log = LoggerFactory.getLogger(HeldSnapshots.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;

    HeldSnapshots(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.executor = executor;
    }

    public static final String CHILDREN = "ANNEX_A";
    public static final String ADULTS = "ADULTS";

    public record Snapshot(long id, LocalDate asAt, int revision) {}

    /**
     * A snapshot's cases as three arrays in case reference order: about 17 bytes a case, so a million-case register
     * costs 17 MB and a draw filters it in memory in tens of milliseconds instead of reading a million rows (half a
     * second or more on PostgreSQL). Snapshots are never rewritten, except that mapping a team name gives cases a
     * team: that raises the snapshot's revision, and a copy of an older revision is read again.
     */
    public record Copy(long snapshotId, int revision, long[] caseIds, long[] teamIds, byte[] caseTypes) {}

    private final Map<String, Copy> held = new HashMap<>();
    private volatile boolean serving;

    public Optional<Snapshot> latest(String source) {
        return jdbc.sql("select id, as_at, revision from register_snapshot where source = :source" + " and "
                        + CaseRegister.SHOWABLE + " order by id desc fetch first 1 rows only")
                .param("source", source)
                .query((rs, n) -> new Snapshot(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3)))
                .optional();
    }

    public synchronized Copy copy(String source, Snapshot snapshot) {
        var copy = held.get(source);
        if (copy == null || copy.snapshotId() != snapshot.id() || copy.revision() != snapshot.revision()) {
            copy = read(snapshot);
            held.put(source, copy);
        }
        return copy;
    }

    private Copy read(Snapshot snapshot) {
        long started = System.nanoTime();
        var ids = new LongList();
        var teams = new LongList();
        var types = new java.io.ByteArrayOutputStream();
        var ordinals = new HashMap<String, Integer>();
        // Cases are written in case reference order, so their ids keep that order: the primary key gives the same
        // order as sorting by reference, without a sort of the whole snapshot.
        jdbc.sql("select id, team_id, case_type from register_case where snapshot_id = ? order by id")
                .param(snapshot.id())
                .withFetchSize(50_000)
                .query((java.sql.ResultSet rs) -> {
                    ids.add(rs.getLong(1));
                    teams.add(rs.getLong(2));
                    types.write(ordinals.computeIfAbsent(
                            rs.getString(3), t -> CaseType.valueOf(t).ordinal()));
                });
        var copy = new Copy(snapshot.id(), snapshot.revision(), ids.toArray(), teams.toArray(), types.toByteArray());
        // Counts and timings only.
        log.info(
                "Held snapshot {} ({} cases) in memory for sampling; read in {} ms",
                snapshot.id(),
                copy.caseIds().length,
                (System.nanoTime() - started) / 1_000_000);
        return copy;
    }

    /**
     * Reads the latest snapshots into memory ahead of the first draw: when the application is ready and after each
     * import made through the screens. Best effort: a draw reads the copy itself if it is missing or out of date.
     */
    void holdLatestSnapshots() {
        try {
            transaction.executeWithoutResult(status -> {
                for (var source : List.of(CHILDREN, ADULTS)) {
                    latest(source).ifPresent(snapshot -> copy(source, snapshot));
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not read the latest register snapshots ahead of sampling: {}", e.toString());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void holdLatestSnapshotsWhenReady(ApplicationReadyEvent event) {
        // A command-line run ends at once and would not use them.
        if (event.getApplicationContext() instanceof org.springframework.web.context.WebApplicationContext) {
            serving = true;
            executor.execute(this::holdLatestSnapshots);
        }
    }

    /**
     * A new snapshot was imported (on this instance): read it ahead of the first draw. Other instances read it on
     * their next draw, as its id differs from their copy's.
     */
    @ApplicationModuleListener
    void holdImportedSnapshot(RegisterSnapshotImported imported) {
        if (serving) {
            holdLatestSnapshots();
        }
    }
}
