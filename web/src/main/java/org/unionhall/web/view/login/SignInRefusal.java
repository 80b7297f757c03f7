package org.unionhall.web.view.login;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.unionhall.application.SignInOutcome;

/**
 * Words for a sign-in that did not succeed. The identity store leaves the core's
 * {@link SignInOutcome} in the request under the outcome type's name; a throttled attempt gets its
 * waiting time in whole minutes, everything else the one generic refusal.
 */
final class SignInRefusal {

    private SignInRefusal() {
    }

    /** The message for a throttled attempt, if this one was throttled. */
    static Optional<String> describe(HttpServletRequest request) {
        return request.getAttribute(SignInOutcome.class.getName()) instanceof SignInOutcome.Throttled throttled
                ? Optional.of(tooManyAttempts(throttled.retryAfter()))
                : Optional.empty();
    }

    /** "Too many attempts, try again in N minutes", rounded up so nobody retries too early. */
    static String tooManyAttempts(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return "Too many attempts, try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
