package org.unionhall.infrastructure.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.motion.BallotQuorumWarnings;
import org.unionhall.application.motion.MotionService;

/**
 * Once a minute, lapses motions not seconded in time, opens votes whose time came, closes roll
 * calls whose time ran out, and warns of quorum at risk 24 hours before a close: delegates who
 * have not voted in a roll call, and members who have not voted in a secret ballot.
 *
 * <p>One node only: the timer is not persistent and runs on every node that deploys the
 * application. On a cluster the versioned rows keep two nodes from both closing one roll call
 * (one of them fails on the optimistic lock and retries a minute later), but a quorum warning may
 * be written twice; run several nodes with the timer on one of them only.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MotionTimer {
    private static final Logger LOG = Logger.getLogger(MotionTimer.class.getName());

    @Inject
    MotionService motions;

    @Inject
    BallotQuorumWarnings ballotQuorum;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "Motions: deadlines, openings, closings")
    void tick() {
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
