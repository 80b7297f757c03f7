package org.unionhall.application;

import java.time.Duration;
import java.util.Objects;
import org.unionhall.domain.membership.MemberId;

/** What giving the second step of a sign-in (a code from the app, or a recovery code) came to. */
public sealed interface CodeOutcome {

    /** A sentence to show the person. */
    String message();

    /**
     * The code was right: the member is signed in, with a second factor, in a new session (the
     * one that awaited the code has ended, so its token signs nobody in).
     *
     * @param memberId the member
     * @param displayName their display name
     * @param session the new session's tokens
     * @param recoveryCodesLeft how many recovery codes are left when one was used, else -1
     */
    record Passed(MemberId memberId, String displayName, SignInService.StartedSession session,
                  long recoveryCodesLeft) implements CodeOutcome {
        /** All values required. */
        public Passed {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(displayName);
            Objects.requireNonNull(session);
        }

        @Override
        public String message() {
            return recoveryCodesLeft < 0 ? "Welcome, " + displayName + "."
                    : "Welcome, " + displayName + ". You used a recovery code; " + recoveryCodesLeft
                    + (recoveryCodesLeft == 1 ? " is" : " are") + " left.";
        }
    }

    /** The code was wrong or used before; another may be tried. */
    record Wrong() implements CodeOutcome {
        @Override
        public String message() {
            return org.unionhall.domain.account.TwoFactor.WRONG_CODE;
        }
    }

    /**
     * Too many wrong codes for this account (or this trusted browser); no code was checked.
     *
     * @param retryAfter how long to wait
     */
    record Throttled(Duration retryAfter) implements CodeOutcome {
        /** retryAfter required. */
        public Throttled {
            Objects.requireNonNull(retryAfter);
        }

        @Override
        public String message() {
            return new SignInOutcome.Throttled(retryAfter).message();
        }
    }

    /**
     * No sign-in awaits a code here: it was never started, waited too long, or took too many wrong
     * codes. The password must be given again.
     */
    record SignInAgain() implements CodeOutcome {
        /** The message. */
        public static final String MESSAGE = "Your sign-in has ended (it waits five minutes for the code, and ends "
                + "after five wrong codes). Sign in again with your password.";

        @Override
        public String message() {
            return MESSAGE;
        }
    }
}
