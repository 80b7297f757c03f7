package org.unionhall.application.motion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.application.election.ElectionPublished;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.NominationId;

/**
 * Bylaws, motions, amendments and officer elections. Members of a union see its motions and
 * those of its chapters; active members of a scope propose, second and amend there; stewards of
 * the scope open motions for amendments, schedule them and open their votes.
 */
public interface MotionService {

    /** The union's bylaws in force. */
    BylawsView bylaws(Actor actor, String unionSlug);

    /** Every version of the union's bylaws that was in force, newest first. */
    List<BylawsView> bylawsHistory(Actor actor, String unionSlug);

    /** A union steward records the founding bylaws (version 1) of a union that has none yet. */
    BylawsView adoptFoundingBylaws(Actor actor, String unionSlug);

    /** The union's own motions, newest first. */
    List<MotionSummary> motionsOfUnion(Actor actor, String unionSlug);

    /** A chapter's motions, newest first. */
    List<MotionSummary> motionsOfChapter(Actor actor, String chapterSlug);

    /** A motion's page (drafts only for their proposer). */
    MotionView motion(Actor actor, MotionId motion);

    /** Drafts a motion. */
    MotionView propose(Actor actor, ProposeMotion proposal);

    /** Drafts a bylaws amendment for a union, carrying the whole proposed next version. */
    MotionView proposeBylawsAmendment(Actor actor, String unionSlug, String title, String text,
                                      BylawsProposal proposal);

    /** Drafts an officer election. */
    MotionView callElection(Actor actor, CallElection call);

    /** The proposer rewrites the title and text of their draft (a draft is hidden from everyone else). */
    MotionView editDraft(Actor actor, MotionId motion, String title, String text);

    /** The proposer submits the draft under the bylaws in force; members of the scope are told it needs seconds. */
    MotionView submit(Actor actor, MotionId motion);

    /** A member seconds. */
    MotionView second(Actor actor, MotionId motion);

    /** A steward opens the seconded motion for amendments. */
    MotionView openForAmendments(Actor actor, MotionId motion);

    /** A member proposes an amendment (a new text) to a motion open for amendments. */
    MotionView amend(Actor actor, MotionId motion, String title, String newText);

    /**
     * A steward schedules the vote: from {@code opens} (default now) to {@code closes} (default
     * the bylaws' voting period later). A motion for a secret member ballot gets its election
     * prepared now.
     */
    MotionView schedule(Actor actor, MotionId motion, Optional<Instant> opens, Optional<Instant> closes);

    /** A steward opens a scheduled vote now (for a congress: the roll call with weights certified today). */
    MotionView openVoting(Actor actor, MotionId motion);

    /** The proposer withdraws the motion before its vote. */
    MotionView withdraw(Actor actor, MotionId motion);

    /** A member nominates a member of the scope as candidate in an officer election. */
    NominationView nominate(Actor actor, MotionId election, MemberId nominee);

    /** The nominee accepts, with a candidate statement. */
    NominationView acceptNomination(Actor actor, NominationId nomination, String statement);

    /** The nominee declines. */
    NominationView declineNomination(Actor actor, NominationId nomination);

    /** Decides the motion or officer election a secret ballot was held for, from its published result. */
    void decideByBallot(ElectionPublished published);

    /**
     * The periodic step: lapses motions not seconded in time, opens due votes, closes due roll
     * calls, and warns of quorum at risk 24 hours before a close.
     *
     * @return how many motions changed or were warned about
     */
    int advanceDue();
}
