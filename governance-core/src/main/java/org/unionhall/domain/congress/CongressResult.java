package org.unionhall.domain.congress;

import org.unionhall.domain.bylaws.Tally;

/**
 * The weighted outcome of a roll call.
 *
 * @param inFavour weight for
 * @param against weight against
 * @param abstaining weight abstaining
 * @param totalWeight the weight of every seat (the quorum's base)
 */
public record CongressResult(long inFavour, long against, long abstaining, long totalWeight) {

    /** The weight cast. */
    public long cast() {
        return inFavour + against + abstaining;
    }

    /** As a tally for the bylaws to decide. */
    public Tally tally() {
        return new Tally(inFavour, against, abstaining, totalWeight);
    }
}
