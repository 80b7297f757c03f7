package org.unionhall.infrastructure.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.motion.MotionService;

/**
 * Once a minute, lapses motions not seconded in time, opens votes whose time came, closes roll
 * calls whose time ran out and warns delegates of quorum at risk 24 hours before a close.
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
    }
}
