package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 9530's digest examples, and the RFC 3230 {@code Digest} Mastodon sends. */
class BodyDigestsTest {

    private static final byte[] HELLO = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);

    /** RFC 9530 Appendix D: the digests of {@code {"hello": "world"}}. */
    private static String sampleValue(String algorithm) {
        for (String line : Rfc8792.text("rfc9530-D-sample-digest-values.txt").split("\n")) {
            if (line.startsWith(algorithm + " ")) {
                return line.substring(line.indexOf('-', algorithm.length()) + 1).trim();
            }
        }
        throw new IllegalArgumentException(algorithm);
    }

    @Test
    void contentDigestsAreRfc9530AppendixDs() {
        assertEquals("sha-256=" + sampleValue("sha-256"), BodyDigests.contentDigest(HELLO, "sha-256"));
        assertEquals("sha-512=" + sampleValue("sha-512"), BodyDigests.contentDigest(HELLO, "sha-512"));
    }

    @Test
    void rfc9530FullRepresentationExampleChecks() {
        HttpMessage response = Rfc8792.message("rfc9530-B.1-full-representation.http");
        byte[] content = "{\"hello\": \"world\"}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(19, content.length);
        assertDoesNotThrow(() -> BodyDigests.checkContentDigest(response.headers().all("Content-Digest"), content));
        Refusal refusal = assertThrows(Refusal.class,
                () -> BodyDigests.checkContentDigest(response.headers().all("Content-Digest"), HELLO));
        assertEquals("the Content-Digest does not match the body", refusal.getMessage());
    }

    @Test
    void unknownAlgorithmsAreIgnoredButOneKnownIsRequired() {
        String both = "md5=:Sd/dVLAcvNLSq16eXua5uQ==:, " + BodyDigests.contentDigest(HELLO, "sha-512");
        assertDoesNotThrow(() -> BodyDigests.checkContentDigest(List.of(both), HELLO));
        Refusal refusal = assertThrows(Refusal.class,
                () -> BodyDigests.checkContentDigest(List.of("md5=:Sd/dVLAcvNLSq16eXua5uQ==:"), HELLO));
        assertEquals("the Content-Digest has no sha-256 or sha-512 digest", refusal.getMessage());
        assertThrows(Refusal.class, () -> BodyDigests.checkContentDigest(List.of("sha-256=\"X48E9q\""), HELLO));
        assertThrows(Refusal.class, () -> BodyDigests.checkContentDigest(List.of("sha-256=:X48E9q"), HELLO));
    }

    @Test
    void mastodonsDigestChecks() {
        assertEquals("SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=", BodyDigests.legacyDigest(HELLO));
        assertDoesNotThrow(() -> BodyDigests.checkLegacyDigest(List.of("sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE="),
                HELLO));
        Refusal refusal = assertThrows(Refusal.class, () -> BodyDigests.checkLegacyDigest(
                List.of(BodyDigests.legacyDigest(HELLO)), "{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("the Digest does not match the body", refusal.getMessage());
        assertThrows(Refusal.class, () -> BodyDigests.checkLegacyDigest(List.of("SHA-256=***"), HELLO));
        assertThrows(Refusal.class, () -> BodyDigests.checkLegacyDigest(List.of("garbage"), HELLO));
    }
}
