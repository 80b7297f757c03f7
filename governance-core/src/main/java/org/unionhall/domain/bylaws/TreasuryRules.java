package org.unionhall.domain.bylaws;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.unionhall.domain.shared.InvalidInput;

/**
 * What the bylaws say about the union's money: how many treasurers must approve a grant request
 * ("N of M"), up to which amount one approval suffices, and above which amount the members decide
 * a request by motion instead of the treasurers, and whether the union's fund page is public or for
 * its members only. Amounts are whole minor units of the union's
 * ledger currency (cents for EUR). Part of a version of the bylaws, so it changes only by a
 * bylaws amendment.
 */
@Embeddable
@Access(AccessType.FIELD)
public class TreasuryRules {
    /** The most approvals the bylaws may ask for. */
    public static final int MAX_APPROVALS = 15;
    /** The largest amount a rule may name: ten million in major units of a two-decimal currency. */
    public static final long MAX_LIMIT = 1_000_000_000L;

    @Column(name = "grant_approvals", nullable = false)
    private int approvals;

    @Column(name = "grant_single_approval_up_to", nullable = false)
    private long singleApprovalUpTo;

    @Column(name = "grant_motion_above", nullable = false)
    private long motionAbove;

    @Column(name = "fund_page_public", nullable = false)
    private boolean fundPagePublic;

    /** For JPA only. */
    protected TreasuryRules() {
    }

    /**
     * @param approvals how many treasurers must approve a request above {@code singleApprovalUpTo}
     *                  (1..{@value #MAX_APPROVALS})
     * @param singleApprovalUpTo up to this amount (inclusive) one treasurer's approval suffices; 0
     *                           when every request needs {@code approvals}
     * @param motionAbove a request for more than this goes to the members as a budget motion
     *                    (1..{@value #MAX_LIMIT}); at least {@code singleApprovalUpTo}
     * @param fundPagePublic whether anyone may read the fund page, or only the union's members
     */
    public TreasuryRules(int approvals, long singleApprovalUpTo, long motionAbove, boolean fundPagePublic) {
        if (approvals < 1 || approvals > MAX_APPROVALS) {
            throw new InvalidInput("The approvals a grant request needs must be between 1 and " + MAX_APPROVALS
                    + "; " + approvals + " is not.");
        }
        if (singleApprovalUpTo < 0 || singleApprovalUpTo > MAX_LIMIT) {
            throw new InvalidInput("The amount up to which one approval suffices must be between 0 and "
                    + MAX_LIMIT + " minor units.");
        }
        if (motionAbove < 1 || motionAbove > MAX_LIMIT) {
            throw new InvalidInput("The amount above which members decide a grant must be between 1 and "
                    + MAX_LIMIT + " minor units.");
        }
        if (motionAbove < singleApprovalUpTo) {
            throw new InvalidInput("The amount above which members decide a grant cannot be below the amount up "
                    + "to which one approval suffices.");
        }
        this.approvals = approvals;
        this.singleApprovalUpTo = singleApprovalUpTo;
        this.motionAbove = motionAbove;
        this.fundPagePublic = fundPagePublic;
    }

    /**
     * The rules a new union starts with: two treasurers approve every request, and a request above
     * 5,000.00 (500,000 minor units) is decided by the members; the fund page is for members.
     */
    public static TreasuryRules founding() {
        return new TreasuryRules(2, 0, 500_000, false);
    }

    /** How many treasurers must approve a request for the amount (in minor units). */
    public int approvalsFor(long amount) {
        return amount <= singleApprovalUpTo ? 1 : approvals;
    }

    /** Whether a request for the amount (in minor units) is for the members to decide. */
    public boolean needsMotion(long amount) {
        return amount > motionAbove;
    }

    /** Approvals needed above {@link #singleApprovalUpTo()}. */
    public int approvals() {
        return approvals;
    }

    /** Up to this amount, in minor units, one approval suffices. */
    public long singleApprovalUpTo() {
        return singleApprovalUpTo;
    }

    /** Above this amount, in minor units, the members decide. */
    public long motionAbove() {
        return motionAbove;
    }

    /** Whether anyone may read the fund page, or only the union's members. */
    public boolean fundPagePublic() {
        return fundPagePublic;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TreasuryRules other && approvals == other.approvals
                && singleApprovalUpTo == other.singleApprovalUpTo && motionAbove == other.motionAbove && fundPagePublic == other.fundPagePublic;
    }

    @Override
    public int hashCode() {
        return Objects.hash(approvals, singleApprovalUpTo, motionAbove, fundPagePublic);
    }
}
