package org.unionhall.crypto.trustee;

import java.util.List;

import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.SchnorrProof;

/**
 * Ceremony message 1, published by trustee i (protocol §6.2): its share-encryption key E_i
 * with a Schnorr proof, and the commitments C_(i,k) = g^(a_(i,k)) to the t coefficients of its
 * secret polynomial, each with a Schnorr proof.
 */
public record TrusteeAnnouncement(int trustee, GroupElement encryptionKey, SchnorrProof encryptionKeyProof,
        List<GroupElement> commitments, List<SchnorrProof> coefficientProofs) {

    /** Copies the lists so the message cannot change after it is made. */
    public TrusteeAnnouncement {
        commitments = List.copyOf(commitments);
        coefficientProofs = List.copyOf(coefficientProofs);
    }

    /**
     * Checks the announcement against the election (protocol §6.2): right number of commitments,
     * every proof valid. Returns the failed check in words, or empty.
     */
    public java.util.Optional<String> problem(byte[] baseHash, int trustees, int threshold) {
        if (trustee < 1 || trustee > trustees) {
            return java.util.Optional.of("trustee index " + trustee + " is not between 1 and " + trustees);
        }
        if (commitments.size() != threshold || coefficientProofs.size() != threshold) {
            return java.util.Optional.of("trustee " + trustee + " must commit to exactly " + threshold + " coefficients");
        }
        if (!encryptionKeyProof.check(baseHash, Tag.ENCRYPTION_KEY_PROOF, List.of(Hash.u32(trustee)), encryptionKey)) {
            return java.util.Optional.of("trustee " + trustee + ": the proof for the share-encryption key is wrong");
        }
        for (int k = 0; k < threshold; k++) {
            if (!coefficientProofs.get(k).check(baseHash, Tag.COEFFICIENT_PROOF,
                    List.of(Hash.u32(trustee), Hash.u32(k)), commitments.get(k))) {
                return java.util.Optional.of("trustee " + trustee + ": the proof for coefficient commitment " + k + " is wrong");
            }
        }
        return java.util.Optional.empty();
    }
}
