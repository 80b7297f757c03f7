package org.unionhall.federation.signature;

import java.util.Optional;

/**
 * Finds the key a message names. Fetching an actor's {@code publicKeyPem} (and caching it) is the
 * caller's job; the verifier only asks.
 */
@FunctionalInterface
public interface KeyLookup {

    /** The key named {@code keyId}, or empty when none is known. */
    Optional<VerificationKey> find(String keyId);
}
