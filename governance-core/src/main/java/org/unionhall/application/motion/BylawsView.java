package org.unionhall.application.motion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.bylaws.BylawsStatus;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Threshold;

/**
 * One version of the bylaws.
 *
 * @param id its id
 * @param number the version number once in force
 * @param status proposed, in force, superseded or rejected
 * @param adoptedAt when it came in force
 * @param adoptedByMotionId the bylaws amendment that carried it (empty for founding bylaws)
 * @param memberQuorumPercent quorum of a secret ballot, percent of eligible voters
 * @param congressQuorumPercent quorum of a roll call, percent of delegate weight
 * @param secondsNeeded seconds a motion needs
 * @param secondingDays days allowed for seconding
 * @param votingDays default voting period
 * @param trustees default number of trustees
 * @param trusteeThreshold default trustee threshold
 * @param rules the rule of each kind of motion
 * @param treasury grant approvals, the amount members decide, whether the fund page is public
 */
public record BylawsView(String id, Optional<Integer> number, BylawsStatus status, Optional<Instant> adoptedAt,
                         Optional<String> adoptedByMotionId, int memberQuorumPercent, int congressQuorumPercent,
                         int secondsNeeded, int secondingDays, int votingDays, int trustees, int trusteeThreshold,
                         List<Rule> rules, TreasuryTerms treasury) {

    /**
     * How one kind of motion is decided.
     *
     * @param kind the kind
     * @param body who decides
     * @param threshold the support needed
     */
    public record Rule(MotionKind kind, DecisionBody body, Threshold threshold) {
    }
}
