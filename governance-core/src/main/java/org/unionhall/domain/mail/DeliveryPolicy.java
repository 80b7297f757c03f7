package org.unionhall.domain.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail the server did not take (it could not be reached, or answered with a temporary
 * 4xx refusal) is tried again: {@link #FIRST_RETRY} after the first failed attempt, then twice as
 * long after each further one, never more than {@link #LONGEST_WAIT} apart; once the next attempt
 * would fall more than {@link #GIVE_UP_AFTER} after the mail was written, it is given up. A
 * permanent 5xx refusal gives up at once. A mail being sent is held back for {@link #CLAIM} so no
 * other node picks it up meanwhile; if the node dies in that time, the mail comes due again then.
 */
public final class DeliveryPolicy {
    /** Wait after the first failed attempt. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** Longest wait between two attempts. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** How long after it was written a mail is given up if it could not be delivered. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    /** How long a mail being sent is held back from other senders. */
    public static final Duration CLAIM = Duration.ofMinutes(5);

    private DeliveryPolicy() {
    }

    /** The wait after the given number of failed attempts (1 or more). */
    public static Duration waitAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 20);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * When to try again after a temporary failure, or nothing when it is time to give up.
     *
     * @param failedAttempts attempts made so far, all failed
     * @param writtenAt when the mail was written to the outbox
     * @param now the time of the failure
     */
    public static Optional<Instant> nextAttempt(int failedAttempts, Instant writtenAt, Instant now) {
        Instant next = now.plus(waitAfter(failedAttempts));
        return next.isAfter(writtenAt.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
    }
}
