package org.unionhall.domain.notification;

/** Why a member is told something. */
public enum NotificationKind {
    /** A motion in their scope waits for seconds. */
    SECONDS_NEEDED,
    /** A vote they may take part in opened. */
    VOTE_OPENED,
    /** A vote closes within 24 hours and has not reached its quorum. */
    QUORUM_AT_RISK,
    /** A result was published. */
    RESULT_PUBLISHED,
    /** They were nominated as a candidate. */
    NOMINATED,
    /** They are a trustee of a secret ballot that waits for its key ceremony. */
    TRUSTEE_NEEDED,
    /** They are a treasurer, and a grant request waits for their approval. */
    GRANT_TO_APPROVE,
    /** They are a treasurer, and an approved grant request waits for a treasurer who did not approve it to pay it. */
    GRANT_TO_PAY,
    /** A grant request they wrote was returned, rejected, approved, paid or expired. */
    GRANT_DECIDED,
    /** Someone replied to their comment in a motion's debate. */
    COMMENT_REPLY,
    /** Someone commented on a motion they follow. */
    COMMENT_POSTED
}
