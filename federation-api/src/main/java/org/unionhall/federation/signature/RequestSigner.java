package org.unionhall.federation.signature;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.Objects;

/**
 * Signs an outbound request in either style with this installation's key: RSA keys sign
 * RSASSA-PKCS1-v1_5 SHA-256 (the only algorithm Mastodon accepts), Ed25519 keys Ed25519, P-256
 * keys (RFC 9421 only) ecdsa-p256-sha256. The caller adds the returned headers to the request,
 * replacing any of the same name.
 */
public final class RequestSigner {

    private final Clock clock;

    /** @param clock gives the Date and the created time */
    public RequestSigner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The headers that sign {@code request}: for {@link SignatureStyle#CAVAGE_12} {@code Host},
     * {@code Date}, {@code Digest} (with content) and {@code Signature}; for
     * {@link SignatureStyle#RFC_9421} {@code Date}, {@code Content-Digest} (with content),
     * {@code Signature-Input} and {@code Signature} under label {@code sig1}.
     *
     * @throws IllegalArgumentException when the key cannot sign in that style
     */
    public HttpHeaders sign(HttpMessage request, String keyId, PrivateKey key, SignatureStyle style) {
        Objects.requireNonNull(keyId, "keyId");
        if (!request.isRequest()) {
            throw new IllegalArgumentException("only requests are signed");
        }
        SignatureAlgorithm algorithm = algorithmFor(key);
        return switch (style) {
            case CAVAGE_12 -> CavageSignatures.sign(request, keyId, key, algorithm, clock.instant());
            case RFC_9421 -> MessageSignatures.sign(request, keyId, key, algorithm, clock.instant());
        };
    }

    private static SignatureAlgorithm algorithmFor(PrivateKey key) {
        for (SignatureAlgorithm algorithm : new SignatureAlgorithm[] {SignatureAlgorithm.RSA_V1_5_SHA256,
            SignatureAlgorithm.ED25519, SignatureAlgorithm.ECDSA_P256_SHA256}) {
            if (algorithm.fits(key)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("cannot sign with a " + key.getAlgorithm() + " key");
    }
}
