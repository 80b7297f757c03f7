package org.unionhall.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.mail.DeliveryPolicy;

/** The back-off of the outbox: 1, 2, 4 … minutes, at most an hour apart, given up after three days. */
class DeliveryPolicyTest {
    static final Instant WRITTEN = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void thePauseDoublesUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), DeliveryPolicy.waitAfter(1));
        assertEquals(Duration.ofMinutes(2), DeliveryPolicy.waitAfter(2));
        assertEquals(Duration.ofMinutes(32), DeliveryPolicy.waitAfter(6));
        assertEquals(Duration.ofHours(1), DeliveryPolicy.waitAfter(7));
        assertEquals(Duration.ofHours(1), DeliveryPolicy.waitAfter(Integer.MAX_VALUE));
    }

    @Test
    void aMailIsGivenUpWhenItsNextAttemptWouldFallAfterThreeDays() {
        Instant late = WRITTEN.plus(Duration.ofDays(3)).minus(Duration.ofMinutes(30));
        assertEquals(Optional.empty(), DeliveryPolicy.nextAttempt(80, WRITTEN, late));
        Instant earlier = WRITTEN.plus(Duration.ofDays(2));
        assertEquals(Optional.of(earlier.plus(Duration.ofHours(1))), DeliveryPolicy.nextAttempt(80, WRITTEN, earlier));
    }

    @Test
    void theServersReplyCodeIsFoundInsideWrappedFailures() {
        assertEquals(-1, OutboxSender.replyCode(new jakarta.mail.MessagingException("connection refused")));
        assertTrue(OutboxSender.replyCode(new jakarta.mail.MessagingException("wrapped",
                new org.eclipse.angus.mail.smtp.SMTPSendFailedException("DATA", 452, "452 too many", null, null, null,
                        null))) == 452);
    }
}
