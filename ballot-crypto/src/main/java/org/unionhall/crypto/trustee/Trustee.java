package org.unionhall.crypto.trustee;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.EqualityProof;
import org.unionhall.crypto.proof.SchnorrProof;

/**
 * One trustee (protocol §6), run on the trustee's own machine. It keeps its polynomial, its
 * share-encryption secret and its final key share, and only ever emits messages:
 * {@link #announce()}, {@link #sharesFor}, complaints from {@link #receive}, and
 * {@link #decrypt partial decryptions}. A server relays these messages and never sees a secret.
 */
public final class Trustee {

    private final int index;
    private final int trustees;
    private final int threshold;
    private final byte[] baseHash;
    private final SecureRandom random;
    private final BigInteger[] coefficients;
    private final BigInteger encryptionSecret;
    private BigInteger keyShare;

    /**
     * Creates trustee {@code index} (1..n) of an election with base hash H_B, drawing its
     * polynomial a_(i,0..t-1) and its share-encryption secret d_i.
     */
    public Trustee(int index, int trustees, int threshold, byte[] baseHash, SecureRandom random) {
        if (threshold < 1 || threshold > trustees || index < 1 || index > trustees) {
            throw new IllegalArgumentException("need 1 ≤ t ≤ n and 1 ≤ index ≤ n");
        }
        this.index = index;
        this.trustees = trustees;
        this.threshold = threshold;
        this.baseHash = baseHash.clone();
        this.random = random;
        this.coefficients = new BigInteger[threshold];
        for (int k = 0; k < threshold; k++) {
            coefficients[k] = Group.randomScalar(random);
        }
        this.encryptionSecret = Group.randomScalar(random);
    }

    /** This trustee's index i. */
    public int index() {
        return index;
    }

    /** Message 1: encryption key and coefficient commitments with their proofs. */
    public TrusteeAnnouncement announce() {
        List<GroupElement> commitments = new ArrayList<>();
        List<SchnorrProof> proofs = new ArrayList<>();
        for (int k = 0; k < threshold; k++) {
            commitments.add(Group.g(coefficients[k]));
            proofs.add(SchnorrProof.prove(baseHash, Tag.COEFFICIENT_PROOF, List.of(Hash.u32(index), Hash.u32(k)),
                    coefficients[k], random));
        }
        SchnorrProof keyProof = SchnorrProof.prove(baseHash, Tag.ENCRYPTION_KEY_PROOF, List.of(Hash.u32(index)),
                encryptionSecret, random);
        return new TrusteeAnnouncement(index, Group.g(encryptionSecret), keyProof, commitments, proofs);
    }

    /** Message 2: P_i(j) for every other trustee j, each encrypted to j's announced key. */
    public List<EncryptedShare> sharesFor(List<TrusteeAnnouncement> announcements) {
        List<EncryptedShare> out = new ArrayList<>();
        for (TrusteeAnnouncement a : KeyCeremony.sorted(announcements)) {
            if (a.trustee() != index) {
                out.add(KeyCeremony.sealShare(baseHash, index, a.trustee(), evaluate(a.trustee()),
                        a.encryptionKey(), Group.randomScalar(random)));
            }
        }
        return out;
    }

    /**
     * Receives the shares addressed to this trustee, checks each against its sender's
     * commitments (Feldman), and either keeps the key share s_i = Σ_j P_j(i) or returns one
     * complaint per wrong share. Nothing is kept if any share is wrong.
     */
    public List<ShareComplaint> receive(List<TrusteeAnnouncement> announcements, List<EncryptedShare> shares) {
        List<ShareComplaint> complaints = new ArrayList<>();
        BigInteger sum = evaluate(index);
        int received = 0;
        for (EncryptedShare share : shares) {
            if (share.to() != index) {
                continue;
            }
            TrusteeAnnouncement sender = find(announcements, share.from());
            GroupElement secret = share.ephemeral().pow(encryptionSecret);
            Optional<BigInteger> value = sender == null ? Optional.empty()
                    : KeyCeremony.openShare(baseHash, share, secret, sender);
            if (value.isPresent()) {
                sum = sum.add(value.get());
                received++;
            } else {
                EqualityProof proof = EqualityProof.prove(baseHash, Tag.COMPLAINT_PROOF,
                        List.of(Hash.u32(share.from()), Hash.u32(share.to())), encryptionSecret, share.ephemeral(),
                        secret, random);
                complaints.add(new ShareComplaint(share.from(), share.to(), secret, proof));
            }
        }
        if (complaints.isEmpty() && received == trustees - 1) {
            keyShare = sum.mod(Group.ORDER);
        }
        return complaints;
    }

    /** True once a complete, correct set of shares has been received. */
    public boolean holdsKeyShare() {
        return keyShare != null;
    }

    /**
     * Partial decryptions M = α^(s_i) of the given ciphertexts with Chaum–Pedersen proofs
     * (protocol §6.6); contexts[k] is the hash context of ciphertexts[k].
     */
    public List<PartialDecryption> decrypt(byte[] extendedHash, List<Ciphertext> ciphertexts, List<List<byte[]>> contexts) {
        if (keyShare == null) {
            throw new IllegalStateException("trustee " + index + " has no key share: the ceremony is not complete");
        }
        List<PartialDecryption> out = new ArrayList<>();
        for (int k = 0; k < ciphertexts.size(); k++) {
            GroupElement alpha = ciphertexts.get(k).alpha();
            GroupElement m = alpha.pow(keyShare);
            EqualityProof proof = EqualityProof.prove(extendedHash, Tag.DECRYPTION_PROOF, contexts.get(k), keyShare,
                    alpha, m, random);
            out.add(new PartialDecryption(index, m, proof));
        }
        return out;
    }

    private BigInteger evaluate(int x) {
        BigInteger xx = BigInteger.valueOf(x);
        BigInteger acc = BigInteger.ZERO;
        for (int k = threshold - 1; k >= 0; k--) {
            acc = acc.multiply(xx).add(coefficients[k]).mod(Group.ORDER);
        }
        return acc;
    }

    private static TrusteeAnnouncement find(List<TrusteeAnnouncement> announcements, int trustee) {
        for (TrusteeAnnouncement a : announcements) {
            if (a.trustee() == trustee) {
                return a;
            }
        }
        return null;
    }
}
