package org.unionhall.domain.treasury;

/**
 * Where a grant request stands: draft → submitted → approved (money reserved) → paid; or returned
 * for changes (and submitted again), rejected, withdrawn by its requester, or expired when the
 * reservation ran out before anyone paid. A request above the bylaws' limit goes from draft to the
 * members (money reserved), and their motion approves or rejects it.
 */
public enum GrantStatus {
    /** Written, not yet sent; only its requester sees it. */
    DRAFT,
    /** Sent to the treasurers, collecting approvals. */
    SUBMITTED,
    /**
     * The members decide it: above the bylaws' limit by a budget motion (its money reserved
     * meanwhile), or among competing requests in a participatory budget.
     */
    WITH_MEMBERS,
    /** Sent back to the requester with a note, to be changed and submitted again. */
    RETURNED,
    /** Approved by enough treasurers; the amount is reserved in the fund. */
    APPROVED,
    /** Refused by a treasurer, with a reason; a reservation was released. */
    REJECTED,
    /** Paid: the reservation was posted to the payee. */
    PAID,
    /** Withdrawn by its requester before it was approved. */
    WITHDRAWN,
    /** Approved, but the reservation ran out before it was paid. */
    EXPIRED;

    /** Whether nothing more can happen to the request. */
    public boolean finished() {
        return this == REJECTED || this == PAID || this == WITHDRAWN || this == EXPIRED;
    }

    /** Whether the request is with the treasurers, collecting approvals. */
    public boolean collectingApprovals() {
        return this == SUBMITTED;
    }

    /** The status in lower-case words, for sentences. */
    public String inSentence() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
