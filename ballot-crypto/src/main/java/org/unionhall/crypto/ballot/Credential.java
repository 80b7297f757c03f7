package org.unionhall.crypto.ballot;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;

/**
 * A voter's signing credential (protocol §7.1): secret x, public X = g^x. The public half is on
 * the roll; the secret half stays with the voter and signs ballots.
 */
public final class Credential {

    private final BigInteger secret;
    private final GroupElement publicKey;

    private Credential(BigInteger secret) {
        this.secret = secret;
        this.publicKey = Group.g(secret);
    }

    /** A fresh credential. */
    public static Credential generate(SecureRandom random) {
        return new Credential(Group.randomScalar(random));
    }

    /** Rebuilds a credential from its secret (1 ≤ x &lt; q). */
    public static Credential fromSecret(BigInteger secret) {
        if (secret.signum() <= 0 || secret.compareTo(Group.ORDER) >= 0) {
            throw new IllegalArgumentException("a credential secret lies in 1..q-1");
        }
        return new Credential(secret);
    }

    /** X = g^x, as published on the roll. */
    public GroupElement publicKey() {
        return publicKey;
    }

    BigInteger secret() {
        return secret;
    }
}
