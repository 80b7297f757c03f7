package org.unionhall.infrastructure.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemorySignInThrottleTest {
    final InMemorySignInThrottle throttle = new InMemorySignInThrottle();
    final Instant t0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void fiveFailuresAreFreeThenTheWaitDoublesAndASuccessClearsIt() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("account:a", t0);
        }
        assertEquals(Optional.empty(), throttle.waitFor("account:a", t0));
        throttle.failed("account:a", t0);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("account:a", t0));
        throttle.failed("account:a", t0);
        assertEquals(Optional.of(Duration.ofMillis(1500)), throttle.waitFor("account:a", t0.plusMillis(500)));
        assertEquals(Optional.empty(), throttle.waitFor("account:a", t0.plusSeconds(2)));
        assertEquals(Optional.empty(), throttle.waitFor("account:b", t0));
        throttle.succeeded("account:a");
        assertEquals(Optional.empty(), throttle.waitFor("account:a", t0));
    }

    @Test
    void failuresAreForgottenAfterHalfAnHourOfQuiet() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("address:192.0.2.1", t0);
        }
        throttle.failed("address:192.0.2.1", t0.plus(InMemorySignInThrottle.FORGET_AFTER).plusSeconds(1));
        assertEquals(Optional.empty(), throttle.waitFor("address:192.0.2.1",
                t0.plus(InMemorySignInThrottle.FORGET_AFTER).plusSeconds(1)));
    }
}
