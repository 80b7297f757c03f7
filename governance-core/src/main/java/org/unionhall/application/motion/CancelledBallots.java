package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionView;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.motion.BallotCancellation;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.shared.DomainException;

/**
 * Ends the motions (and officer elections) whose secret ballot was cancelled: no member had
 * registered a voting key when voting opened, no ballot was cast by the close, or a complaint in
 * the key ceremony left fewer trustees than the threshold. Such a motion would otherwise stay
 * scheduled or in its vote for ever. It fails with the reason in plain words in its history, and
 * the members of its scope are told as for a published result.
 *
 * <p>It runs as a periodic step rather than on an event, so a crash between the cancellation and
 * this follow-up loses nothing: the next run finds the motion still waiting. A run changes only
 * motions still scheduled or voting, so running it again changes nothing. When two nodes run it
 * at once, both may end the same motion in memory, but only one can commit it: the motion's
 * version column (and the primary key of its history lines) make the other's transaction fail on
 * its write and roll back with the notifications it wrote, and its next run finds the motion
 * ended. Mail is handed over only after a commit, so nobody is mailed twice either.
 */
@ApplicationScoped
@Transactional
public class CancelledBallots extends MotionSupport {
    private static final Logger LOG = Logger.getLogger(CancelledBallots.class.getName());

    private BallotBox ballots;

    /** For CDI's proxy. */
    protected CancelledBallots() {
    }

    /**
     * @param stores the repositories and clock
     * @param notifier writes notifications and hands them to the mail hook
     * @param ballots the secret ballot service, when deployed
     */
    @Inject
    public CancelledBallots(MotionStores stores, Notifier notifier, BallotBox ballots) {
        super(stores, notifier);
        this.ballots = ballots;
    }

    /**
     * Ends every scheduled or voting motion whose secret ballot is cancelled, and tells the
     * members of its scope.
     *
     * @return how many motions ended
     */
    public int endDue() {
        Optional<ElectionService> service = ballots.service();
        if (service.isEmpty()) {
            return 0;
        }
        int ended = 0;
        for (Motion m : stores.motions().awaitingBallot()) {
            ElectionId election = ElectionId.of(m.electionId().orElseThrow());
            BallotCancellation why;
            try {
                ElectionView ballot = service.get().view(Optional.empty(), election);
                if (ballot.phase() != ElectionPhase.CANCELLED) {
                    continue;
                }
                why = cause(ballot);
            } catch (DomainException unreadable) {
                LOG.log(Level.WARNING, "The secret ballot " + election + " of motion " + m.id()
                        + " could not be read: " + unreadable.getMessage());
                continue;
            }
            m.ballotCancelled(why, now());
            followUp(m);
            ended++;
        }
        return ended;
    }

    /**
     * Why the election was cancelled, from what anyone may read of it. Only the close cancels an
     * election that opened (no ballot cast). Before opening, each complaint either restarts the
     * key ceremony in a new round or cancels the election, so a complaint for every round means
     * the last one cancelled it; otherwise the opening found no voting key registered.
     */
    private static BallotCancellation cause(ElectionView ballot) {
        if (ballot.contextJson().isPresent()) {
            return BallotCancellation.NO_BALLOT_CAST;
        }
        return ballot.complaints() >= ballot.ceremonyRound() ? BallotCancellation.TOO_FEW_TRUSTEES
                : BallotCancellation.NO_VOTING_KEY;
    }
}
