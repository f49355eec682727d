package org.praxis.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: real time plus however far tests have moved it on, so a test waits for nothing
 * (a person's "few seconds" on the families' form, a due date passing) and only ever moves time forwards.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
    private final ZoneId zone;

    public TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Moves the application's time on; what was stamped before now looks that much older. */
    public void advance(Duration by) {
        ahead.updateAndGet(current -> current.plus(by));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        var clock = new TestClock(other);
        clock.ahead.set(ahead.get());
        return clock;
    }
}
