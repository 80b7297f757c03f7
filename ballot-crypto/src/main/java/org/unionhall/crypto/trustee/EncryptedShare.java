package org.unionhall.crypto.trustee;

import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;

/**
 * Ceremony message 2 (protocol §6.3): trustee {@code from}'s share P_from(to) for trustee
 * {@code to}, encrypted to the recipient's key E_to: ephemeral R = g^e, the share XOR a pad
 * derived from E_to^e, and a MAC. Only the recipient can read it; the server relays it.
 */
public record EncryptedShare(int from, int to, GroupElement ephemeral, byte[] ciphertext, byte[] mac) {

    /** Checks the lengths and copies the arrays. */
    public EncryptedShare {
        if (ciphertext.length != 32 || mac.length != 32) {
            throw new InvalidInputException("encrypted share check: ciphertext and MAC must be 32 bytes each");
        }
        if (from == to) {
            throw new InvalidInputException("encrypted share check: a trustee does not send a share to itself");
        }
        ciphertext = ciphertext.clone();
        mac = mac.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }
}
