package org.praxis;

import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * Where start-up goes, for an operator or developer who asks ({@code -Dpraxis.startup-report=true}): the slowest
 * steps of the application context (bean creation, configuration), logged once the application has started.
 */
final class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private static final int SLOWEST = 25;

    static void attachIfAsked(SpringApplication application) {
        if (!Boolean.getBoolean("praxis.startup-report")) {
            return;
        }
        var startup = new BufferingApplicationStartup(20_000);
        application.setApplicationStartup(startup);
        application.addListeners(event -> {
            if (event instanceof org.springframework.boot.context.event.ApplicationReadyEvent) {
                report(startup.getBufferedTimeline());
            }
        });
    }

    private static void report(StartupTimeline timeline) {
        timeline.getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration)
                        .reversed())
                .limit(SLOWEST)
                .forEach(event -> log.info(
                        "Start-up step {} ms: {} {}",
                        event.getDuration().toMillis(),
                        event.getStartupStep().getName(),
                        tags(event)));
        log.info("Start-up steps recorded: {}, from {}", timeline.getEvents().size(), timeline.getStartTime());
    }

    private static String tags(StartupTimeline.TimelineEvent event) {
        var text = new StringBuilder();
        event.getStartupStep()
                .getTags()
                .forEach(tag -> text.append(tag.getKey())
                        .append('=')
                        .append(tag.getValue())
                        .append(' '));
        return text.toString().trim();
    }

    private StartupReport() {}
}
