package org.praxis.governance;

import java.util.Comparator;
import java.util.List;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a report together from every module's section, in their order. The report knows no module: a module that
 * publishes a {@link ReportSectionSource} bean is in it. Sections are put together side by side on a few threads
 * shared by every report (each reads committed figures in its own read-only transaction), so a report takes about as
 * long as its slowest sections rather than all of them; the few threads keep a busy hour from taking every database
 * connection.
 */
@Component
class ReportComposition implements AutoCloseable {

    private static final int SIDE_BY_SIDE = 3;

    private static final Logger log = LoggerFactory.getLogger(ReportComposition.class);

    /** The sections, and the keys of those whose module could not put them together. */
    record Composed(List<ReportSection> sections, java.util.Set<String> failed) {}

    private final List<ReportSectionSource> sources;
    private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
            SIDE_BY_SIDE,
            Thread.ofPlatform().name("report-section-", 1).daemon().factory());

    ReportComposition(List<ReportSectionSource> sources) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(ReportSectionSource::order).thenComparing(ReportSectionSource::key))
                .toList();
    }

    List<String> keys() {
        return sources.stream().map(ReportSectionSource::key).toList();
    }

    /**
     * Every section for the period. A section that fails is shown as failed (and logged, without data) so that the
     * rest of a draft can still be read; publishing refuses a report with a failed section.
     */
    Composed sections(ReportPeriod period) {
        var failed = new java.util.concurrent.ConcurrentSkipListSet<String>();
        var tasks = sources.stream()
                .map(source -> java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> {
                            long started = System.nanoTime();
                            try {
                                return source.section(period);
                            } catch (RuntimeException e) {
                                log.error("The report section {} failed for {}", source.key(), period.code(), e);
                                failed.add(source.key());
                                return new ReportSection(
                                        source.key(),
                                        "Section not available",
                                        "The figures for this section could not be put together. Try again later; if it"
                                                + " keeps happening, tell the administrator.",
                                        null,
                                        List.of(),
                                        List.of(),
                                        List.of());
                            } finally {
                                log.debug(
                                        "Composed section {} for {} in {} ms",
                                        source.key(),
                                        period.code(),
                                        (System.nanoTime() - started) / 1_000_000);
                            }
                        },
                        workers))
                .toList();
        var sections =
                tasks.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        return new Composed(sections, java.util.Set.copyOf(failed));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
