package org.unionhall.domain.congress;

/** What a chapter tells its delegates to vote; shown beside their votes in the roll call. */
public enum Instruction {
    /** Vote for. */
    FOR,
    /** Vote against. */
    AGAINST,
    /** Abstain. */
    ABSTAIN,
    /** Free to vote as they judge. */
    FREE;

    /** In plain words. */
    public String label() {
        return switch (this) {
            case FOR -> "vote for";
            case AGAINST -> "vote against";
            case ABSTAIN -> "abstain";
            case FREE -> "free vote";
        };
    }

    /** Whether a vote of the given choice follows this instruction. */
    public boolean followedBy(Choice choice) {
        return this == FREE || name().equals(choice.name());
    }
}
