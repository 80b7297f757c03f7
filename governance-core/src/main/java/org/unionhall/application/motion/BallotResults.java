package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.election.ElectionPublished;
import org.unionhall.domain.shared.DomainException;

/**
 * Decides a motion or officer election when its secret ballot's result is published. It runs
 * after the election's own transaction committed, in a new one, so a refusal here can never undo
 * the published result; it is logged instead.
 */
@ApplicationScoped
public class BallotResults {
    private static final Logger LOG = Logger.getLogger(BallotResults.class.getName());

    @Inject
    MotionService motions;

    /** Observes the election service's event. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ElectionPublished published) {
        try {
            motions.decideByBallot(published);
        } catch (DomainException refused) {
            LOG.log(Level.WARNING, "The result of election " + published.electionId() + " decided no motion: "
                    + refused.getMessage());
        }
    }
}
