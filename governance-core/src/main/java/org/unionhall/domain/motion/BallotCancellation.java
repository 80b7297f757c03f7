package org.unionhall.domain.motion;

/**
 * Why the secret ballot deciding a motion was cancelled before anything was counted, in the
 * words members read in the motion's history and in the result notification.
 */
public enum BallotCancellation {
    /** The opening time came and no member of the scope had registered a voting key. */
    NO_VOTING_KEY("no member registered a voting key before voting opened."),
    /** Voting closed and no member had cast a ballot. */
    NO_BALLOT_CAST("voting closed without a single ballot cast, so there was nothing to count."),
    /** A complaint in the key ceremony excluded a trustee and fewer than the threshold remained. */
    TOO_FEW_TRUSTEES("a complaint in the key ceremony excluded a trustee, and too few trustees remained to "
            + "decrypt the result.");

    private final String cause;

    BallotCancellation(String cause) {
        this.cause = cause;
    }

    /** The reason as one sentence, e.g. "The secret ballot was cancelled: no member registered …". */
    public String reason() {
        return "The secret ballot was cancelled: " + cause;
    }
}
