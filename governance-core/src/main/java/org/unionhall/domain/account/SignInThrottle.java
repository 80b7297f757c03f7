package org.unionhall.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per key (an account's e-mail, a remote address) and says how long a key
 * must wait. After {@link #FREE_FAILURES} failures the wait doubles with each further failure,
 * from one second up to {@link #LONGEST_WAIT}. A success clears the key. Implementations may keep
 * the counts in memory (one node) or in a cluster-wide cache; keys are opaque strings.
 */
public interface SignInThrottle {
    /** Failures allowed before any wait. */
    int FREE_FAILURES = 5;
    /** The longest wait. */
    Duration LONGEST_WAIT = Duration.ofMinutes(15);

    /** How long the key must still wait, if it must. */
    Optional<Duration> waitFor(String key, Instant now);

    /** Records a failure for the key. */
    void failed(String key, Instant now);

    /** Clears the key after a successful sign-in. */
    void succeeded(String key);

    /** The wait after the given number of consecutive failures. */
    static Duration backOff(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
