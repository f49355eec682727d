package org.praxis.web;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose listener failed (an e-mail the relay refused) to their listener again every quarter of an
 * hour, on one instance at a time, so that they do not wait for the next restart (decision 0016). Only publications
 * marked failed are taken, never one another instance is handling.
 */
@Component
// Made at start even when beans are made on first use: a scheduled job is scheduled only once its bean exists.
@Lazy(false)
class FailedEventsRetry {

    private final FailedEventPublications failed;
    private final Duration after;

    FailedEventsRetry(
            FailedEventPublications failed, @Value("${praxis.events.retry-failed-after:PT10M}") Duration after) {
        this.failed = failed;
        this.after = after;
    }

    @Scheduled(
            fixedDelayString = "${praxis.events.retry-failed-every:PT15M}",
            initialDelayString = "${praxis.events.retry-failed-every:PT15M}")
    @SchedulerLock(name = "retry-failed-events", lockAtMostFor = "PT10M")
    void retry() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(after));
    }
}
