package org.unionhall.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.membership.MemberId;

class SignInSessionTest {
    private static final Instant SIGNED_IN = Instant.parse("2026-12-07T09:00:00Z");
    private final MemberId member = MemberId.of("0b7c9a52-8c1e-4f43-9d6a-2f1f0a0e5b11");

    @Test
    void aSessionEndsAfterHalfAnHourWithoutARequest() {
        SignInSession session = new SignInSession(SignInToken.generate(), member, SIGNED_IN);
        assertTrue(session.liveAt(SIGNED_IN.plus(Duration.ofMinutes(29))));
        assertFalse(session.liveAt(SIGNED_IN.plus(Duration.ofMinutes(30))));
    }

    @Test
    void requestsKeepASessionAliveButNotBeyondTwelveHours() {
        SignInSession session = new SignInSession(SignInToken.generate(), member, SIGNED_IN);
        for (Instant t = SIGNED_IN; t.isBefore(SIGNED_IN.plus(Duration.ofHours(13))); t = t.plus(Duration.ofMinutes(20))) {
            boolean withinLifetime = t.isBefore(SIGNED_IN.plus(SignInSession.LIFETIME));
            assertEquals(withinLifetime, session.liveAt(t), t.toString());
            session.seenAt(t);
        }
    }

    @Test
    void aDeviceIsTrustedOnlyForItsMemberAndForHalfAYearAfterItsLastSignIn() {
        TrustedDevice device = new TrustedDevice(SignInToken.generate(), member, SIGNED_IN);
        MemberId other = MemberId.of("5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6");
        assertTrue(device.trusts(member, SIGNED_IN.plus(Duration.ofDays(179))));
        assertFalse(device.trusts(other, SIGNED_IN));
        assertFalse(device.trusts(member, SIGNED_IN.plus(Duration.ofDays(180))));
        device.signedInAt(SIGNED_IN.plus(Duration.ofDays(100)));
        assertTrue(device.trusts(member, SIGNED_IN.plus(Duration.ofDays(250))));
    }

    @Test
    void tokensAreFreshAndOnlyWellFormedOnesAreLookedUp() {
        SignInToken a = SignInToken.generate();
        SignInToken b = SignInToken.generate();
        assertNotEquals(a.value(), b.value());
        assertEquals(43, a.value().length());
        assertEquals(a.digest(), SignInToken.digestOfPresented(a.value()).orElseThrow());
        assertEquals(64, a.digest().length());
        for (String hostile : Arrays.asList(null, "", a.value() + "=", a.value().substring(1) + "/", "x".repeat(4096))) {
            assertTrue(SignInToken.digestOfPresented(hostile).isEmpty(), String.valueOf(hostile));
        }
    }
}
