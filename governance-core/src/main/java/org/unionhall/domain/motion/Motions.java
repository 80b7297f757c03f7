package org.unionhall.domain.motion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;

/** Every motion, amendment and officer election. */
public interface Motions {

    /** The motion with this id. */
    Optional<Motion> find(MotionId id);

    /** A union's own motions (union scope, not amendments), newest first. */
    List<Motion> ofUnion(UnionId union);

    /** A chapter's motions (not amendments), newest first. */
    List<Motion> ofChapter(ChapterId chapter);

    /** The federation's own motions, newest first. */
    List<Motion> ofFederation(FederationId federation);

    /** The amendments of a motion, oldest first. */
    List<Motion> amendmentsOf(MotionId parent);

    /** Motions waiting for seconds whose time ran out before {@code now}. */
    List<Motion> secondingOverdue(Instant now);

    /** Scheduled motions whose vote should be open at {@code now}. */
    List<Motion> dueToOpen(Instant now);

    /** Motions in their vote that close between the two instants. */
    List<Motion> votingClosingBetween(Instant from, Instant to);

    /**
     * Motions whose secret ballot is prepared and that are still scheduled or in their vote,
     * oldest first: those a cancelled ballot may have to end.
     */
    List<Motion> awaitingBallot();

    /** The motion that a secret ballot decides. */
    Optional<Motion> byElection(String electionId);

    /** Stores a new motion. */
    void add(Motion motion);

    /**
     * Motions and amendments of these unions (their own and their chapters') whose title or text
     * contains every word, case-insensitively, drafts left out; newest first.
     */
    List<Motion> search(java.util.Collection<org.unionhall.domain.membership.UnionId> unions, List<String> words,
                        int limit);
}
