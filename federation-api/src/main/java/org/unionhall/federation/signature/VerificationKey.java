package org.unionhall.federation.signature;

import java.security.Key;
import java.security.PublicKey;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;

/**
 * A key that may verify signatures, with the algorithms it may be used with. A key bound to one
 * algorithm (RFC 9421 §3.2: the verifier knows the key's algorithm) refuses any other; an RSA key
 * from an ActivityPub actor, bound to none, is used as the Fediverse does: RSASSA-PKCS1-v1_5 with
 * SHA-256, unless a signature names RSA-PSS.
 *
 * @param key the public key, or the shared secret for HMAC
 * @param algorithms the algorithms allowed with it, a subset of those that fit the key
 * @param preferred the algorithm assumed when a signature names none
 */
public record VerificationKey(Key key, Set<SignatureAlgorithm> algorithms, SignatureAlgorithm preferred) {

    /** Checks that the algorithms fit the key. */
    public VerificationKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(preferred, "preferred");
        algorithms = Set.copyOf(algorithms);
        if (algorithms.isEmpty() || !algorithms.contains(preferred)) {
            throw new IllegalArgumentException("the preferred algorithm must be one of the allowed");
        }
        for (SignatureAlgorithm algorithm : algorithms) {
            if (!algorithm.fits(key)) {
                throw new IllegalArgumentException(algorithm.rfcName() + " does not fit a " + key.getAlgorithm() + " key");
            }
        }
    }

    /** A public key from an actor, usable with every algorithm that fits it. */
    public static VerificationKey of(PublicKey key) {
        Set<SignatureAlgorithm> fitting = EnumSet.noneOf(SignatureAlgorithm.class);
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            if (algorithm.fits(key)) {
                fitting.add(algorithm);
            }
        }
        if (fitting.isEmpty()) {
            throw new IllegalArgumentException("no supported signature algorithm uses a " + key.getAlgorithm() + " key");
        }
        SignatureAlgorithm preferred = fitting.contains(SignatureAlgorithm.RSA_V1_5_SHA256)
                ? SignatureAlgorithm.RSA_V1_5_SHA256 : fitting.iterator().next();
        return new VerificationKey(key, fitting, preferred);
    }

    /** A key bound to one algorithm, as RFC 9421's examples bind theirs. */
    public static VerificationKey of(Key key, SignatureAlgorithm algorithm) {
        return new VerificationKey(key, Set.of(algorithm), algorithm);
    }

    /** A shared secret for hmac-sha256. */
    public static VerificationKey sharedSecret(SecretKey secret) {
        return of(secret, SignatureAlgorithm.HMAC_SHA256);
    }

    /** The algorithm to use for a signature that names {@code named} (empty: none named). */
    Optional<SignatureAlgorithm> choose(Optional<SignatureAlgorithm> named) {
        if (named.isEmpty()) {
            return Optional.of(preferred);
        }
        return algorithms.contains(named.get()) ? named : Optional.empty();
    }
}
