package org.praxis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.support.TestClock;

/** The director's page is put together in the background before it goes stale, so its reader does not wait. */
class DirectorsPageTest {

    private final AtomicInteger composed = new AtomicInteger();
    private final TestClock clock = new TestClock(ZoneId.of("Europe/London"));
    private final ReportComposition composition = new ReportComposition(List.of(new ReportSectionSource() {
        @Override
        public int order() {
            return 10;
        }

        @Override
        public String key() {
            return "counting";
        }

        @Override
        public ReportSection section(ReportPeriod period) {
            composed.incrementAndGet();
            return new ReportSection("counting", "Counted", "", null, List.of(), List.of(), List.of());
        }
    }));

    @AfterEach
    void stop() {
        composition.close();
    }

    @Test
    void theOpeningQuarterIsReadyBeforeAnyoneAsksAndPutTogetherAgainBeforeItGoesStale() {
        var page = new DirectorsPage(composition, clock, Duration.ofMinutes(5), true);

        page.keepLatestWarm();
        assertThat(composed).hasValue(1);
        var first = page.headlines(page.latest());
        assertThat(composed)
                .as("the reader was served what the background put together")
                .hasValue(1);

        clock.advance(Duration.ofMinutes(2));
        page.keepLatestWarm();
        assertThat(composed)
                .as("still fresh for more than half its time: left alone")
                .hasValue(1);

        clock.advance(Duration.ofMinutes(1));
        page.keepLatestWarm();
        assertThat(composed).as("half its freshness gone: put together again").hasValue(2);
        var later = page.headlines(page.latest());
        assertThat(composed).hasValue(2);
        assertThat(later.takenAt()).isAfter(first.takenAt());
    }

    @Test
    void anotherQuarterIsPutTogetherWhenAskedForAndForgottenOnceStale() {
        var page = new DirectorsPage(composition, clock, Duration.ofMinutes(5), true);
        var earlier = page.latest().previous();

        page.headlines(earlier);
        page.headlines(earlier);
        assertThat(composed).as("kept while fresh").hasValue(1);

        clock.advance(Duration.ofMinutes(6));
        page.keepLatestWarm();
        page.headlines(earlier);
        assertThat(composed)
                .as("the opening quarter warmed, the stale earlier one put together again")
                .hasValue(3);
    }

    @Test
    void nothingIsKeptWarmWhenSwitchedOffOrWhenFiguresAreNeverKept() {
        new DirectorsPage(composition, clock, Duration.ofMinutes(5), false).keepLatestWarm();
        new DirectorsPage(composition, clock, Duration.ZERO, true).keepLatestWarm();
        assertThat(composed).hasValue(0);

        var everyTime = new DirectorsPage(composition, clock, Duration.ZERO, true);
        everyTime.headlines(everyTime.latest());
        everyTime.headlines(everyTime.latest());
        assertThat(composed)
                .as("fresh for no time: put together on every request")
                .hasValue(2);
    }
}
