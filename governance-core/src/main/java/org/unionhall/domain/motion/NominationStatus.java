package org.unionhall.domain.motion;

/** Where a nomination stands. */
public enum NominationStatus {
    /** Named, waiting for the nominee's answer. */
    AWAITING_ANSWER,
    /** The nominee stands as a candidate. */
    ACCEPTED,
    /** The nominee declined. */
    DECLINED
}
