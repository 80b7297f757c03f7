package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * An inbox delivery shaped like Mastodon's (draft-cavage-12, rsa-sha256, a SHA-256 Digest), built
 * here by hand as Mastodon builds it rather than by our signer, then hostile variants of it, each
 * refused with its reason.
 */
class CavageMastodonTest {

    private static final String KEY_ID = "https://mastodon.example/users/alice#main-key";
    private static final URI INBOX = URI.create("https://unionhall.example/users/hall/inbox");
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final byte[] ACTIVITY = ("{\"@context\":\"https://www.w3.org/ns/activitystreams\","
            + "\"id\":\"https://mastodon.example/users/alice#follows/1\",\"type\":\"Follow\","
            + "\"actor\":\"https://mastodon.example/users/alice\",\"object\":\"https://unionhall.example/users/hall\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final String ALL_HEADERS = "(request-target) host date digest content-type";
    private static final KeyPair ALICE = rsa();
    private static final KeyPair MALLORY = rsa();

    private final SignatureVerifier verifier = new SignatureVerifier(
            id -> Optional.ofNullable(Map.of(KEY_ID, VerificationKey.of(ALICE.getPublic())).get(id)),
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

    private static String date(Instant instant) {
        return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
                .format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static String digest(byte[] body) throws GeneralSecurityException {
        return "SHA-256=" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
    }

    /** Mastodon's signed POST: headers as given, the signature over {@code covered} by {@code signer}. */
    private static HttpMessage delivery(String covered, String algorithm, KeyPair signer, Instant signedAt, byte[] body)
            throws GeneralSecurityException {
        HttpHeaders headers = HttpHeaders.builder()
                .add("Host", "unionhall.example")
                .add("Date", date(signedAt))
                .add("Digest", digest(body))
                .add("Content-Type", "application/activity+json")
                .build();
        StringBuilder signingString = new StringBuilder();
        for (String name : covered.split(" ")) {
            if (signingString.length() > 0) {
                signingString.append('\n');
            }
            String value = name.equals("(request-target)") ? "post " + INBOX.getRawPath()
                    : headers.first(name).orElseThrow();
            signingString.append(name).append(": ").append(value);
        }
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(signer.getPrivate());
        rsa.update(signingString.toString().getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(rsa.sign());
        String header = "keyId=\"" + KEY_ID + "\",algorithm=\"" + algorithm + "\",headers=\"" + covered
                + "\",signature=\"" + signature + "\"";
        return HttpMessage.request("POST", INBOX, headers.with(HttpHeaders.builder().add("Signature", header).build()),
                body);
    }

    private static HttpMessage delivery() throws GeneralSecurityException {
        return delivery(ALL_HEADERS, "rsa-sha256", ALICE, NOW.minusSeconds(5), ACTIVITY);
    }

    private String refusal(HttpMessage message) {
        return assertInstanceOf(VerificationResult.Refused.class, verifier.verify(message)).reason();
    }

    @Test
    void mastodonsDeliveryVerifiesAndNamesItsKey() throws GeneralSecurityException {
        assertEquals(new VerificationResult.Verified(KEY_ID, SignatureStyle.CAVAGE_12, "rsa-sha256"),
                verifier.verify(delivery()));
    }

    @Test
    void hs2019WithAnRsaKeyIsRsaSha256() throws GeneralSecurityException {
        HttpMessage message = delivery(ALL_HEADERS, "hs2019", ALICE, NOW, ACTIVITY);
        assertEquals(new VerificationResult.Verified(KEY_ID, SignatureStyle.CAVAGE_12, "hs2019"), verifier.verify(message));
    }

    @Test
    void aSignedActorFetchWithoutBodyVerifies() throws GeneralSecurityException {
        HttpHeaders headers = HttpHeaders.builder().add("Host", "unionhall.example").add("Date", date(NOW)).build();
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(ALICE.getPrivate());
        rsa.update(("(request-target): get /users/hall\nhost: unionhall.example\ndate: " + date(NOW))
                .getBytes(StandardCharsets.UTF_8));
        String header = "keyId=\"" + KEY_ID + "\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date\","
                + "signature=\"" + Base64.getEncoder().encodeToString(rsa.sign()) + "\"";
        HttpMessage fetch = HttpMessage.request("GET", URI.create("https://unionhall.example/users/hall"),
                headers.with(HttpHeaders.builder().add("signature", header).build()), null);
        assertTrue(verifier.verify(fetch).verified());
    }

    @Test
    void createdAndExpiresMayStandForTheDate() throws GeneralSecurityException {
        long created = NOW.getEpochSecond() - 60;
        long expires = NOW.getEpochSecond() + 300;
        HttpMessage message = delivery();
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(ALICE.getPrivate());
        rsa.update(("(request-target): post /users/hall/inbox\n(created): " + created + "\n(expires): " + expires
                + "\nhost: unionhall.example\ndigest: " + digest(ACTIVITY)).getBytes(StandardCharsets.UTF_8));
        String header = "keyId=\"" + KEY_ID + "\",algorithm=\"hs2019\",created=" + created + ",expires=" + expires
                + ",headers=\"(request-target) (created) (expires) host digest\",signature=\""
                + Base64.getEncoder().encodeToString(rsa.sign()) + "\"";
        assertTrue(verifier.verify(message.withHeaders(message.headers().replacing("Signature", header))).verified());
        String withoutCreated = header.replace(",created=" + created, "");
        assertEquals("(created) is signed, but the Signature header has no created",
                refusal(message.withHeaders(message.headers().replacing("Signature", withoutCreated))));
    }

    @Test
    void aTamperedBodyIsRefusedForItsDigest() throws GeneralSecurityException {
        HttpMessage message = delivery();
        byte[] tampered = new String(ACTIVITY, StandardCharsets.UTF_8).replace("Follow", "Block")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("the Digest does not match the body",
                refusal(HttpMessage.request("POST", INBOX, message.headers(), tampered)));
    }

    @Test
    void aTamperedCoveredHeaderBreaksTheSignature() throws GeneralSecurityException {
        HttpMessage message = delivery();
        HttpMessage tampered = message.withHeaders(message.headers().replacing("Content-Type", "text/html"));
        assertEquals("the rsa-v1_5-sha256 signature does not verify with the key named", refusal(tampered));
    }

    @Test
    void aDateThirteenHoursOldIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery(ALL_HEADERS, "rsa-sha256", ALICE, NOW.minus(Duration.ofHours(13)), ACTIVITY);
        assertEquals("signed 13 hours ago; at most 12 hours (+1 hour skew) accepted", refusal(message));
    }

    @Test
    void aDateTwelveAndAHalfHoursOldIsWithinTheSkew() throws GeneralSecurityException {
        HttpMessage message = delivery(ALL_HEADERS, "rsa-sha256", ALICE, NOW.minus(Duration.ofMinutes(750)), ACTIVITY);
        assertTrue(verifier.verify(message).verified());
    }

    @Test
    void aDateTwoHoursAheadIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery(ALL_HEADERS, "rsa-sha256", ALICE, NOW.plus(Duration.ofHours(2)), ACTIVITY);
        assertEquals("signed 2 hours in the future; at most 1 hour of clock skew accepted", refusal(message));
    }

    @Test
    void aPostWhoseSignatureOmitsTheDigestIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery("(request-target) host date content-type", "rsa-sha256", ALICE, NOW, ACTIVITY);
        assertEquals("the signature does not cover digest, and the POST carries a body", refusal(message));
    }

    @Test
    void aPostWithoutDigestHeaderIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery();
        HttpHeaders.Builder withoutDigest = HttpHeaders.builder();
        for (String name : message.headers().names()) {
            if (!name.equals("Digest")) {
                message.headers().all(name).forEach(v -> withoutDigest.add(name, v));
            }
        }
        assertEquals("the Digest has no SHA-256 or SHA-512 digest", refusal(message.withHeaders(withoutDigest.build())));
    }

