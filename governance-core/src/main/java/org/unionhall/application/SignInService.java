package org.unionhall.application;

import java.util.Optional;
import org.unionhall.domain.membership.MemberId;

/**
 * Checks an e-mail address and password, and keeps the sessions that follow. Passwords are
 * hashed with Argon2id; attempts are throttled per account and per remote address, except from a
 * browser the member has signed in on before (a trusted device), which is throttled on its own
 * count; an unknown e-mail costs the same time and gets the same answer as a wrong password, so
 * nobody learns who has an account.
 *
 * <p>The web layer's Jakarta Security identity store calls {@link #signIn} and, on
 * {@link SignInOutcome.SignedIn}, uses the member id's string form as the caller principal name.
 * A browser that signed in then gets a session ({@link #startSession}) kept in the database, so
 * that it outlives the server process: any node finds it with {@link #resumeSession}.
 */
public interface SignInService {

    /**
     * @param email the e-mail address as typed (case and surrounding spaces do not matter)
     * @param password the password; the caller should wipe the array afterwards
     * @param remoteAddress the client's address, used for throttling only (never stored)
     * @param deviceToken the trusted-device token the browser presented, or null
     */
    SignInOutcome signIn(String email, char[] password, String remoteAddress, String deviceToken);

    /**
     * Starts a session for a member who has just signed in, and trusts the browser they used.
     *
     * @param deviceToken the trusted-device token the browser presented, or null
     * @return the tokens to give the browser
     */
    StartedSession startSession(MemberId member, String deviceToken);

    /**
     * Starts a session after the password matched. For a member with two-factor sign-in on, the
     * session awaits the code ({@link StartedSession#codeRequired()}) and signs nobody in until
     * {@link TwoFactorService#giveCode} accepts one.
     *
     * @param deviceToken the trusted-device token the browser presented, or null
     * @param userAgent the browser's User-Agent header, of which only a coarse label is kept
     */
    StartedSession startSession(MemberId member, String deviceToken, String userAgent);

    /** Whether the member has two-factor sign-in on, so a password alone (HTTP Basic) never signs them in. */
    boolean requiresCode(MemberId member);

    /**
     * The member of a live session, noting that it was used now, and whether it gave a second
     * factor; nothing when the session has ended, expired, never existed or still awaits its code.
     */
    Optional<SignInOutcome.SignedIn> resumeSession(String sessionToken);

    /** Ends a session (signing out); nothing happens for an unknown token. */
    void endSession(String sessionToken);

    /**
     * The tokens of a session just started.
     *
     * @param sessionToken names the session; the browser keeps it until it is closed
     * @param deviceToken marks the browser as trusted by this member for months
     * @param codeRequired whether the session awaits a code from the member's app
     */
    record StartedSession(String sessionToken, String deviceToken, boolean codeRequired) {
        /** A session that needs no code. */
        public StartedSession(String sessionToken, String deviceToken) {
            this(sessionToken, deviceToken, false);
        }
    }
}
