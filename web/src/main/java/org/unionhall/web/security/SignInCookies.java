package org.unionhall.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.unionhall.domain.account.TrustedDevice;

/**
 * The two cookies a browser gets when a member signs in, beside the HTTP session's own:
 * <ul>
 *   <li>{@value #SESSION} names the member's session in the database, so that a restarted server
 *   or another node of a cluster finds the member still signed in; it lasts until the browser
 *   closes, and sign-out ends it;</li>
 *   <li>{@value #PENDING} names, for five minutes, a sign-in whose password matched and which
 *   awaits the code of the member's authenticator app; it signs nobody in;</li>
 *   <li>{@value #DEVICE} marks the browser as one the member has signed in on before, so that
 *   someone else's failed guesses do not lock them out of it; it lasts half a year.</li>
 * </ul>
 * Both are random secrets, {@code HttpOnly} and {@code SameSite=Lax} (and {@code Secure} over
 * HTTPS); neither says anything about the person or the browser.
 */
public final class SignInCookies {
    /** The session cookie's name. */
    public static final String SESSION = "UNIONHALL_SIGNIN";
    /** The cookie of a sign-in awaiting its code. */
    public static final String PENDING = "UNIONHALL_PENDING";
    /** The trusted-device cookie's name. */
    public static final String DEVICE = "UNIONHALL_DEVICE";

    private SignInCookies() {
    }

    /** The session token the browser sent. */
    public static Optional<String> session(HttpServletRequest request) {
        return value(request, SESSION);
    }

    /** The token of the sign-in awaiting its code that the browser sent. */
    public static Optional<String> pending(HttpServletRequest request) {
        return value(request, PENDING);
    }

    /** Gives the browser the token of a sign-in awaiting its code. */
    static void givePending(HttpServletRequest request, HttpServletResponse response, String token) {
        write(request, response, PENDING, token, org.unionhall.domain.account.SignInSession.CODE_WAIT);
    }

    /** Tells the browser to drop the token of a sign-in awaiting its code. */
    static void dropPending(HttpServletRequest request, HttpServletResponse response) {
        write(request, response, PENDING, "", Duration.ZERO);
    }

    /** The trusted-device token the browser sent. */
    public static Optional<String> device(HttpServletRequest request) {
        return value(request, DEVICE);
    }

    /** Gives the browser both tokens after a sign-in. */
    static void give(HttpServletRequest request, HttpServletResponse response, String sessionToken,
                     String deviceToken) {
        write(request, response, SESSION, sessionToken, null);
        write(request, response, DEVICE, deviceToken, TrustedDevice.TRUSTED_FOR);
    }

    /** Tells the browser to drop its session token (the device token stays). */
    static void dropSession(HttpServletRequest request, HttpServletResponse response) {
        write(request, response, SESSION, "", Duration.ZERO);
    }

    private static Optional<String> value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String name, String value,
                              Duration maxAge) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", name + "=" + value + "; Path=" + path
                + (maxAge == null ? "" : "; Max-Age=" + maxAge.toSeconds())
                + "; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
    }
}
