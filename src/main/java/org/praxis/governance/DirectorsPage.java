package org.praxis.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.praxis.documents.ReportPeriod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The director's one page: every section's headline figures for a quarter. Put together from every module, so
 * it is kept for a few minutes ({@code praxis.governance.director-page-fresh-for}); each instance keeps its own,
 * so two instances may differ by at most that long. The quarter the page opens on is put together again in the
 * background before it goes stale, so the director does not wait for every module's queries (decision 0038).
 */
@Component
class DirectorsPage {

    record Headlines(ReportPeriod period, ReportComposition.Composed composed, Instant takenAt) {}

    private final ReportComposition composition;
    private final Clock clock;
    private final Duration freshFor;
    private final boolean keptWarm;
    private final ConcurrentHashMap<ReportPeriod, Headlines> kept = new ConcurrentHashMap<>();

    DirectorsPage(
            ReportComposition composition,
            Clock clock,
            @Value("${praxis.governance.director-page-fresh-for:PT5M}") Duration freshFor,
            @Value("${praxis.governance.director-page-kept-warm:true}") boolean keptWarm) {
        this.composition = composition;
        this.clock = clock;
        this.freshFor = freshFor;
        this.keptWarm = keptWarm;
    }

    /** The last quarter that has ended: the one the page opens on. */
    ReportPeriod latest() {
        return ReportPeriod.lastEndedBy(LocalDate.now(clock));
    }

    /** The quarters the page offers, latest first. */
    List<ReportPeriod> offered() {
        return latest().lastQuarters(8).reversed();
    }

    Headlines headlines(ReportPeriod period) {
        var now = clock.instant();
        var known = kept.get(period);
        if (known != null && fresh(known, now)) {
            return known;
        }
        return compose(period, now);
    }

    /**
     * Every 30 seconds (the first soon after start-up): the quarter the page opens on is put together again once
     * half its freshness has passed, so a reader finds it fresh rather than waiting for every module.
     */
    @Scheduled(initialDelay = 15, fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
    void keepLatestWarm() {
        if (!keptWarm || freshFor.isZero()) {
            return;
        }
        var now = clock.instant();
        var period = latest();
        var known = kept.get(period);
        if (known == null || !known.takenAt().plus(freshFor.dividedBy(2)).isAfter(now)) {
            compose(period, now);
        }
        kept.entrySet().removeIf(e -> !e.getKey().equals(period) && !fresh(e.getValue(), now));
    }

    private boolean fresh(Headlines known, Instant now) {
        return known.takenAt().plus(freshFor).isAfter(now) && !known.takenAt().isAfter(now);
    }

    private Headlines compose(ReportPeriod period, Instant now) {
        var fresh = new Headlines(period, composition.sections(period), now);
        if (fresh.composed().failed().isEmpty()) {
            kept.put(period, fresh);
        }
        return fresh;
    }
}
