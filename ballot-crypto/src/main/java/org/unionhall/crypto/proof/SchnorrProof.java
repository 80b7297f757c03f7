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
 * A Schnorr proof of knowledge of x with X = g^x (protocol §5.1), also used as the signature
 * of a ballot by its credential (§7.3, the message goes into the context). Encoded as the
 * challenge c (16 bytes) followed by the response v (32 bytes).
 */
public record SchnorrProof(BigInteger challenge, BigInteger response) {

    /** Length of the encoding. */
    public static final int LENGTH = Scalars.CHALLENGE_LENGTH + Scalars.SCALAR_LENGTH;

    /** Proves knowledge of secret for g^secret. */
    public static SchnorrProof prove(byte[] hashKey, Tag tag, List<byte[]> context, BigInteger secret,
            SecureRandom random) {
        GroupElement x = Group.g(secret);
        BigInteger u = Group.randomScalar(random);
        byte[] h = Group.g(u).encode();
        BigInteger c = challenge(hashKey, tag, context, x, h);
        BigInteger v = u.subtract(c.multiply(secret)).mod(Group.ORDER);
        return new SchnorrProof(c, v);
    }

    /** True if this proves knowledge of log_g(publicKey) in the given context. */
    public boolean check(byte[] hashKey, Tag tag, List<byte[]> context, GroupElement publicKey) {
        byte[] h = new Commitments(1).add(Group.generatorTable(), response, publicKey, challenge).encodings()[0];
        return challenge(hashKey, tag, context, publicKey, h).equals(challenge);
    }

    private static BigInteger challenge(byte[] hashKey, Tag tag, List<byte[]> context, GroupElement x, byte[] h) {
        List<byte[]> parts = new ArrayList<>(context.size() + 2);
        parts.addAll(context);
        parts.add(x.encodedView());
        parts.add(h);
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
    public static SchnorrProof decode(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new InvalidInputException("proof encoding check: a Schnorr proof must be 48 bytes, got " + bytes.length);
        }
        return new SchnorrProof(Scalars.decodeChallenge(bytes, 0), Scalars.decode(bytes, Scalars.CHALLENGE_LENGTH));
    }
}
