package org.unionhall.crypto.ballot;

import java.math.BigInteger;
import java.util.List;

/**
 * The secrets behind an encrypted ballot, revealed only when the voter challenges it (Benaloh,
 * protocol §8.4): for every contest and option the plaintext value and the nonce r.
 */
public record BallotOpening(List<List<Integer>> values, List<List<BigInteger>> nonces) {

    /** Copies the nested lists. */
    public BallotOpening {
        values = values.stream().map(List::copyOf).toList();
        nonces = nonces.stream().map(List::copyOf).toList();
    }
}
