package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 9421 Appendix B: the test keys of B.1, every example of B.2 (each algorithm the verifier
 * supports) and the transformations of B.4. The signature bases must equal the RFC's byte for
 * byte, the RFC's signatures must verify, and for the deterministic algorithms (Ed25519, HMAC)
 * signing the base must give the RFC's signature.
 */
class Rfc9421ExamplesTest {

    /** created=1618884473 of every example: Tue, 20 Apr 2021 02:07:53 GMT. */
    private static final Instant CREATED = Instant.ofEpochSecond(1618884473L);
    /** The examples cover less than a federation inbox requires; the window and digests still apply. */
    private static final VerificationPolicy EXAMPLES = new VerificationPolicy(false, Duration.ofHours(12),
            Duration.ofHours(1));

    private static final PublicKey RSA_PSS = Pem.readPublicKey(Rfc8792.text("rfc9421-B.1.2-test-key-rsa-pss.pem"));
    private static final PublicKey ECC_P256 = Pem.readPublicKey(Rfc8792.text("rfc9421-B.1.3-test-key-ecc-p256.pem"));
    private static final PublicKey ED25519 = Pem.readPublicKey(Rfc8792.text("rfc9421-B.1.4-test-key-ed25519.pem"));
    private static final PrivateKey ED25519_PRIVATE = Pem.readPrivateKey(
            Rfc8792.text("rfc9421-B.1.4-test-key-ed25519.pem"));
    private static final Key SHARED_SECRET = new SecretKeySpec(Rfc8792.base64("rfc9421-B.1.5-test-shared-secret.txt"),
            "HmacSHA256");

    /** RFC 9421 §3.2: the verifier knows each example key's algorithm. */
    private static final Map<String, VerificationKey> KEYS = Map.of(
            "test-key-rsa-pss", VerificationKey.of(RSA_PSS, SignatureAlgorithm.RSA_PSS_SHA512),
            "test-key-ecc-p256", VerificationKey.of(ECC_P256, SignatureAlgorithm.ECDSA_P256_SHA256),
            "test-key-ed25519", VerificationKey.of(ED25519, SignatureAlgorithm.ED25519),
            "test-shared-secret", VerificationKey.of(SHARED_SECRET, SignatureAlgorithm.HMAC_SHA256));

    private static final SignatureVerifier VERIFIER = new SignatureVerifier(id -> Optional.ofNullable(KEYS.get(id)),
            Clock.fixed(CREATED, ZoneOffset.UTC), EXAMPLES);

    private static HttpMessage signedExample(String section) {
        String message = section.equals("B.2.4") ? "rfc9421-B.2-test-response.http" : "rfc9421-B.2-test-request.http";
        HttpMessage unsigned = Rfc8792.message(message);
        return unsigned.withHeaders(unsigned.headers().with(Rfc8792.fields("rfc9421-" + section + "-signature-fields.http")));
    }

    private static MessageSignatures.Input onlyInput(HttpMessage message) throws Refusal {
        List<MessageSignatures.Input> inputs = MessageSignatures.inputs(message.headers());
        assertEquals(1, inputs.size());
        return inputs.get(0);
    }

    @ParameterizedTest(name = "{0}: the signature base is the RFC''s, byte for byte")
    @ValueSource(strings = {"B.2.1", "B.2.2", "B.2.3", "B.2.4", "B.2.5", "B.2.6"})
    void signatureBaseIsTheRfcs(String section) throws Refusal {
        HttpMessage message = signedExample(section);
        String base = MessageSignatures.signatureBase(message, onlyInput(message).components());
        assertEquals(Rfc8792.text("rfc9421-" + section + "-signature-base.txt"), base);
    }

    @ParameterizedTest(name = "{0}: the RFC''s {2} signature by {1} verifies")
    @CsvSource({
        "B.2.1, test-key-rsa-pss, rsa-pss-sha512",
        "B.2.2, test-key-rsa-pss, rsa-pss-sha512",
        "B.2.3, test-key-rsa-pss, rsa-pss-sha512",
        "B.2.4, test-key-ecc-p256, ecdsa-p256-sha256",
        "B.2.5, test-shared-secret, hmac-sha256",
        "B.2.6, test-key-ed25519, ed25519"})
    void theRfcsSignatureVerifies(String section, String keyId, String algorithm) {
        VerificationResult result = VERIFIER.verify(signedExample(section));
        assertEquals(new VerificationResult.Verified(keyId, SignatureStyle.RFC_9421, algorithm), result);
    }

    @ParameterizedTest(name = "{0}: a changed covered component breaks the RFC''s signature")
    @ValueSource(strings = {"B.2.3", "B.2.4", "B.2.5", "B.2.6"})
    void aChangedCoveredComponentBreaksTheSignature(String section) {
        HttpMessage message = signedExample(section);
        HttpMessage changed = message.withHeaders(message.headers().replacing("Content-Type", "application/jsonx"));
        VerificationResult result = VERIFIER.verify(changed);
        VerificationResult.Refused refused = assertInstanceOf(VerificationResult.Refused.class, result);
        assertTrue(refused.reason().contains("does not verify"), refused.reason());
    }

