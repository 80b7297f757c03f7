package org.unionhall.crypto.proof;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.unionhall.crypto.group.Commitments;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.group.Scalars;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/**
 * A Chaum–Pedersen proof that log_g(P) = log_A(M) (protocol §5.4): a trustee's partial
 * decryption M = α^s matches its public share P = g^s, or a complaint reveals the right shared
 * secret. Encoded as c (16 bytes) ‖ v (32 bytes).
 */
public record EqualityProof(BigInteger challenge, BigInteger response) {

    /** Length of the encoding. */
    public static final int LENGTH = Scalars.CHALLENGE_LENGTH + Scalars.SCALAR_LENGTH;

    /** Proves log_g(g^s) = log_A(A^s) for the secret s; returns the proof for M = A^s. */
    public static EqualityProof prove(byte[] hashKey, Tag tag, List<byte[]> context, BigInteger secret,
            GroupElement base, GroupElement result, SecureRandom random) {
        GroupElement p = Group.g(secret);
        BigInteger u = Group.randomScalar(random);
        byte[] a = Group.g(u).encode();
        byte[] b = base.pow(u).encode();
        BigInteger c = challenge(hashKey, tag, context, p, base, result, a, b);
        return new EqualityProof(c, u.subtract(c.multiply(secret)).mod(Group.ORDER));
    }

    /** True if this proves log_g(publicShare) = log_base(result). */
    public boolean check(byte[] hashKey, Tag tag, List<byte[]> context, GroupElement publicShare,
            GroupElement base, GroupElement result) {
        byte[][] ab = new Commitments(2)
                .add(Group.generatorTable(), response, publicShare, challenge)
                .add(base, response, result, challenge)
                .encodings();
        return challenge(hashKey, tag, context, publicShare, base, result, ab[0], ab[1]).equals(challenge);
    }

    private static BigInteger challenge(byte[] hashKey, Tag tag, List<byte[]> context, GroupElement p,
            GroupElement base, GroupElement result, byte[] a, byte[] b) {
        List<byte[]> parts = new ArrayList<>(context.size() + 5);
        parts.addAll(context);
        parts.add(p.encodedView());
        parts.add(base.encodedView());
        parts.add(result.encodedView());
        parts.add(a);
        parts.add(b);
        return Hash.challenge(hashKey, tag, parts);
    }

    /** The 48-byte encoding c ‖ v. */
    public byte[] encode() {
        byte[] out = new byte[LENGTH];
        System.arraycopy(Scalars.encodeChallenge(challenge), 0, out, 0, Scalars.CHALLENGE_LENGTH);
        System.arraycopy(Scalars.encode(response), 0, out, Scalars.CHALLENGE_LENGTH, Scalars.SCALAR_LENGTH);
        return out;
    }

    /** Decodes c ‖ v, refusing a wrong length or v ≥ q. */
    public static EqualityProof decode(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new InvalidInputException("proof encoding check: a Chaum-Pedersen proof must be 48 bytes, got " + bytes.length);
        }
        return new EqualityProof(Scalars.decodeChallenge(bytes, 0), Scalars.decode(bytes, Scalars.CHALLENGE_LENGTH));
    }
}
