package org.unionhall.crypto.trustee;

import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.proof.EqualityProof;

/**
 * A trustee's decryption share for one aggregated ciphertext (protocol §6.6): M_j = α^(s_j)
 * with a Chaum–Pedersen proof that log_α(M_j) = log_g(P_j).
 */
public record PartialDecryption(int trustee, GroupElement share, EqualityProof proof) {
}
