package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Whatever a peer puts in the signature headers, the verifier answers with a refusal, never an
 * exception (the inbox would answer 500 and log a stack trace instead of a reason). The window is
 * opened wide and every key is known, so that garbage reaches the deeper checks.
 */
class GarbageHeadersTest {

    private static final String ALPHABET = "sig1=():;,\"\\ @-abcdefghijklmnopqrstuvwxyz0123456789*+/.?%&\t";
    private static final String[] FRAGMENTS = {"sig1=", "(\"@method\" \"@target-uri\")", ";created=", ";keyid=\"k\"",
        ";alg=\"ed25519\"", ":AAAA:", "keyId=\"k\"", ",headers=\"(request-target) host\"", ",signature=\"", "\"",
        ";expires=99999999999999999999", "-1", "(", ")", "=", ",", "\"@query-param\";name=", "%ZZ", "?"};

    private final SignatureVerifier verifier = new SignatureVerifier(
            KeyLookup.ofPublicKeys(id -> Optional.of(Pem.readPublicKey(Rfc8792.text("rfc9421-B.1.4-test-key-ed25519.pem")))),
            Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC), new VerificationPolicy(false,
                    Duration.ofDays(36500), Duration.ofDays(36500)));

    private static String garbage(Random random) {
        StringBuilder out = new StringBuilder();
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            if (random.nextBoolean()) {
                out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }

    @Test
    void garbageIsRefusedWithAReason() {
        Random random = new Random(9421);
        for (int i = 0; i < 5000; i++) {
            HttpHeaders.Builder headers = HttpHeaders.builder().add("Host", "unionhall.example")
                    .add("Date", random.nextBoolean() ? "Tue, 08 Dec 2026 10:00:00 GMT" : garbage(random))
                    .add("Digest", garbage(random)).add("Content-Digest", garbage(random))
                    .add("Signature", garbage(random));
            if (random.nextBoolean()) {
                headers.add("Signature-Input", garbage(random));
            }
            HttpMessage message = HttpMessage.request("POST", URI.create("https://unionhall.example/inbox?x=1"),
                    headers.build(), "{}".getBytes(StandardCharsets.UTF_8));
            assertFalse(verifier.verify(message).verified(), message::toString);
        }
    }
}
