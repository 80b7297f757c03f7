package org.unionhall.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.unionhall.application.CodeOutcome;

/**
 * What the sign-in page needs to know after {@code SecurityContext.authenticate} answered
 * {@code SEND_FAILURE}: whether the attempt was throttled, and for how long. A refused attempt
 * gets one message whatever the reason, so nobody learns who holds an account.
 */
public final class SignInFeedback {

    static final String THROTTLED_ATTRIBUTE = "org.unionhall.signIn.throttledFor";
    static final String CODE_REQUIRED_ATTRIBUTE = "org.unionhall.signIn.codeRequired";
    static final String CODE_OUTCOME_ATTRIBUTE = "org.unionhall.signIn.codeOutcome";

    private SignInFeedback() {
    }

    /** How long the person must wait before trying again, if this request's attempt was throttled. */
    public static Optional<Duration> throttledFor(HttpServletRequest request) {
        return Optional.ofNullable((Duration) request.getAttribute(THROTTLED_ATTRIBUTE));
    }

    /** Whether this request's password matched and the sign-in now awaits a code from the member's app. */
    public static boolean codeRequired(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(CODE_REQUIRED_ATTRIBUTE));
    }

    /** What this request's code came to, when one was given. */
    public static Optional<CodeOutcome> codeOutcome(HttpServletRequest request) {
        return Optional.ofNullable((CodeOutcome) request.getAttribute(CODE_OUTCOME_ATTRIBUTE));
    }

    /**
     * Notes in this browser's session that the member turned two-factor sign-in on (this session
     * counts as having given a code) or off.
     */
    public static void secondFactorChanged(HttpServletRequest request, boolean given) {
        signedIn(request).ifPresent(member -> request.getSession().setAttribute(SignedInMember.SESSION_ATTRIBUTE,
                member.withSecondFactor(given)));
    }

    /**
     * The token of this browser's session in the database: the one the signed-in member holds, or
     * the one its cookie names; null when there is none (an HTTP Basic call).
     */
    public static String sessionToken(HttpServletRequest request) {
        return signedIn(request).map(SignedInMember::sessionToken).or(() -> SignInCookies.session(request))
                .orElse(null);
    }

    /** The signed-in member of this session, if someone signed in through the sign-in page. */
    public static Optional<SignedInMember> signedIn(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInMember) session.getAttribute(SignedInMember.SESSION_ATTRIBUTE));
    }
}
