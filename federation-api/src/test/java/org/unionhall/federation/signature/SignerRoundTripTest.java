package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What our signer sends, checked by our verifier in both styles, with the shapes a peer sees:
 * Mastodon's header list for draft-cavage, {@code sig1} over {@code @method @target-uri
 * content-digest date} for RFC 9421. Keys travel as PEM, as an actor publishes them.
 */
class SignerRoundTripTest {

    private static final String KEY_ID = "https://unionhall.example/users/hall#main-key";
    private static final URI INBOX = URI.create("https://mastodon.example/users/alice/inbox");
    private static final URI ACTOR = URI.create("https://mastodon.example/users/alice");
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final byte[] ACTIVITY = "{\"type\":\"Announce\"}".getBytes(StandardCharsets.UTF_8);
    private static final KeyPair RSA = generate("RSA", null);
    private static final KeyPair ED25519 = generate("Ed25519", null);
    private static final KeyPair P256 = generate("EC", new ECGenParameterSpec("secp256r1"));

    private final RequestSigner signer = new RequestSigner(Clock.fixed(NOW, ZoneOffset.UTC));

    private static KeyPair generate(String algorithm, ECGenParameterSpec curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                generator.initialize(curve);
            } else if (algorithm.equals("RSA")) {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A verifier that knows {@code pair}'s public key only through its published PEM. */
    private static SignatureVerifier verifierOf(KeyPair pair, Instant now) {
        PublicKey published = Pem.readPublicKey(Pem.write(pair.getPublic()));
        return new SignatureVerifier(KeyLookup.ofPublicKeys(id -> Optional.ofNullable(Map.of(KEY_ID, published).get(id))),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private HttpMessage signed(HttpMessage request, KeyPair pair, SignatureStyle style) {
        HttpHeaders added = signer.sign(request, KEY_ID, Pem.readPrivateKey(Pem.write(pair.getPrivate())), style);
        return request.withHeaders(request.headers().replacingAll(added));
    }

    private static HttpMessage post() {
        return HttpMessage.request("POST", INBOX,
                HttpHeaders.builder().add("Content-Type", "application/activity+json").build(), ACTIVITY);
    }

    private static HttpMessage get() {
        return HttpMessage.request("GET", ACTOR, HttpHeaders.builder().add("Accept", "application/activity+json").build(),
                null);
    }

    @ParameterizedTest(name = "{0}: a signed POST verifies with an RSA key")
    @EnumSource(SignatureStyle.class)
    void signedPostVerifies(SignatureStyle style) {
        VerificationResult result = verifierOf(RSA, NOW.plusSeconds(30)).verify(signed(post(), RSA, style));
        VerificationResult.Verified verified = assertInstanceOf(VerificationResult.Verified.class, result);
        assertEquals(KEY_ID, verified.keyId());
        assertEquals(style, verified.style());
    }

    @ParameterizedTest(name = "{0}: a signed GET verifies with an RSA key")
    @EnumSource(SignatureStyle.class)
    void signedGetVerifies(SignatureStyle style) {
        assertTrue(verifierOf(RSA, NOW).verify(signed(get(), RSA, style)).verified());
    }

    @ParameterizedTest(name = "{0}: a signed POST verifies with an Ed25519 key")
    @EnumSource(SignatureStyle.class)
    void ed25519SignedPostVerifies(SignatureStyle style) {
        VerificationResult result = verifierOf(ED25519, NOW).verify(signed(post(), ED25519, style));
        assertEquals(style == SignatureStyle.CAVAGE_12 ? "hs2019" : "ed25519",
                assertInstanceOf(VerificationResult.Verified.class, result).algorithm());
    }

    @Test
    void p256SignsRfc9421Only() {
        VerificationResult result = verifierOf(P256, NOW).verify(signed(post(), P256, SignatureStyle.RFC_9421));
        assertEquals("ecdsa-p256-sha256", assertInstanceOf(VerificationResult.Verified.class, result).algorithm());
        assertThrows(IllegalArgumentException.class, () -> signed(post(), P256, SignatureStyle.CAVAGE_12));
    }

    @Test
    void cavageSignatureHasMastodonsShape() {
        HttpHeaders added = signer.sign(post(), KEY_ID, RSA.getPrivate(), SignatureStyle.CAVAGE_12);
        assertEquals("mastodon.example", added.first("Host").orElseThrow());
        assertEquals("Tue, 08 Dec 2026 10:00:00 GMT", added.first("Date").orElseThrow());
        assertEquals(BodyDigests.legacyDigest(ACTIVITY), added.first("Digest").orElseThrow());
        String signature = added.first("Signature").orElseThrow();
        assertTrue(signature.startsWith("keyId=\"" + KEY_ID + "\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date digest content-type\",signature=\""), signature);
    }

    @Test
    void rfc9421SignatureHasTheAgreedShape() {
        HttpHeaders post = signer.sign(post(), KEY_ID, RSA.getPrivate(), SignatureStyle.RFC_9421);
        assertEquals("sig1=(\"@method\" \"@target-uri\" \"content-digest\" \"date\");created=" + NOW.getEpochSecond()
                + ";keyid=\"" + KEY_ID + "\";alg=\"rsa-v1_5-sha256\"", post.first("Signature-Input").orElseThrow());
        assertEquals(BodyDigests.contentDigest(ACTIVITY, "sha-256"), post.first("Content-Digest").orElseThrow());
        assertTrue(post.first("Signature").orElseThrow().matches("sig1=:[A-Za-z0-9+/=]{344}:"));
        HttpHeaders get = signer.sign(get(), KEY_ID, RSA.getPrivate(), SignatureStyle.RFC_9421);
        assertTrue(get.first("Signature-Input").orElseThrow().startsWith("sig1=(\"@method\" \"@target-uri\" \"date\");"));
        assertFalse(get.has("Content-Digest"));
    }

    @ParameterizedTest(name = "{0}: a delivery replayed 13 hours later is refused")
    @EnumSource(SignatureStyle.class)
    void replayedLaterIsRefused(SignatureStyle style) {
        VerificationResult result = verifierOf(RSA, NOW.plus(Duration.ofHours(13))).verify(signed(post(), RSA, style));
        assertEquals("signed 13 hours ago; at most 12 hours (+1 hour skew) accepted",
                assertInstanceOf(VerificationResult.Refused.class, result).reason());
    }

    @ParameterizedTest(name = "{0}: another key does not verify")
    @EnumSource(SignatureStyle.class)
    void anotherKeyDoesNotVerify(SignatureStyle style) {
        assertFalse(verifierOf(generate("RSA", null), NOW).verify(signed(post(), RSA, style)).verified());
    }
}
