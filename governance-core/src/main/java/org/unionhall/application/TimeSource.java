package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time the services judge by. Days (terms, joining dates) are counted in UTC, so a term
 * ends at the same moment for members in every time zone. Tests pass a fixed clock.
 */
@ApplicationScoped
public class TimeSource {
    private final Clock clock;

    /** The system clock in UTC. */
    public TimeSource() {
        this(Clock.systemUTC());
    }

    /** A given clock (tests, simulations). */
    public TimeSource(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** Now. */
    public Instant now() {
        return clock.instant();
    }

    /** Today, in UTC. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }
}
