package org.unionhall.domain.membership;

/** Where an invitation stands. An invitation past its day is expired even while still marked pending. */
public enum InvitationStatus {
    /** Sent; its link can be used until it expires. */
    PENDING,
    /** Its link was used: the person is a member of the chapter. */
    ACCEPTED,
    /** A steward took it back; its link opens nothing. */
    WITHDRAWN,
    /** Its day passed before it was used. */
    EXPIRED
}
