package org.unionhall.application.motion;

import java.util.Map;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Threshold;

/**
 * The bylaws a {@code BYLAWS_AMENDMENT} motion proposes: the whole next version.
 *
 * @param memberQuorumPercent quorum of a secret ballot, percent of eligible voters
 * @param congressQuorumPercent quorum of a roll call, percent of delegate weight
 * @param secondsNeeded seconds a motion needs
 * @param secondingDays days allowed for seconding
 * @param votingDays default voting period
 * @param trustees default number of trustees
 * @param trusteeThreshold default trustee threshold
 * @param bodies who decides each kind of motion
 * @param thresholds the support each kind needs
 * @param treasury the treasury's rules; {@code null} keeps those in force
 */
public record BylawsProposal(int memberQuorumPercent, int congressQuorumPercent, int secondsNeeded, int secondingDays,
                             int votingDays, int trustees, int trusteeThreshold, Map<MotionKind, DecisionBody> bodies,
                             Map<MotionKind, Threshold> thresholds, TreasuryTerms treasury) {

    /** A proposal that keeps the treasury's rules in force. */
    public BylawsProposal(int memberQuorumPercent, int congressQuorumPercent, int secondsNeeded, int secondingDays,
                          int votingDays, int trustees, int trusteeThreshold, Map<MotionKind, DecisionBody> bodies,
                          Map<MotionKind, Threshold> thresholds) {
        this(memberQuorumPercent, congressQuorumPercent, secondsNeeded, secondingDays, votingDays, trustees,
                trusteeThreshold, bodies, thresholds, null);
    }
}