    @ParameterizedTest(name = "{0}: signing the RFC''s base gives the RFC''s signature")
    @CsvSource({"B.2.5, HMAC_SHA256", "B.2.6, ED25519"})
    void deterministicAlgorithmsReproduceTheRfcsSignature(String section, SignatureAlgorithm algorithm) throws Refusal {
        HttpMessage message = signedExample(section);
        MessageSignatures.Input input = onlyInput(message);
        byte[] base = MessageSignatures.signatureBase(message, input.components()).getBytes(StandardCharsets.UTF_8);
        Key key = algorithm == SignatureAlgorithm.ED25519 ? ED25519_PRIVATE : SHARED_SECRET;
        assertArrayEquals(input.signature(), algorithm.sign(key, base));
    }

    @Test
    void testKeyRsaPublicAndPrivateHalvesMatch() {
        RSAPublicKey publicKey = (RSAPublicKey) Pem.readPublicKey(Rfc8792.text("rfc9421-B.1.1-test-key-rsa.pem"));
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) Pem.readPrivateKey(Rfc8792.text("rfc9421-B.1.1-test-key-rsa.pem"));
        assertEquals(2048, publicKey.getModulus().bitLength());
        assertEquals(publicKey.getModulus(), privateKey.getModulus());
        assertEquals(publicKey.getPublicExponent(), privateKey.getPublicExponent());
        byte[] base = "\"@signature-params\": ();keyid=\"test-key-rsa\"".getBytes(StandardCharsets.UTF_8);
        byte[] signature = SignatureAlgorithm.RSA_V1_5_SHA256.sign(privateKey, base);
        assertTrue(verifies(SignatureAlgorithm.RSA_V1_5_SHA256, publicKey, base, signature));
    }

    @Test
    void testKeyRsaPssPublicAndPrivateHalvesMatch() {
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) Pem.readPrivateKey(Rfc8792.text("rfc9421-B.1.2-test-key-rsa-pss.pem"));
        assertEquals(((RSAPublicKey) RSA_PSS).getModulus(), privateKey.getModulus());
        byte[] base = "\"@signature-params\": ();keyid=\"test-key-rsa-pss\"".getBytes(StandardCharsets.UTF_8);
        assertTrue(verifies(SignatureAlgorithm.RSA_PSS_SHA512, RSA_PSS, base,
                SignatureAlgorithm.RSA_PSS_SHA512.sign(privateKey, base)));
    }

    @Test
    void testKeyEccP256PrivateHalfSignsForThePublicHalf() {
        PrivateKey privateKey = Pem.readPrivateKey(Rfc8792.text("rfc9421-B.1.3-test-key-ecc-p256.pem"));
        byte[] base = "\"@status\": 200".getBytes(StandardCharsets.UTF_8);
        byte[] signature = SignatureAlgorithm.ECDSA_P256_SHA256.sign(privateKey, base);
        assertEquals(64, signature.length);
        assertTrue(verifies(SignatureAlgorithm.ECDSA_P256_SHA256, ECC_P256, base, signature));
    }

    @Test
    void b4SignedRequestWithRepeatedAcceptVerifies() throws Refusal {
        HttpMessage message = Rfc8792.message("rfc9421-B.4-signed-request.http");
        assertEquals(Rfc8792.text("rfc9421-B.4-signature-base.txt"),
                MessageSignatures.signatureBase(message, onlyInput(message).components()));
        assertTrue(new SignatureVerifier(id -> Optional.ofNullable(KEYS.get(id)),
                Clock.fixed(CREATED, ZoneOffset.UTC), EXAMPLES).verify(message).verified());
    }

    @ParameterizedTest(name = "B.4 {0}: still valid")
    @ValueSource(strings = {"added-query-and-header", "date-removed-accept-collapsed", "fields-reordered"})
    void b4AllowedTransformationsKeepTheSignature(String variant) {
        assertTrue(VERIFIER.verify(Rfc8792.message("rfc9421-B.4-" + variant + ".http")).verified());
    }

    @ParameterizedTest(name = "B.4 {0}: no longer valid")
    @ValueSource(strings = {"method-and-authority-changed", "accept-values-swapped"})
    void b4CoveredChangesBreakTheSignature(String variant) {
        assertFalse(VERIFIER.verify(Rfc8792.message("rfc9421-B.4-" + variant + ".http")).verified());
    }

    private static boolean verifies(SignatureAlgorithm algorithm, Key key, byte[] base, byte[] signature) {
        try {
            algorithm.verify(key, base, signature);
            return true;
        } catch (Refusal refusal) {
            return false;
        }
    }
}
