package org.unionhall.infrastructure.schedule;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.unionhall.application.RetentionService;
import org.unionhall.application.TimeSource;
import org.unionhall.domain.privacy.Retention;

/**
 * Once an hour, deletes what has outlived its retention period (notifications, declined join
 * requests, the lines of who read a record; docs/privacy.md). On a cluster the tick runs on the
 * one node that takes the {@link TimerLease} {@value #LEASE_NAME}, as {@link MotionTimer} does.
 * A tick that fails deletes nothing and the next one tries again.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {
    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());
    static final String LEASE_NAME = "retention";
    private static final TimerLease LEASE = new TimerLease(LEASE_NAME, Duration.ofMinutes(30));
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "java:app/jdbc/unionhall")
    DataSource dataSource;

    @Inject
    TimeSource time;

    @Inject
    RetentionService retention;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "Retention: forget what has outlived its period")
    void tick() {
        try (Connection connection = dataSource.getConnection()) {
            if (!LEASE.tryAcquire(connection, NODE, time.now())) {
                return;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not take the retention timer's lease; will retry in an hour", e);
            return;
        }
        try {
            Map<Retention, Integer> forgotten = retention.forgetExpired();
            LOG.fine(() -> "Retention: deleted " + forgotten);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting data past its retention period failed; will retry in an hour", e);
        }
    }
}
