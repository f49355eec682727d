package org.praxis.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.praxis.documents.ReportPeriod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The director's one page: every section's headline figures for a quarter. Put together from every module, so
 * it is kept for a few minutes ({@code praxis.governance.director-page-fresh-for}); each instance keeps its own,
 * so two instances may differ by at most that long.
 */
@Component
class DirectorsPage {

    record Headlines(ReportPeriod period, ReportComposition.Composed composed, Instant takenAt) {}

    private final ReportComposition composition;
    private final Clock clock;
    private final Duration freshFor;
    private final ConcurrentHashMap<ReportPeriod, Headlines> kept = new ConcurrentHashMap<>();

    DirectorsPage(
            ReportComposition composition,
            Clock clock,
            @Value("${praxis.governance.director-page-fresh-for:PT5M}") Duration freshFor) {
        this.composition = composition;
        this.clock = clock;
        this.freshFor = freshFor;
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
        if (known != null
                && known.takenAt().plus(freshFor).isAfter(now)
                && !known.takenAt().isAfter(now)) {
            return known;
        }
        var fresh = new Headlines(period, composition.sections(period), now);
        if (fresh.composed().failed().isEmpty()) {
            kept.put(period, fresh);
        }
        return fresh;
    }
}
