package org.unionhall.infrastructure.schedule;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.unionhall.application.TimeSource;
import org.unionhall.application.federation.FederationUpkeep;

/**
 * Every five seconds: posts the unions' new announcements (looking for published results once a
 * minute) and sends the federation outbox's due deliveries. On a cluster the tick runs on the one
 * node that takes the {@link TimerLease} {@value #LEASE_NAME}; each delivery is also claimed row by
 * row, so two nodes never send one at once. A tick that fails keeps what it committed, and the
 * next one tries again.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FederationTimer {
    private static final Logger LOG = Logger.getLogger(FederationTimer.class.getName());
    static final String LEASE_NAME = "federation";
    private static final TimerLease LEASE = new TimerLease(LEASE_NAME, Duration.ofSeconds(4));
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "java:app/jdbc/unionhall")
    DataSource dataSource;

    @Inject
    TimeSource time;

    @Inject
    Instance<FederationUpkeep> upkeep;

    private int ticks;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false,
            info = "Federation: announcements and deliveries")
    void tick() {
        if (!upkeep.isResolvable()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!LEASE.tryAcquire(connection, NODE, time.now())) {
                return;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not take the federation timer's lease; will retry", e);
            return;
        }
        try {
            upkeep.get().postAnnouncements(ticks++ % 12 == 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Posting the unions' announcements failed; will retry", e);
        }
        try {
            upkeep.get().deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivering the federation outbox failed; will retry", e);
        }
    }
}
