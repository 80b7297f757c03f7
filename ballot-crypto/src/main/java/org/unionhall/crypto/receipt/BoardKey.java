package org.unionhall.crypto.receipt;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.group.Scalars;

/**
 * The board key pair of a version 2 election (protocol §7.4): a secret scalar b held by the
 * server and B = g^b, published in {@code context.json} when voting opens. The server signs every
 * receipt with b ({@link Receipt#sign}); anyone checks receipts against B.
 */
public final class BoardKey {

    private final BigInteger secret;
    private final GroupElement publicKey;

    private BoardKey(BigInteger secret) {
        this.secret = secret;
        this.publicKey = Group.g(secret);
    }

    /** A fresh key pair, b uniform in 1..q−1. */
    public static BoardKey generate(SecureRandom random) {
        return new BoardKey(Group.randomScalar(random));
    }

    /** The key pair of a stored secret (32 bytes, §2.3), refusing a wrong length, 0 or a value ≥ q. */
    public static BoardKey fromSecret(byte[] encoded) {
        BigInteger b = Scalars.decode(encoded);
        if (b.signum() == 0) {
            throw new InvalidInputException("scalar check: a board key secret cannot be 0");
        }
        return new BoardKey(b);
    }

    /** The secret b as 32 bytes, for the server to store; it must never be published. */
    public byte[] secret() {
        return Scalars.encode(secret);
    }

    BigInteger secretScalar() {
        return secret;
    }

    /** B = g^b. */
    public GroupElement publicKey() {
        return publicKey;
    }

    @Override
    public String toString() {
        return "BoardKey[" + publicKey + "]";
    }
}
