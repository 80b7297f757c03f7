package org.unionhall.crypto.trustee;

import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.proof.EqualityProof;

/**
 * Ceremony message 3, only when a received share is wrong (protocol §6.4): the recipient
 * publishes the shared secret S = R^(d_to) with a proof that log_g(E_to) = log_R(S), so that
 * anyone can decrypt the share and see who is at fault.
 */
public record ShareComplaint(int from, int to, GroupElement sharedSecret, EqualityProof proof) {
}
