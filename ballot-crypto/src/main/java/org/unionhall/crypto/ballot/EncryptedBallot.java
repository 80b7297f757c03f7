package org.unionhall.crypto.ballot;

import java.util.ArrayList;
import java.util.List;

import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.SchnorrProof;

/**
 * An encrypted, signed ballot (protocol §8.2): the election it is for (H_E), the credential that
 * signs it, one {@link EncryptedContest} per contest of the manifest, and the signature.
 */
public record EncryptedBallot(byte[] election, GroupElement credential, List<EncryptedContest> contests,
        SchnorrProof signature) {

    /** Copies the arrays and lists. */
    public EncryptedBallot {
        election = election.clone();
        contests = List.copyOf(contests);
    }

    @Override
    public byte[] election() {
        return election.clone();
    }

    /**
     * The ballot digest (protocol §8.3): HMAC keyed by H_E over the credential, the number of
     * contests, and for each contest the number of selections, each selection's α ‖ β ‖ proof,
     * then the limit proof (empty when the contest has none).
     */
    public byte[] digest(byte[] extendedHash) {
        return digest(extendedHash, credential, contests);
    }

    static byte[] digest(byte[] extendedHash, GroupElement credential, List<EncryptedContest> contests) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(credential.encodedView());
        parts.add(Hash.u32(contests.size()));
        for (EncryptedContest c : contests) {
            parts.add(Hash.u32(c.selections().size()));
            for (int i = 0; i < c.selections().size(); i++) {
                Ciphertext ct = c.selections().get(i);
                parts.add(ct.alpha().encodedView());
                parts.add(ct.beta().encodedView());
                parts.add(c.selectionProofs().get(i).encode());
            }
            parts.add(c.limitProof().map(p -> p.encode()).orElse(new byte[0]));
        }
        return Hash.keyed(extendedHash, Tag.BALLOT, parts);
    }
}
