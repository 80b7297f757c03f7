package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /**
     * Now, to the microsecond: the precision both databases keep, so a value returned by a
     * service equals the one read back later.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today, in UTC. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }
}
