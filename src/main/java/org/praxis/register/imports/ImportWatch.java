package org.praxis.register.imports;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps watch over running imports, on every instance. The runs this instance is doing beat every few seconds;
 * a run whose beat stopped (its instance crashed, was killed or ran out of memory) is marked as stopped, so it can
 * never block the next import. (A QA lead's request to cancel is read by the worker itself, as it goes.)
 */
@Component
@Lazy(false)
public class ImportWatch {

    /** A run that has not beaten for this long has lost its worker; with a beat every 10 s, seen within a minute. */
    static final Duration STOPPED_AFTER = Duration.ofSeconds(45);

    private static final Logger log = LoggerFactory.getLogger(ImportWatch.class);

    private final ImportRuns runs;
    private final Set<Long> working = ConcurrentHashMap.newKeySet();

    ImportWatch(ImportRuns runs) {
        this.runs = runs;
    }

    void started(long importId) {
        working.add(importId);
    }

    void finished(long importId) {
        working.remove(importId);
    }

    /** Beats for this instance's runs and marks stopped runs. */
    @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
    public void watch() {
        if (!working.isEmpty()) {
            try {
                runs.beat(working);
            } catch (DataAccessException e) {
                // A run finishing holds its row until its transaction commits; the next beat will do.
                log.debug("Could not beat for running imports: {}", e.getClass().getName());
            }
        }
        int stopped = runs.markStopped(STOPPED_AFTER);
        if (stopped > 0) {
            log.warn("Marked {} case register import(s) whose worker stopped as failed", stopped);
        }
    }
}
