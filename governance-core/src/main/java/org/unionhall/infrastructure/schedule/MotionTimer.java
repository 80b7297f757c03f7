package org.unionhall.infrastructure.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.motion.BallotQuorumWarnings;
import org.unionhall.application.motion.CancelledBallots;
import org.unionhall.application.motion.MotionService;

/**
 * Once a minute, ends motions whose secret ballot was cancelled, lapses motions not seconded in
 * time, opens votes whose time came, closes roll calls whose time ran out, and warns of quorum at
 * risk 24 hours before a close: delegates who have not voted in a roll call, and members who have
 * not voted in a secret ballot. Cancelled ballots come first, so that a motion whose ballot was
 * cancelled at its opening time ends instead of being announced as open.
 *
 * <p>One node only: the timer is not persistent and runs on every node that deploys the
 * application. On a cluster the versioned rows keep two nodes from both closing one roll call
 * (one of them fails on the optimistic lock and retries a minute later), and likewise from both
 * ending one motion whose ballot was cancelled; but a quorum warning may be written twice; run
 * several nodes with the timer on one of them only.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MotionTimer {
    private static final Logger LOG = Logger.getLogger(MotionTimer.class.getName());

    @Inject
    MotionService motions;

    @Inject
    BallotQuorumWarnings ballotQuorum;

    @Inject
    CancelledBallots cancelledBallots;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "Motions: deadlines, openings, closings")
    void tick() {
        try {
            int ended = cancelledBallots.endDue();
            if (ended > 0) {
                LOG.fine(() -> ended + " motions ended because their secret ballot was cancelled");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ending motions whose secret ballot was cancelled failed; will retry in a minute",
                    e);
        }
        try {
            int changed = motions.advanceDue();
            if (changed > 0) {
                LOG.fine(() -> changed + " motions moved along");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Moving motions along failed; will retry in a minute", e);
        }
        try {
            int warned = ballotQuorum.warnDue();
            if (warned > 0) {
                LOG.fine(() -> "Members warned of quorum at risk in " + warned + " secret ballots");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Warning members of quorum at risk failed; will retry in a minute", e);
        }
    }
}
