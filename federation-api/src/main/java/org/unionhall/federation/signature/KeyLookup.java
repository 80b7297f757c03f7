package org.unionhall.federation.signature;

import java.security.PublicKey;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the key a message names. Fetching an actor's {@code publicKeyPem} (and caching it) is the
 * caller's job; the verifier only asks.
 */
@FunctionalInterface
public interface KeyLookup {

    /** The key named {@code keyId}, or empty when none is known. */
    Optional<VerificationKey> find(String keyId);

    /**
     * A look-up over actors' public keys (read with {@link Pem#readPublicKey(String)}), each usable
     * with every algorithm that fits it ({@link VerificationKey#of(PublicKey)}).
     */
    static KeyLookup ofPublicKeys(Function<String, Optional<PublicKey>> publicKeys) {
        return keyId -> publicKeys.apply(keyId).map(VerificationKey::of);
    }
}
