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
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.unionhall.application.TimeSource;
import org.unionhall.application.treasury.BudgetService;
import org.unionhall.application.treasury.GrantService;
import org.unionhall.application.treasury.LedgerUpkeep;

/**
 * Every 15 seconds, expires the ledgers' reservations whose timeout ran out, settles the grant requests
 * the members decided by motion, executes the participatory budgets whose ballot's result is published
 * (or ends those whose ballot was cancelled) and expires grants approved but not paid in time, then signs a checkpoint
 * of every ledger whose head moved and whose latest checkpoint is older than
 * {@link #CHECKPOINT_EVERY}. On a cluster the tick runs on the one node that takes the
 * {@link TimerLease} {@value #LEASE_NAME}, as {@link MotionTimer} does. A tick that fails changes
 * nothing (each step is one transaction) and the next one tries again.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerTimer {
    private static final Logger LOG = Logger.getLogger(LedgerTimer.class.getName());
    static final String LEASE_NAME = "ledger";
    /** How often a ledger that moved gets a signed checkpoint. */
    static final Duration CHECKPOINT_EVERY = Duration.ofHours(1);
    private static final TimerLease LEASE = new TimerLease(LEASE_NAME, Duration.ofSeconds(12));
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "java:app/jdbc/unionhall")
    DataSource dataSource;

    @Inject
    TimeSource time;

    @Inject
    LedgerUpkeep upkeep;

    @Inject
    GrantService grants;

    @Inject
    BudgetService budgets;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "Ledgers: expiries and checkpoints")
    void tick() {
        try (Connection connection = dataSource.getConnection()) {
            if (!LEASE.tryAcquire(connection, NODE, time.now())) {
                return;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not take the ledger timer's lease; will retry at the next tick", e);
            return;
        }
        try {
            int expired = upkeep.expireDue();
            if (expired > 0) {
                LOG.fine(() -> expired + " ledger reservations expired");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expiring ledger reservations failed; will retry at the next tick", e);
        }
        try {
            int settled = grants.settleVotes();
            if (settled > 0) {
                LOG.fine(() -> settled + " grant requests settled by the members' motions");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Settling grant requests decided by motion failed; will retry at the next tick", e);
        }
        try {
            int funded = budgets.settleDue();
            if (funded > 0) {
                LOG.fine(() -> funded + " participatory budgets executed or cancelled with their ballots");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Settling participatory budgets failed; will retry at the next tick", e);
        }
        try {
            int lapsed = grants.lapseDue();
            if (lapsed > 0) {
                LOG.fine(() -> lapsed + " approved grant requests expired unpaid");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expiring approved grant requests failed; will retry at the next tick", e);
        }
        try {
            int signed = upkeep.checkpointDue(CHECKPOINT_EVERY);
            if (signed > 0) {
                LOG.fine(() -> signed + " ledger checkpoints signed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Signing ledger checkpoints failed; will retry at the next tick", e);
        }
    }
}
