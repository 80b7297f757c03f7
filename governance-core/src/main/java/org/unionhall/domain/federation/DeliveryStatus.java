package org.unionhall.domain.federation;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Not yet accepted by the recipient's server; tried when due. */
    PENDING,
    /** The recipient's server answered 2xx. */
    DELIVERED,
    /** Refused for good (a 4xx other than 408 and 429), or not accepted within {@link DeliveryRetries#GIVE_UP_AFTER}. */
    GIVEN_UP
}
