package org.unionhall.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class BallotCheckWarmUpTest {

    /** The warm-up walks the real ballot path: its throw-away ballots pass every check intake makes. */
    @Test
    void throwAwayBallotsPassTheChecksIntakeMakes() {
        assertDoesNotThrow(() -> BallotCheckWarmUp.warmUp(6));
    }
}
