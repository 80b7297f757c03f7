package org.unionhall.crypto.ballot;

import java.util.List;
import java.util.Optional;

import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.proof.RangeProof;

/**
 * One contest of an encrypted ballot (protocol §8.2): a ciphertext and a range proof for every
 * option, and the contest-limit proof when the contest has limits.
 */
public record EncryptedContest(List<Ciphertext> selections, List<RangeProof> selectionProofs,
        Optional<RangeProof> limitProof) {

    /** Copies the lists. */
    public EncryptedContest {
        selections = List.copyOf(selections);
        selectionProofs = List.copyOf(selectionProofs);
    }
}
