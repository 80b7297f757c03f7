package org.unionhall.application.motion;

import org.unionhall.domain.bylaws.TreasuryRules;

/**
 * The treasury's part of a version of the bylaws, as shown and as proposed. Amounts are whole
 * minor units of the union's ledger currency (cents for EUR).
 *
 * @param grantApprovals how many treasurers must approve a grant request above
 *                       {@code grantSingleApprovalUpTo}
 * @param grantSingleApprovalUpTo up to this amount one treasurer's approval suffices (0: never)
 * @param grantMotionAbove a request for more than this is decided by the members as a budget motion
 * @param fundPagePublic whether anyone may read the union's fund page, or only its members
 */
public record TreasuryTerms(int grantApprovals, long grantSingleApprovalUpTo, long grantMotionAbove,
                            boolean fundPagePublic) {

    /** The terms of the rules. */
    public static TreasuryTerms of(TreasuryRules rules) {
        return new TreasuryTerms(rules.approvals(), rules.singleApprovalUpTo(), rules.motionAbove(),
                rules.fundPagePublic());
    }

    /** The rules these terms state, checked. */
    public TreasuryRules rules() {
        return new TreasuryRules(grantApprovals, grantSingleApprovalUpTo, grantMotionAbove, fundPagePublic);
    }
}
