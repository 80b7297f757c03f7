package org.unionhall.domain.bylaws;

import org.unionhall.domain.shared.InvalidInput;

/**
 * The counted result of a vote, in weights: members (weight 1 each) for a secret ballot, certified
 * membership counts for a congress roll call.
 *
 * @param inFavour weight for
 * @param against weight against
 * @param abstaining weight abstaining
 * @param eligible the weight that could have been cast (eligible voters, or total delegate weight)
 */
public record Tally(long inFavour, long against, long abstaining, long eligible) {

    /** No negative figures, and no more cast than could be. */
    public Tally {
        if (inFavour < 0 || against < 0 || abstaining < 0 || eligible < 0) {
            throw new InvalidInput("A tally cannot hold negative figures.");
        }
        if (inFavour + against + abstaining > eligible) {
            throw new InvalidInput("More was cast (" + (inFavour + against + abstaining) + ") than could be ("
                    + eligible + ").");
        }
    }

    /** Everything cast, abstentions included. */
    public long cast() {
        return inFavour + against + abstaining;
    }
}
