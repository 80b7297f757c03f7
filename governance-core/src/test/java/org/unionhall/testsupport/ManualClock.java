package org.unionhall.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test sets or moves it. */
public final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;

    /** @param start the first time it shows */
    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Sets the time. */
    public void set(Instant time) {
        now.set(time);
    }

    /** Moves the time on. */
    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("always UTC");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
