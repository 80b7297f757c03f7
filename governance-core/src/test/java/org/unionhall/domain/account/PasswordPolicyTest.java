package org.unionhall.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.InvalidInput;

class PasswordPolicyTest {
    @Test
    void lengthFromEightToAHundredAndTwentyEight() {
        assertThrows(InvalidInput.class, () -> PasswordPolicy.check("s7#kQ!p".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("s7#kQ!pz".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("correct horse battery staple ".repeat(3).substring(0, 64)
                .toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("a-long-but-rare-passphrase/".repeat(5).substring(0, 128)
                .toCharArray()));
        assertThrows(InvalidInput.class, () -> PasswordPolicy.check("q".repeat(129).toCharArray()));
        assertThrows(InvalidInput.class, () -> PasswordPolicy.check(new char[0]));
    }

    @Test
    void commonPasswordsAreRefusedIgnoringCase() {
        assertTrue(PasswordPolicy.commonPasswordCount() > 5000, "" + PasswordPolicy.commonPasswordCount());
        for (String common : new String[] {"password", "Password1", "QWERTY123", "12345678", "iloveyou2024",
            "1q2w3e4r5t", "P@ssw0rd", "football123", "sunshine!", "dragon2000"}) {
            assertThrows(InvalidInput.class, () -> PasswordPolicy.check(common.toCharArray()), common);
        }
        assertDoesNotThrow(() -> PasswordPolicy.check("union-demo-2026".toCharArray()));
    }

    @Test
    void theBackOffDoublesAfterFiveFailuresUpToFifteenMinutes() {
        assertEquals(Duration.ZERO, SignInThrottle.backOff(4));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.backOff(5));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.backOff(6));
        assertEquals(Duration.ofSeconds(64), SignInThrottle.backOff(11));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.backOff(40));
    }
}
