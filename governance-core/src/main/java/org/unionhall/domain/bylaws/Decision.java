package org.unionhall.domain.bylaws;

/**
 * What the bylaws make of a tally.
 *
 * @param tally the counted vote
 * @param quorumMet whether enough of the eligible weight took part
 * @param thresholdReached whether the support reached the threshold
 * @param explanation the reasoning in plain words, for the motion's history and result page
 */
public record Decision(Tally tally, boolean quorumMet, boolean thresholdReached, String explanation) {

    /** Carried only when both the quorum and the threshold are met. */
    public boolean carried() {
        return quorumMet && thresholdReached;
    }
}