    @Test
    void headersWithoutRequestTargetAreRefused() throws GeneralSecurityException {
        HttpMessage message = delivery("host date digest content-type", "rsa-sha256", ALICE, NOW, ACTIVITY);
        assertEquals("the signature does not cover (request-target)", refusal(message));
    }

    @Test
    void headersWithoutHostAreRefused() throws GeneralSecurityException {
        HttpMessage message = delivery("(request-target) date digest content-type", "rsa-sha256", ALICE, NOW, ACTIVITY);
        assertEquals("the signature does not cover host", refusal(message));
    }

    @Test
    void anUnknownAlgorithmIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery(ALL_HEADERS, "rsa-sha512", ALICE, NOW, ACTIVITY);
        assertEquals("unknown algorithm 'rsa-sha512'; rsa-sha256 and hs2019 are accepted", refusal(message));
    }

    @Test
    void aMalformedSignatureHeaderIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery();
        String broken = message.headers().first("Signature").orElseThrow().replace("\",signature=", "\" signature=");
        String reason = refusal(message.withHeaders(message.headers().replacing("Signature", broken)));
        assertTrue(reason.startsWith("the Signature header is malformed: "), reason);
        String unterminated = "keyId=\"" + KEY_ID + "\",signature=\"abc";
        assertTrue(refusal(message.withHeaders(message.headers().replacing("Signature", unterminated)))
                .startsWith("the Signature header is malformed"));
    }

    @Test
    void aSignatureOfTheWrongLengthIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery();
        String header = message.headers().first("Signature").orElseThrow();
        String signature = header.substring(header.indexOf("signature=\"") + 11, header.length() - 1);
        byte[] shorter = Arrays.copyOf(Base64.getDecoder().decode(signature), 255);
        String cut = header.replace(signature, Base64.getEncoder().encodeToString(shorter));
        assertEquals("the signature has 255 bytes; rsa-v1_5-sha256 with this key makes 256",
                refusal(message.withHeaders(message.headers().replacing("Signature", cut))));
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery(ALL_HEADERS, "rsa-sha256", MALLORY, NOW, ACTIVITY);
        assertEquals("the rsa-v1_5-sha256 signature does not verify with the key named", refusal(message));
    }

    @Test
    void anUnknownKeyIsRefused() throws GeneralSecurityException {
        HttpMessage message = delivery();
        String other = message.headers().first("Signature").orElseThrow().replace(KEY_ID, "https://evil.example/k");
        assertEquals("no key is known for keyId https://evil.example/k",
                refusal(message.withHeaders(message.headers().replacing("Signature", other))));
    }

    @Test
    void anUnsignedRequestIsRefused() {
        HttpMessage message = HttpMessage.request("POST", INBOX, HttpHeaders.empty(), ACTIVITY);
        assertEquals("the message is not signed: no Signature or Signature-Input header", refusal(message));
    }
}
