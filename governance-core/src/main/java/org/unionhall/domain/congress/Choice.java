package org.unionhall.domain.congress;

/** A vote in a roll call. */
public enum Choice {
    /** In favour. */
    FOR,
    /** Against. */
    AGAINST,
    /** Abstaining: counts towards the quorum, not for or against. */
    ABSTAIN;

    /** In plain words. */
    public String label() {
        return switch (this) {
            case FOR -> "for";
            case AGAINST -> "against";
            case ABSTAIN -> "abstain";
        };
    }
}
