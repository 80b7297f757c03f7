package org.unionhall.domain.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a delivery that was not taken is tried again. A 2xx answer delivers it. A 4xx answer is the
 * recipient's final word (the activity or the signature is refused; sending it again changes
 * nothing), except 408 (it timed out) and 429 (too many requests): those, a 5xx, a redirect to
 * nowhere and no answer at all are tried again {@link #FIRST_RETRY} after the first failed attempt,
 * then twice as long after each further one, never more than {@link #LONGEST_WAIT} apart; a
 * {@code Retry-After} of the recipient is honoured when it asks for longer (up to
 * {@link #LONGEST_RETRY_AFTER}). Once the next attempt would fall more than {@link #GIVE_UP_AFTER}
 * after the delivery was written, it is given up: about 15 attempts over three days, as Mastodon
 * retries. A delivery being attempted is held back {@link #CLAIM} from other nodes.
 */
public final class DeliveryRetries {
    /** Wait after the first failed attempt. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** Longest wait between two attempts, unless the recipient asks for longer. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(12);
    /** The longest Retry-After honoured. */
    public static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);
    /** How long after it was written a delivery is given up. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    /** How long a delivery being attempted is held back from other nodes. */
    public static final Duration CLAIM = Duration.ofMinutes(2);

    private DeliveryRetries() {
    }

    /** The wait after the given number of failed attempts (1 or more). */
    public static Duration waitAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 20);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * What follows from the recipient's answer.
     *
     * @param status the HTTP status code
     * @param retryAfter the recipient's Retry-After, if it sent one
     * @param attempts attempts made, this one included
     * @param writtenAt when the delivery was written
     * @param now the time of the answer
     */
    public static DeliveryOutcome afterAnswer(int status, Optional<Duration> retryAfter, int attempts,
                                              Instant writtenAt, Instant now) {
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Delivered(now);
        }
        String reason = "answered " + status;
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new DeliveryOutcome.GivenUp(now, "Refused for good: " + reason);
        }
        Duration wait = waitAfter(attempts);
        if (retryAfter.isPresent() && (status == 429 || status == 503 || status == 408)) {
            Duration asked = retryAfter.get().compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER
                    : retryAfter.get();
            if (asked.compareTo(wait) > 0) {
                wait = asked;
            }
        }
        return retryOrGiveUp(now.plus(wait), reason, attempts, writtenAt, now);
    }

    /** What follows when no answer came: the server could not be reached, or timed out. */
    public static DeliveryOutcome afterNoAnswer(String reason, int attempts, Instant writtenAt, Instant now) {
        return retryOrGiveUp(now.plus(waitAfter(attempts)), reason, attempts, writtenAt, now);
    }

    private static DeliveryOutcome retryOrGiveUp(Instant next, String reason, int attempts, Instant writtenAt,
                                                 Instant now) {
        if (next.isAfter(writtenAt.plus(GIVE_UP_AFTER))) {
            return new DeliveryOutcome.GivenUp(now, "Not delivered within " + GIVE_UP_AFTER.toDays() + " days, after "
                    + attempts + " attempts: " + reason);
        }
        return new DeliveryOutcome.RetryAt(next, reason);
    }
}
