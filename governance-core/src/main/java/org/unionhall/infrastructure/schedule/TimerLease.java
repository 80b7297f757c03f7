package org.unionhall.infrastructure.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The right to run one tick of a timer on a cluster: a row of {@code timer_lease} that one node
 * holds until it expires. A single conditional UPDATE takes it, and the database's row lock
 * orders two nodes that try at once, so only one of them runs the tick. The lease is shorter
 * than the time between ticks, so whichever node fires first takes the next tick: a node that
 * dies hands the timer over at once, with no election and nothing to clean up. It must be longer
 * than a tick takes; the nodes' clocks must agree to well within it (NTP).
 */
public final class TimerLease {
    private final String name;
    private final Duration length;

    /**
     * @param name the timer's row in {@code timer_lease}
     * @param length how long a taken lease keeps the other nodes out
     */
    public TimerLease(String name, Duration length) {
        this.name = Objects.requireNonNull(name, "name");
        this.length = Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A lease lasts some time, not " + length);
        }
    }

    /**
     * Takes the lease for the holder if it is free (expired) or already the holder's.
     *
     * @param connection a connection in auto-commit mode, so the lease is visible at once
     * @param holder who runs the tick (one name per node)
     * @param now the holder's time
     * @return whether the holder may run the tick
     */
    public boolean tryAcquire(Connection connection, String holder, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE timer_lease SET holder = ?, expires_at = ? "
                + "WHERE name = ? AND (holder = ? OR expires_at <= ?)")) {
            update.setString(1, holder);
            update.setObject(2, OffsetDateTime.ofInstant(now.plus(length), ZoneOffset.UTC));
            update.setString(3, name);
            update.setString(4, holder);
            update.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            return update.executeUpdate() == 1;
        }
    }
}
