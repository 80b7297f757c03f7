package org.unionhall.application;

import java.time.Duration;
import java.util.Objects;
import org.unionhall.domain.membership.MemberId;

/**
 * What a sign-in attempt came to. {@link Refused} carries one message for every failure (unknown
 * e-mail, wrong password), so nobody can learn who holds an account.
 */
public sealed interface SignInOutcome {

    /** A sentence to show the person. */
    String message();

    /**
     * The password matched.
     *
     * @param memberId the member; its string form becomes the caller principal name
     * @param displayName the member's display name
     * @param secondFactorGiven whether the session gave a code from the member's app (officers'
     *     powers need it); always false straight after the password
     */
    record SignedIn(MemberId memberId, String displayName, boolean secondFactorGiven) implements SignInOutcome {
        /** Both names required. */
        public SignedIn {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(displayName);
        }

        /** Signed in with a password alone. */
        public SignedIn(MemberId memberId, String displayName) {
            this(memberId, displayName, false);
        }

        @Override
        public String message() {
            return "Welcome, " + displayName + ".";
        }
    }

    /** The e-mail and password did not match an account (which of the two is never said). */
    record Refused() implements SignInOutcome {
        /** The one message for every refused attempt. */
        public static final String MESSAGE = "The e-mail address or the password is not right.";

        @Override
        public String message() {
            return MESSAGE;
        }
    }

    /**
     * Too many failed attempts for this account or from this address; no password was checked.
     *
     * @param retryAfter how long to wait before the next attempt is looked at
     */
    record Throttled(Duration retryAfter) implements SignInOutcome {
        /** retryAfter required and positive. */
        public Throttled {
            Objects.requireNonNull(retryAfter);
        }

        @Override
        public String message() {
            long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0));
            return "Too many attempts. Please wait " + seconds + (seconds == 1 ? " second" : " seconds")
                    + " and try again.";
        }
    }
}
