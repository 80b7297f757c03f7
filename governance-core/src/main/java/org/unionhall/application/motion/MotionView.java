package org.unionhall.application.motion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Threshold;
import org.unionhall.domain.motion.ElectionMethod;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;

/**
 * A motion's page: its text, where it stands, its seconds, amendments, history and result, and
 * what the caller may do with it.
 *
 * @param id its id
 * @param kind its kind
 * @param title its title
 * @param text its text (as amended)
 * @param status where it stands
 * @param scope chapter, union or federation
 * @param scopeSlug the scope's short name
 * @param scopeName the scope's name
 * @param parentId the motion this amends, for an amendment
 * @param parentTitle that motion's title
 * @param proposerName who proposed it
 * @param createdAt when it was drafted
 * @param bylawsNumber the bylaws version it is decided under, from submission on
 * @param decidedBy who decides it
 * @param threshold the support it needs
 * @param secondsNeeded seconds needed
 * @param secondsDue end of the seconding time
 * @param seconders who seconded, in order
 * @param votingOpens when its vote opens
 * @param votingCloses when its vote closes
 * @param electionId the secret ballot, if decided by the members
 * @param result for, against, abstaining and eligible, once decided
 * @param decisionNote the bylaws' reasoning, once decided
 * @param amendments its amendments
 * @param history every step, oldest first
 * @param electionMethod for an officer election, how votes are counted
 * @param officeSeats for an officer election, seats to fill
 * @param nominations for an officer election, the nominations
 * @param proposedBylaws for a bylaws amendment, the proposed version
 * @param viewer what the caller may do
 */
public record MotionView(String id, MotionKind kind, String title, String text, MotionStatus status, MotionScope scope,
                         String scopeSlug, String scopeName, Optional<String> parentId, Optional<String> parentTitle,
                         String proposerName, Instant createdAt, Optional<Integer> bylawsNumber,
                         Optional<DecisionBody> decidedBy, Optional<Threshold> threshold, int secondsNeeded,
                         Optional<Instant> secondsDue, List<String> seconders, Optional<Instant> votingOpens,
                         Optional<Instant> votingCloses, Optional<String> electionId, Optional<Result> result,
                         Optional<String> decisionNote, List<MotionSummary> amendments,
                         List<MotionEventView> history, Optional<ElectionMethod> electionMethod, int officeSeats,
                         List<NominationView> nominations, Optional<BylawsView> proposedBylaws, Viewer viewer) {

    /**
     * The figures of a decided motion.
     *
     * @param inFavour weight for
     * @param against weight against
     * @param abstaining weight abstaining
     * @param eligible eligible voters or total delegate weight
     * @param quorumMet whether the quorum was met
     */
    public record Result(long inFavour, long against, long abstaining, long eligible, boolean quorumMet) {
    }

    /**
     * What the caller may do now.
     *
     * @param isProposer the caller proposed it
     * @param maySubmit the caller may submit the draft
     * @param maySecond the caller may second it
     * @param mayAmend the caller may propose an amendment
     * @param mayWithdraw the caller may withdraw it
     * @param isSteward the caller may open it for amendments, schedule it and open or close its vote
     * @param mayNominate the caller may nominate candidates
     */
    public record Viewer(boolean isProposer, boolean maySubmit, boolean maySecond, boolean mayAmend,
                         boolean mayWithdraw, boolean isSteward, boolean mayNominate) {
    }
}
