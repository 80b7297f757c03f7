package org.unionhall.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.elgamal.ElectionKey;
import org.unionhall.crypto.group.Commitments;
import org.unionhall.crypto.group.FixedBase;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.group.Scalars;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/**
 * A disjunctive Chaum–Pedersen proof that a ciphertext (α, β) encrypts a value in lo..hi
 * (protocol §5.2): one branch per value i with challenge c_i and response v_i such that
 * a_i = g^(v_i) · α^(c_i) and b_i = K^(v_i) · (β · g^(-i))^(c_i), and Σ c_i ≡ c (mod 2^128) for
 * the Fiat–Shamir challenge c over the whole statement. With lo = 0, hi = 1 it is the 0/1 proof
 * of a selection; with the sum of a contest's selections it is the contest-limit proof.
 * Encoded as c_lo ‖ v_lo ‖ … ‖ c_hi ‖ v_hi (48 bytes per branch).
 */
public record RangeProof(int lo, int hi, BigInteger[] challenges, BigInteger[] responses) {

    /** Bytes per branch. */
    public static final int BRANCH_LENGTH = Scalars.CHALLENGE_LENGTH + Scalars.SCALAR_LENGTH;

    /** Checks that there is one challenge and one response per value and copies the arrays. */
    public RangeProof {
        if (hi < lo || challenges.length != hi - lo + 1 || responses.length != hi - lo + 1) {
            throw new IllegalArgumentException("a range proof has one challenge and one response per value of lo..hi");
        }
        challenges = challenges.clone();
        responses = responses.clone();
    }

    @Override
    public BigInteger[] challenges() {
        return challenges.clone();
    }

    @Override
    public BigInteger[] responses() {
        return responses.clone();
    }

    /**
     * Proves that ct = (g^r, K^r g^m) encrypts m, with lo ≤ m ≤ hi. Only fixed-base
     * multiplications are needed because the prover knows r.
     */
    public static RangeProof prove(byte[] hashKey, Tag tag, List<byte[]> context, ElectionKey key, Ciphertext ct,
            long m, BigInteger r, int lo, int hi, SecureRandom random) {
        if (m < lo || m > hi) {
            throw new IllegalArgumentException("the value " + m + " is outside " + lo + ".." + hi);
        }
        int n = hi - lo + 1;
        BigInteger[] c = new BigInteger[n];
        BigInteger[] v = new BigInteger[n];
        FixedBase gt = Group.generatorTable();
        FixedBase kt = key.table();
        Commitments commitments = new Commitments(2 * n);
        BigInteger u = Group.randomScalar(random);
        BigInteger fakeSum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            int value = lo + i;
            if (value == m) {
                commitments.add(gt, u).add(kt, u);
            } else {
                c[i] = Group.randomBits(random, Scalars.CHALLENGE_BITS);
                v[i] = Group.randomScalar(random);
                BigInteger e = v[i].add(r.multiply(c[i]));
                commitments.add(gt, e).add(kt, e, gt, BigInteger.valueOf(m - value).multiply(c[i]));
                fakeSum = fakeSum.add(c[i]);
            }
        }
        BigInteger total = challenge(hashKey, tag, context, key, ct, lo, hi, commitments.encodings());
        int real = (int) (m - lo);
        c[real] = total.subtract(fakeSum).mod(Scalars.CHALLENGE_MODULUS);
        v[real] = u.subtract(c[real].multiply(r)).mod(Group.ORDER);
        return new RangeProof(lo, hi, c, v);
    }

    /** True if this proves that ct encrypts a value in lo..hi under key, in the given context. */
    public boolean check(byte[] hashKey, Tag tag, List<byte[]> context, ElectionKey key, Ciphertext ct) {
        int n = hi - lo + 1;
        FixedBase gt = Group.generatorTable();
        FixedBase kt = key.table();
        Commitments commitments = new Commitments(2 * n);
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            commitments.add(gt, responses[i], ct.alpha(), challenges[i]);
            commitments.add(kt, responses[i], ct.beta(), lo + i, challenges[i]);
            sum = sum.add(challenges[i]);
        }
        BigInteger total = challenge(hashKey, tag, context, key, ct, lo, hi, commitments.encodings());
        return sum.mod(Scalars.CHALLENGE_MODULUS).equals(total);
    }

    private static BigInteger challenge(byte[] hashKey, Tag tag, List<byte[]> context, ElectionKey key,
            Ciphertext ct, int lo, int hi, byte[][] commitments) {
        List<byte[]> parts = new ArrayList<>(context.size() + 5 + commitments.length);
        parts.addAll(context);
        parts.add(Hash.u32(lo));
        parts.add(Hash.u32(hi));
        parts.add(key.element().encodedView());
        parts.add(ct.alpha().encodedView());
        parts.add(ct.beta().encodedView());
        for (byte[] a : commitments) {
            parts.add(a);
        }
        return Hash.challenge(hashKey, tag, parts);
    }

    /** The encoding, 48 bytes per branch. */
    public byte[] encode() {
        int n = hi - lo + 1;
        byte[] out = new byte[n * BRANCH_LENGTH];
        for (int i = 0; i < n; i++) {
            System.arraycopy(Scalars.encodeChallenge(challenges[i]), 0, out, i * BRANCH_LENGTH, Scalars.CHALLENGE_LENGTH);
            System.arraycopy(Scalars.encode(responses[i]), 0, out, i * BRANCH_LENGTH + Scalars.CHALLENGE_LENGTH,
                    Scalars.SCALAR_LENGTH);
        }
        return out;
    }

    /** Decodes a proof for lo..hi, refusing a wrong length or a response ≥ q. */
    public static RangeProof decode(byte[] bytes, int lo, int hi) {
        int n = hi - lo + 1;
        if (n < 1 || bytes.length != n * BRANCH_LENGTH) {
            throw new InvalidInputException("proof encoding check: a proof for " + lo + ".." + hi + " must be "
                    + n * BRANCH_LENGTH + " bytes, got " + bytes.length);
        }
        BigInteger[] c = new BigInteger[n];
        BigInteger[] v = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            c[i] = Scalars.decodeChallenge(bytes, i * BRANCH_LENGTH);
            v[i] = Scalars.decode(bytes, i * BRANCH_LENGTH + Scalars.CHALLENGE_LENGTH);
        }
        return new RangeProof(lo, hi, c, v);
    }
}
