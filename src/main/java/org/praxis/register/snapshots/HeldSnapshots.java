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
 * The latest children's and adults' snapshots held in memory for sampling and for the case register's list, so that
 * drawing a sample from a million-case register, or showing its last page, does not read a million rows each time.
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
     * A snapshot's cases as arrays in case reference order: about 30 bytes a case, so a million-case register costs
     * 30 MB and a draw, or a page of the register with its count, filters it in memory in milliseconds instead of
     * reading a million rows (half a second or more on PostgreSQL). Snapshots are never rewritten, except that
     * mapping a team or worker name gives cases a team or worker: that raises the snapshot's revision, and a copy of
     * an older revision is read again. A team or worker of 0 means none was matched; episodeTypes holds one bit per
     * {@link CaseType} ordinal for each type among the case's episodes. teamsWithCases and staffWithCases are the
     * distinct teams and workers (for the register's filters), worked out once.
     */
    public record Copy(
            long snapshotId,
            int revision,
            long[] caseIds,
            long[] teamIds,
            byte[] caseTypes,
            boolean[] open,
            long[] staffIds,
            int[] episodeTypes,
            long[] teamsWithCases,
            long[] staffWithCases) {

        public boolean hasEpisodeOf(int index, CaseType type) {
            return (episodeTypes[index] & (1 << type.ordinal())) != 0;
        }
    }

    private final Map<String, Copy> held = new HashMap<>();
    private volatile boolean serving;

    /** Set once the first reading after start has ended, well or not: until then this instance is not ready. */
    private volatile boolean firstReadingDone;

    public Optional<Snapshot> latest(String source) {
        return jdbc.sql("select id, as_at, revision from register_snapshot where source = :source" + " and "
                        + CaseRegister.SHOWABLE + " order by id desc fetch first 1 rows only")
                .param("source", source)
                .query((rs, n) -> new Snapshot(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3)))
                .optional();
    }

    /** The snapshots the register shows (the newest not withdrawn of each source) by source, in one query. */
    public Map<String, Snapshot> live() {
        var live = new java.util.TreeMap<String, Snapshot>();
        jdbc.sql("select source, id, as_at, revision from register_snapshot where id in " + CaseRegister.LIVE)
                .query((java.sql.ResultSet rs) -> {
                    live.put(
                            rs.getString(1),
                            new Snapshot(rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getInt(4)));
                });
        return live;
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
        var staff = new LongList();
        var types = new java.io.ByteArrayOutputStream();
        var open = new java.io.ByteArrayOutputStream();
        var ordinals = new HashMap<String, Integer>();
        // Cases are written in case reference order, so their ids keep that order: the primary key gives the same
        // order as sorting by reference, without a sort of the whole snapshot.
        jdbc.sql("select id, team_id, case_type, open_case, staff_id from register_case where snapshot_id = ?"
                        + " order by id")
                .param(snapshot.id())
                .withFetchSize(50_000)
                .query((java.sql.ResultSet rs) -> {
                    ids.add(rs.getLong(1));
                    teams.add(rs.getLong(2));
                    types.write(ordinals.computeIfAbsent(
                            rs.getString(3), t -> CaseType.valueOf(t).ordinal()));
                    open.write(rs.getBoolean(4) ? 1 : 0);
                    staff.add(rs.getLong(5));
                });
        long[] caseIds = ids.toArray();
        int[] episodeTypes = new int[caseIds.length];
        jdbc.sql("""
                        select c.id, e.case_type from register_episode e
                            join register_case c on c.snapshot_id = e.snapshot_id and c.case_reference = e.case_reference
                        where e.snapshot_id = ?""").param(snapshot.id()).withFetchSize(50_000).query((java.sql.ResultSet rs) -> {
            int index = java.util.Arrays.binarySearch(caseIds, rs.getLong(1));
            episodeTypes[index] |= 1
                    << ordinals.computeIfAbsent(
                            rs.getString(2), t -> CaseType.valueOf(t).ordinal());
        });
        byte[] openBytes = open.toByteArray();
        boolean[] openCases = new boolean[openBytes.length];
        for (int i = 0; i < openBytes.length; i++) {
            openCases[i] = openBytes[i] == 1;
        }
        long[] teamIds = teams.toArray();
        long[] staffIds = staff.toArray();
        var copy = new Copy(
                snapshot.id(),
                snapshot.revision(),
                caseIds,
                teamIds,
                types.toByteArray(),
                openCases,
                staffIds,
                episodeTypes,
                distinct(teamIds),
                distinct(staffIds));
        // Counts and timings only.
        log.info(
                "Held snapshot {} ({} cases) in memory for sampling and the register; read in {} ms",
                snapshot.id(),
                copy.caseIds().length,
                (System.nanoTime() - started) / 1_000_000);
        return copy;
    }

    /** The distinct ids, but 0 (none matched), in order. */
    private static long[] distinct(long[] ids) {
        return java.util.Arrays.stream(ids)
                .filter(id -> id != 0)
                .distinct()
                .sorted()
                .toArray();
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
        } finally {
            firstReadingDone = true;
        }
    }

    /** Through a method, not the fields: the bean handed to the indicator may be a proxy with fields of its own. */
    boolean readyToServe() {
        return firstReadingDone || !serving;
    }

    /**
     * Readiness: an instance that has just started reads the register's snapshots into memory (about a minute at a
     * million cases on a busy machine); a load balancer sends it no one until then, so nobody's page waits for it.
     */
    @org.springframework.context.annotation.Bean
    static org.springframework.boot.health.contributor.HealthIndicator registerCopiesHealthIndicator(
            HeldSnapshots held) {
        return () -> held.readyToServe()
                ? org.springframework.boot.health.contributor.Health.up().build()
                : org.springframework.boot.health.contributor.Health.outOfService()
                        .build();
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
