package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.Turnout;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.Moments;

/**
 * Quorum at risk in secret member ballots: a motion (or officer election) in its vote, decided by
 * secret ballot, that closes within 24 hours while fewer members have voted than the member
 * quorum of the bylaws version it recorded asks for. The members who can still vote are told,
 * once per motion: while voting keys are still being registered, every active member of the
 * scope; once the roll is frozen, the registered members who have not voted yet (the others can
 * no longer vote). Only who is marked "has voted" is read, never anything about a ballot.
 */
@ApplicationScoped
@Transactional
public class BallotQuorumWarnings extends MotionSupport {
    /** How long before the close members are warned. */
    public static final Duration AHEAD = Duration.ofHours(24);

    private BallotBox ballots;

    /** For CDI's proxy. */
    protected BallotQuorumWarnings() {
    }

    /**
     * @param stores the repositories and clock
     * @param notifier writes notifications and hands them to the mail hook
     * @param ballots the secret ballot service, when deployed
     */
    @Inject
    public BallotQuorumWarnings(MotionStores stores, Notifier notifier, BallotBox ballots) {
        super(stores, notifier);
        this.ballots = ballots;
    }

    /**
     * Warns about every secret ballot closing within the next 24 hours below its quorum that was
     * not warned about before.
     *
     * @return how many motions members were warned about
     */
    public int warnDue() {
        Optional<ElectionService> service = ballots.service();
        if (service.isEmpty()) {
            return 0;
        }
        Instant now = now();
        int warned = 0;
        for (Motion m : stores.motions().votingClosingBetween(now, now.plus(AHEAD))) {
            if (!secret(m) || m.electionId().isEmpty()
                    || stores.notifications().alreadySent(m.id(), NotificationKind.QUORUM_AT_RISK)) {
                continue;
            }
            Turnout turnout = service.get().turnout(ElectionId.of(m.electionId().get()));
            List<MemberId> mayStillVote;
            long eligible;
            if (turnout.phase() == ElectionPhase.REGISTRATION) {
                mayStillVote = activeMembers(scopeOf(m));
                eligible = mayStillVote.size();
            } else if (turnout.phase() == ElectionPhase.OPEN) {
                mayStillVote = turnout.registeredNotVoted();
                eligible = turnout.eligible().orElse(0L);
            } else {
                continue;
            }
            int quorum = recordedBylaws(m).terms().memberQuorumPercent();
            boolean met = turnout.voted() > 0 && turnout.voted() * 100 >= (long) quorum * eligible;
            if (met || mayStillVote.isEmpty()) {
                continue;
            }
            notifier.notify(mayStillVote, NotificationKind.QUORUM_AT_RISK, m.id(), "Quorum at risk: the secret ballot "
                    + "on \"" + m.title() + "\" closes at " + Moments.inWords(m.votingCloses().orElseThrow()) + " and " + turnout.voted()
                    + " of " + eligible + " eligible members have voted (" + quorum + "% needed). You have not "
                    + "voted yet.");
            warned++;
        }
        return warned;
    }
}
