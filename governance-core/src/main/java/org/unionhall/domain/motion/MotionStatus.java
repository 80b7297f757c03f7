package org.unionhall.domain.motion;

import java.util.Locale;

/** Where a motion stands in its workflow. */
public enum MotionStatus {
    /** Written, seen only by its proposer. */
    DRAFT,
    /** Submitted, waiting for seconds. */
    SUBMITTED,
    /** Enough members seconded it. */
    SECONDED,
    /** Members may propose amendments. */
    OPEN_FOR_AMENDMENTS,
    /** The vote is set for a time. */
    SCHEDULED,
    /** The vote is open. */
    VOTING,
    /** Decided: carried. */
    CARRIED,
    /** Decided: failed. */
    FAILED,
    /** Withdrawn by its proposer before the vote. */
    WITHDRAWN,
    /** Not seconded in time. */
    LAPSED;

    /** Whether the motion's life is over. */
    public boolean closed() {
        return this == CARRIED || this == FAILED || this == WITHDRAWN || this == LAPSED;
    }

    /** In plain words. */
    public String label() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
