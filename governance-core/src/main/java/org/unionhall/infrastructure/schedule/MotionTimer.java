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
import org.unionhall.application.motion.BallotQuorumWarnings;
import org.unionhall.application.motion.CancelledBallots;
import org.unionhall.application.motion.MotionService;

/**
 * Every 15 seconds, ends motions whose secret ballot was cancelled, lapses motions not seconded in
 * time, opens votes whose time came, closes roll calls whose time ran out, and warns of quorum at
 * risk 24 hours before a close: delegates who have not voted in a roll call, and members who have
 * not voted in a secret ballot. Cancelled ballots come first, so that a motion whose ballot was
 * cancelled at its opening time ends instead of being announced as open.
 *
 * <p>On a cluster every node fires the timer, and each tick runs on one node only: the
 * node that takes the {@link TimerLease} {@value #LEASE_NAME}. Payara Micro's persistent timers
 * cannot do this: each node keeps its own copy of an automatic timer, and a dead node's timers
 * wait for a node of the same name to return.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MotionTimer {
    private static final Logger LOG = Logger.getLogger(MotionTimer.class.getName());
    static final String LEASE_NAME = "motions";
    /** Shorter than the 15 seconds between ticks, so the next tick goes to whichever node fires first. */
    private static final TimerLease LEASE = new TimerLease(LEASE_NAME, Duration.ofSeconds(12));
    /** This process ("pid@host"), as the lease's holder: unique per node, readable by an operator. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "java:app/jdbc/unionhall")
    DataSource dataSource;

    @Inject
    TimeSource time;

    @Inject
    MotionService motions;

    @Inject
    BallotQuorumWarnings ballotQuorum;

    @Inject
    CancelledBallots cancelledBallots;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "Motions: deadlines, openings, closings")
    void tick() {
        if (!leaseTaken()) {
            return;
        }
        try {
            int ended = cancelledBallots.endDue();
            if (ended > 0) {
                LOG.fine(() -> ended + " motions ended because their secret ballot was cancelled");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ending motions whose secret ballot was cancelled failed; will retry at the next tick",
                    e);
        }
        try {
            int changed = motions.advanceDue();
            if (changed > 0) {
                LOG.fine(() -> changed + " motions moved along");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Moving motions along failed; will retry at the next tick", e);
        }
        try {
            int warned = ballotQuorum.warnDue();
            if (warned > 0) {
                LOG.fine(() -> "Members warned of quorum at risk in " + warned + " secret ballots");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Warning members of quorum at risk failed; will retry at the next tick", e);
        }
    }

    private boolean leaseTaken() {
        try (Connection connection = dataSource.getConnection()) {
            return LEASE.tryAcquire(connection, NODE, time.now());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not take the motion timer's lease; will retry at the next tick", e);
            return false;
        }
    }
}
