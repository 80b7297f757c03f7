package org.unionhall.domain.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.RuleViolation;

/** TOTP against the test vectors of RFC 6238 (Appendix B, SHA-1) and the replay rule. */
class TotpTest {
    /** The RFC's SHA-1 seed: the ASCII digits "1234567890" twice (20 bytes). */
    static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0} s")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"})
    void theRfc6238VectorsForSha1(long seconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
        assertEquals(expected, Totp.code(SEED, step, 8));
        assertEquals(expected.substring(2), Totp.code(SEED, step), "6 digits are the last 6 of the 8");
    }

    @Test
    void theStepBeforeAndAfterAreAcceptedAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.stepAt(now);
        for (long s = step - 1; s <= step + 1; s++) {
            assertEquals(OptionalLong.of(s), Totp.matchingStep(SEED, Totp.code(SEED, s), now, Long.MIN_VALUE));
        }
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step - 2), now, Long.MIN_VALUE).isEmpty());
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step + 2), now, Long.MIN_VALUE).isEmpty());
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrOlderIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890L);
        long step = Totp.stepAt(now);
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step), now, step).isEmpty(), "replayed");
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step - 1), now, step).isEmpty(), "older");
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(SEED, Totp.code(SEED, step + 1), now, step));
    }

    @Test
    void anythingButSixDigitsMatchesNothing() {
        Instant now = Instant.ofEpochSecond(59);
        for (String typed : new String[] {null, "", "12345", "1234567", "abcdef", "94287082", "２８７０８２",
            "287 08", "'; --"}) {
            assertTrue(Totp.matchingStep(SEED, typed, now, Long.MIN_VALUE).isEmpty(), String.valueOf(typed));
        }
        assertEquals(OptionalLong.of(1), Totp.matchingStep(SEED, "287 082", now, Long.MIN_VALUE), "spaces ignored");
    }

    @Test
    void base32RoundTripsAndReadsTheRfc4648Vectors() {
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb oi======"));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(SEED));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    }

    @Test
    void aSecondFactorIsOnOnlyAfterAFirstCodeAndTakesEachCodeOnce() {
        Instant now = Instant.ofEpochSecond(2_000_000_000L);
        TwoFactor factor = TwoFactor.generate(MemberId.generate(), now);
        assertFalse(factor.isOn());
        byte[] secret = Base32.decode(factor.secretText());
        assertEquals(20, secret.length, "160 bits");
        assertThrows(RuleViolation.class, () -> factor.confirm("000000".equals(Totp.code(secret, Totp.stepAt(now)))
                ? "111111" : "000000", now));
        assertFalse(factor.isOn());
        String code = Totp.code(secret, Totp.stepAt(now));
        factor.confirm(code, now);
        assertTrue(factor.isOn());
        assertFalse(factor.accept(code, now), "the code that turned it on is used");
        assertTrue(factor.accept(Totp.code(secret, Totp.stepAt(now) + 1), now.plusSeconds(30)));
        assertTrue(factor.setupAddress("Unionhall", "ana+x@union.example").startsWith(
                "otpauth://totp/Unionhall:ana%2Bx%40union.example?secret=" + factor.secretText() + "&issuer=Unionhall"));
    }

    @Test
    void recoveryCodesAreRandomHaveOneShapeAndAreUsedOnce() {
        String code = RecoveryCode.generate();
        assertTrue(code.matches("[a-z2-7]{5}-[a-z2-7]{5}"), code);
        assertTrue(RecoveryCode.looksLikeOne(code.toUpperCase().replace("-", " ")));
        assertEquals(RecoveryCode.digestOfTyped(code), RecoveryCode.digestOfTyped(" " + code.replace("-", "") + " "));
        assertFalse(RecoveryCode.looksLikeOne("123456"));
        assertFalse(code.equals(RecoveryCode.generate()));
        RecoveryCode kept = new RecoveryCode(MemberId.generate(), code, Instant.EPOCH);
        assertTrue(kept.use(Instant.EPOCH));
        assertFalse(kept.use(Instant.EPOCH), "used once");
    }

    @Test
    void aBrowserIsDescribedCoarselyWithoutVersions() {
        assertEquals("Firefox on Linux", BrowserLabel.of(
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0").text());
        assertEquals("Safari on iPhone", BrowserLabel.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1").text());
        assertEquals("Chrome on Windows", BrowserLabel.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36").text());
        assertEquals("A program", BrowserLabel.of("Java-http-client/17.0.12").text());
        assertEquals("Unknown browser", BrowserLabel.of(null).text());
        assertTrue(BrowserLabel.of("x".repeat(10_000)).text().length() <= 64);
    }
}
