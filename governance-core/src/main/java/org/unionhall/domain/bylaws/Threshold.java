package org.unionhall.domain.bylaws;

/**
 * How much support carries a motion. Weights are counted exactly in whole numbers, so no
 * rounding ever decides a vote.
 */
public enum Threshold {
    /** More for than against; abstentions do not count either way. */
    SIMPLE,
    /** More for than half of all votes cast, abstentions included. */
    ABSOLUTE,
    /** At least two thirds of the votes for or against are for (and at least one vote for). */
    TWO_THIRDS;

    /** Whether the weights for, against and abstaining reach this threshold. */
    public boolean reached(long inFavour, long against, long abstaining) {
        return switch (this) {
            case SIMPLE -> inFavour > against;
            case ABSOLUTE -> 2 * inFavour > inFavour + against + abstaining;
            case TWO_THIRDS -> inFavour > 0 && 3 * inFavour >= 2 * (inFavour + against);
        };
    }

    /** In plain words. */
    public String label() {
        return switch (this) {
            case SIMPLE -> "simple majority (more for than against)";
            case ABSOLUTE -> "absolute majority (more than half of all votes cast)";
            case TWO_THIRDS -> "two-thirds majority";
        };
    }
}
