package org.praxis.actions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, on one instance only, owners and their managers hear about overdue actions. */
@Component
// Made at start even when beans are made on first use: a scheduled job is scheduled only once its bean exists.
@Lazy(false)
class OverdueActionsJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueActionsJob.class);

    private final Actions actions;

    OverdueActionsJob(Actions actions) {
        this.actions = actions;
    }

    @Scheduled(cron = "${praxis.actions.overdue-cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "overdue-actions", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remind() {
        log.info("Overdue actions reminded: {}", actions.remindOverdue());
    }
}
