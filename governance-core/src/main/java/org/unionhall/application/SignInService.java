package org.unionhall.application;

/**
 * Checks an e-mail address and password. Passwords are hashed with Argon2id; attempts are
 * throttled per account and per remote address; an unknown e-mail costs the same time and gets
 * the same answer as a wrong password, so nobody learns who has an account.
 *
 * <p>The web layer's Jakarta Security identity store calls this and, on
 * {@link SignInOutcome.SignedIn}, uses the member id's string form as the caller principal name.
 */
public interface SignInService {

    /**
     * @param email the e-mail address as typed (case and surrounding spaces do not matter)
     * @param password the password; the caller should wipe the array afterwards
     * @param remoteAddress the client's address, used for throttling only (never stored)
     */
    SignInOutcome signIn(String email, char[] password, String remoteAddress);
}
