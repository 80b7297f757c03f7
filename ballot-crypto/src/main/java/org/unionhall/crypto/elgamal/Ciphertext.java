package org.unionhall.crypto.elgamal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Collection;

import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;

/**
 * An exponential ElGamal ciphertext (α, β) = (g^r, K^r · g^m) of a small integer m
 * (protocol §4.2). Immutable; both parts are valid group elements.
 */
public final class Ciphertext {

    private final GroupElement alpha;
    private final GroupElement beta;

    /** @param alpha g^r @param beta K^r · g^m */
    public Ciphertext(GroupElement alpha, GroupElement beta) {
        this.alpha = alpha;
        this.beta = beta;
    }

    /** Encrypts m under key with nonce r (1 ≤ r &lt; q). */
    public static Ciphertext encrypt(ElectionKey key, long m, BigInteger nonce) {
        GroupElement a = Group.g(nonce);
        GroupElement kr = key.table().multiply(nonce);
        GroupElement b = m == 0 ? kr : kr.multiply(Group.g(BigInteger.valueOf(m)));
        return new Ciphertext(a, b);
    }

    /** Encrypts m under key with a fresh nonce; returns the nonce with it. */
    public static Encryption encrypt(ElectionKey key, long m, SecureRandom random) {
        BigInteger r = Group.randomScalar(random);
        return new Encryption(encrypt(key, m, r), r, m);
    }

    /** α = g^r. */
    public GroupElement alpha() {
        return alpha;
    }

    /** β = K^r · g^m. */
    public GroupElement beta() {
        return beta;
    }

    /** Homomorphic addition: an encryption of the sum of both plaintexts. */
    public Ciphertext add(Ciphertext other) {
        return new Ciphertext(alpha.multiply(other.alpha), beta.multiply(other.beta));
    }

    /** Weighted aggregation: an encryption of weight · m (protocol §4.3). */
    public Ciphertext scale(long weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("a weight must be positive");
        }
        if (weight == 1) {
            return this;
        }
        BigInteger w = BigInteger.valueOf(weight);
        return new Ciphertext(alpha.pow(w), beta.pow(w));
    }

    /** Sum of a non-empty collection. */
    public static Ciphertext sum(Collection<Ciphertext> parts) {
        Ciphertext acc = null;
        for (Ciphertext c : parts) {
            acc = acc == null ? c : acc.add(c);
        }
        if (acc == null) {
            throw new IllegalArgumentException("nothing to add");
        }
        return acc;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ciphertext && ((Ciphertext) o).alpha.equals(alpha) && ((Ciphertext) o).beta.equals(beta);
    }

    @Override
    public int hashCode() {
        return alpha.hashCode() * 31 + beta.hashCode();
    }

    /** A ciphertext together with the nonce and plaintext that made it (kept by the encrypting party). */
    public record Encryption(Ciphertext ciphertext, BigInteger nonce, long plaintext) {
    }
}
