package org.unionhall.domain.membership;

/** The life of a request to join a chapter: it waits until a steward admits or declines it. */
public enum JoinRequestStatus {
    /** Waiting for a steward. */
    PENDING,
    /** A steward admitted the person; they are now an active member. */
    ADMITTED,
    /** A steward declined, with a reason the person can read. */
    DECLINED
}
