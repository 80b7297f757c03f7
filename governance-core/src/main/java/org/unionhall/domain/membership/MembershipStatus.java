package org.unionhall.domain.membership;

/**
 * Where a member stands in a chapter. Only an {@link #ACTIVE} member counts towards the chapter's
 * certified membership, may hold a delegate mandate, and may vote.
 */
public enum MembershipStatus {
    /** In good standing. */
    ACTIVE,
    /** Dues or confirmation lapsed; restored by a steward once settled. */
    LAPSED,
    /** Suspended by a steward for a stated reason; restored by a steward. */
    SUSPENDED,
    /** The member left. They may ask to join again; the history is kept. */
    LEFT
}
