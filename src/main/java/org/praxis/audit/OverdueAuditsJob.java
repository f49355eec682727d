package org.praxis.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, on one instance only (ShedLock), auditors hear of their overdue audits and QA leads of long-overdue ones. */
@Component
// Made at start even when beans are made on first use: a scheduled job is scheduled only once its bean exists.
@Lazy(false)
class OverdueAuditsJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueAuditsJob.class);

    private final OverdueAudits overdue;

    OverdueAuditsJob(OverdueAudits overdue) {
        this.overdue = overdue;
    }

    @Scheduled(cron = "${praxis.audit.overdue-cron:0 10 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "overdue-audits", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remind() {
        var run = overdue.remind();
        log.info("Overdue audits: {} reminders, {} escalated", run.reminded(), run.escalated());
    }
}
