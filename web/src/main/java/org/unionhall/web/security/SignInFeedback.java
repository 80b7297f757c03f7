package org.unionhall.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * What the sign-in page needs to know after {@code SecurityContext.authenticate} answered
 * {@code SEND_FAILURE}: whether the attempt was throttled, and for how long. A refused attempt
 * gets one message whatever the reason, so nobody learns who holds an account.
 */
public final class SignInFeedback {

    static final String THROTTLED_ATTRIBUTE = "org.unionhall.signIn.throttledFor";

    private SignInFeedback() {
    }

    /** How long the person must wait before trying again, if this request's attempt was throttled. */
    public static Optional<Duration> throttledFor(HttpServletRequest request) {
        return Optional.ofNullable((Duration) request.getAttribute(THROTTLED_ATTRIBUTE));
    }

    /** The signed-in member of this session, if someone signed in through the sign-in page. */
    public static Optional<SignedInMember> signedIn(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInMember) session.getAttribute(SignedInMember.SESSION_ATTRIBUTE));
    }
}
