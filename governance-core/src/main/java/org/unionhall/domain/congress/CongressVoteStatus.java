package org.unionhall.domain.congress;

/** Whether delegates may still vote. */
public enum CongressVoteStatus {
    /** Delegates vote. */
    OPEN,
    /** Counted. */
    CLOSED
}
