package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** RFC 9421 deliveries our inbox must refuse, each with its reason. */
class Rfc9421HostileTest {

    private static final String KEY_ID = "https://peer.example/actor#main-key";
    private static final URI INBOX = URI.create("https://unionhall.example/users/hall/inbox");
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final byte[] ACTIVITY = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);
    private static final KeyPair PEER = rsa();

    private final SignatureVerifier verifier = new SignatureVerifier(
            id -> Optional.ofNullable(Map.of(KEY_ID, VerificationKey.of(PEER.getPublic())).get(id)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpMessage delivery() {
        HttpMessage request = HttpMessage.request("POST", INBOX,
                HttpHeaders.builder().add("Content-Type", "application/activity+json").build(), ACTIVITY);
        HttpHeaders added = new RequestSigner(Clock.fixed(NOW, ZoneOffset.UTC)).sign(request, KEY_ID, PEER.getPrivate(),
                SignatureStyle.RFC_9421);
        return request.withHeaders(request.headers().with(added));
    }

    private static HttpMessage with(HttpMessage message, String name, String value) {
        return message.withHeaders(message.headers().replacing(name, value));
    }

    private String refusal(HttpMessage message) {
        return assertInstanceOf(VerificationResult.Refused.class, verifier.verify(message)).reason();
    }

    @Test
    void theUntouchedDeliveryVerifies() {
        assertEquals(new VerificationResult.Verified(KEY_ID, SignatureStyle.RFC_9421, "rsa-v1_5-sha256"),
                verifier.verify(delivery()));
    }

    @Test
    void aSecondSignatureInputLabelThatIsUnsignedIsRefused() {
        HttpMessage message = delivery();
        String input = message.headers().first("Signature-Input").orElseThrow();
        HttpMessage extra = message.withHeaders(message.headers().with(HttpHeaders.builder()
                .add("Signature-Input", "sig2=(\"@method\");created=" + NOW.getEpochSecond() + ";keyid=\"" + KEY_ID + "\"")
                .build()));
        assertTrue(extra.headers().all("Signature-Input").contains(input));
        assertEquals("the Signature-Input label 'sig2' is not signed: Signature has no 'sig2'", refusal(extra));
    }

    @Test
    void aSignatureWithoutInputIsRefused() {
        HttpMessage message = delivery();
        HttpMessage extra = message.withHeaders(message.headers().with(
                HttpHeaders.builder().add("Signature", "sig9=:AAAA:").build()));
        assertEquals("the Signature label 'sig9' has no Signature-Input", refusal(extra));
    }

    @Test
    void aTamperedBodyIsRefusedForItsContentDigest() {
        HttpMessage message = delivery();
        assertEquals("the Content-Digest does not match the body", refusal(HttpMessage.request("POST", INBOX,
                message.headers(), "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anotherTargetBreaksTheSignature() {
        HttpMessage message = delivery();
        HttpMessage moved = HttpMessage.request("POST", URI.create("https://unionhall.example/users/other/inbox"),
                message.headers(), ACTIVITY);
        assertEquals("the rsa-v1_5-sha256 signature does not verify with the key named", refusal(moved));
    }

    @Test
    void coverageWithoutTheContentDigestIsRefused() {
        HttpMessage message = delivery();
        String input = message.headers().first("Signature-Input").orElseThrow().replace(" \"content-digest\"", "");
        assertEquals("the signature does not cover content-digest, and the POST carries a body",
                refusal(with(message, "Signature-Input", input)));
    }

    @Test
    void coverageWithoutTheMethodIsRefused() {
        HttpMessage message = delivery();
        String input = message.headers().first("Signature-Input").orElseThrow().replace("\"@method\" ", "");
        assertEquals("the signature does not cover @method with @target-uri, @request-target or @path",
                refusal(with(message, "Signature-Input", input)));
    }

    @Test
    void anUnknownAlgIsRefused() {
        HttpMessage message = delivery();
        String input = message.headers().first("Signature-Input").orElseThrow().replace("rsa-v1_5-sha256", "rsa-sha1");
        assertEquals("unknown algorithm 'rsa-sha1'", refusal(with(message, "Signature-Input", input)));
    }

    @Test
    void aSignatureOfTheWrongLengthIsRefused() {
        HttpMessage message = delivery();
        String shortSignature = "sig1=:" + Base64.getEncoder().encodeToString(new byte[128]) + ":";
        assertEquals("the signature has 128 bytes; rsa-v1_5-sha256 with this key makes 256",
                refusal(with(message, "Signature", shortSignature)));
    }

    @Test
    void anOldCreatedTimeIsRefused() {
        HttpMessage message = delivery();
        String input = message.headers().first("Signature-Input").orElseThrow()
                .replace("created=" + NOW.getEpochSecond(), "created=" + (NOW.getEpochSecond() - 13 * 3600));
        assertEquals("signed 13 hours ago; at most 12 hours (+1 hour skew) accepted",
                refusal(with(message, "Signature-Input", input)));
    }

    @Test
    void anExpiredSignatureIsRefused() {
        HttpMessage message = delivery();
        String input = message.headers().first("Signature-Input").orElseThrow() + ";expires="
                + (NOW.getEpochSecond() - 2 * 3600);
        assertEquals("the signature expired 2 hours ago", refusal(with(message, "Signature-Input", input)));
    }

    @Test
    void malformedStructuredFieldsAreRefused() {
        HttpMessage message = delivery();
        assertTrue(refusal(with(message, "Signature-Input", "sig1=(\"@method\"")).startsWith(
                "the Signature-Input header is malformed: "));
        assertTrue(refusal(with(message, "Signature", "sig1=:not base64!:")).startsWith(
                "the Signature header is malformed: "));
        assertEquals("the Signature '" + MessageSignatures.LABEL + "' is not a byte sequence",
                refusal(with(message, "Signature", "sig1=\"text\"")));
    }

    @Test
    void aDuplicatedOrUnsupportedComponentIsRefused() {
        HttpMessage message = delivery();
        String input = message.headers().first("Signature-Input").orElseThrow();
        assertEquals("the component \"date\" is covered twice",
                refusal(with(message, "Signature-Input", input.replace("\"date\"", "\"date\" \"date\""))));
        assertEquals("the component parameter ;sf of \"date\" is not supported",
                refusal(with(message, "Signature-Input", input.replace("\"date\"", "\"date\";sf"))));
    }

    @Test
    void anAlgTheKeyIsNotForIsRefused() {
        SignatureVerifier boundToPss = new SignatureVerifier(
                id -> Optional.of(VerificationKey.of(PEER.getPublic(), SignatureAlgorithm.RSA_PSS_SHA512)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        VerificationResult result = boundToPss.verify(delivery());
        assertEquals("the key " + KEY_ID + " cannot be used with alg rsa-v1_5-sha256",
                assertInstanceOf(VerificationResult.Refused.class, result).reason());
    }

    @Test
    void aResponseCoveringRequestComponentsIsRefused() {
        HttpMessage response = HttpMessage.response(200, HttpHeaders.builder()
                .add("Signature-Input", "sig1=(\"@method\" \"@path\");created=" + NOW.getEpochSecond() + ";keyid=\"" + KEY_ID + "\"")
                .add("Signature", "sig1=:" + Base64.getEncoder().encodeToString(new byte[256]) + ":").build(), null);
        assertEquals("@method is covered, but the message is a response", refusal(response));
    }

    @Test
    void aMissingKeyIdIsRefused() {
        HttpMessage message = delivery();
        String input = message.headers().first("Signature-Input").orElseThrow().replace(";keyid=\"" + KEY_ID + "\"", "");
        assertEquals("the Signature-Input 'sig1' names no keyid", refusal(with(message, "Signature-Input", input)));
    }
}
