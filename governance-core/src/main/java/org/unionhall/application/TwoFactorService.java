package org.unionhall.application;

import java.util.List;

/**
 * Two-factor sign-in (TOTP, RFC 6238) on a member's own account: turning it on with a first code
 * and getting recovery codes, turning it off with the password and a code, and the second step of
 * a sign-in. Any member may turn it on; a steward's, treasurer's or trustee's mandate confers its
 * powers only in a session that gave a code (see {@code Powers}).
 */
public interface TwoFactorService {

    /** The caller's two-factor sign-in, and the officers' roles waiting for it. */
    TwoFactorView status(Actor actor, String sessionToken);

    /**
     * The officers' roles ("steward", "treasurer", "trustee") the caller holds but cannot act in,
     * because this session gave no second factor; empty when none (for the pages' banner).
     */
    List<String> rolesWaiting(Actor actor);

    /**
     * Starts turning it on: a new secret for the caller's app, replacing one not yet confirmed.
     *
     * @throws org.unionhall.domain.shared.RuleViolation when it is on already
     */
    TwoFactorSetup begin(Actor actor);

    /**
     * Turns it on with a first code from the app. The caller's current session counts as signed
     * in with a code from now on; the member is mailed.
     *
     * @param sessionToken the caller's own session token (null for none)
     * @return the recovery codes, shown once
     * @throws org.unionhall.domain.shared.RuleViolation when no setup was started, it is on already,
     *     the code is wrong, or too many wrong codes were tried
     */
    List<String> confirm(Actor actor, String code, String sessionToken);

    /**
     * Turns it off, after the password and a code (or a recovery code); every session of the
     * member loses its second factor, and the member is mailed.
     *
     * @throws org.unionhall.domain.shared.RuleViolation when it is off, or the password or code is wrong
     */
    void turnOff(Actor actor, char[] password, String code);

    /**
     * Makes a new set of recovery codes for a member who used up or mislaid theirs, after the
     * password and a code: a code from the app, or one of their recovery codes (the typical case is
     * a member whose phone is gone and who has one code left; that code is spent like every other
     * old one). The old codes stop working in the same transaction, the key stays (the phone keeps
     * working), wrong tries are throttled like turning it off but counted on their own, and the
     * member is mailed.
     *
     * @return the ten new recovery codes, shown once
     * @throws org.unionhall.domain.shared.RuleViolation when it is off, or the password or code is
     *     wrong (then nothing changes: the old codes still work), or too many wrong tries were made
     */
    List<String> newRecoveryCodes(Actor actor, char[] password, String code);

    /**
     * The second step of a sign-in: a code from the app, or a recovery code, for the session that
     * awaits one. Wrong codes are throttled per account like passwords, except from a browser the
     * member has signed in on before, which is throttled on its own count; a session awaiting a
     * code ends after five wrong ones.
     *
     * @param sessionToken the token of the session awaiting the code
     * @param deviceToken the trusted-device token the browser presented, or null
     */
    CodeOutcome giveCode(String sessionToken, String code, String deviceToken);

    /**
     * Turns two-factor sign-in off for a person who lost both their authenticator and their
     * recovery codes, on the word of the installation's operator at the console, who checked out
     * of band that the person is who they say: the key and the recovery codes are deleted, every
     * session of theirs is signed out and every browser they signed in on is forgotten, as after
     * a password reset (the lost phone may be in someone else's hands), and they are mailed. Mandates of steward, treasurer or trustee give
     * no powers until they turn it on again.
     *
     * @param email the address of the account
     * @return the person's name, for the operator's confirmation
     * @throws org.unionhall.domain.shared.NotFound when no account has the address
     * @throws RuleViolation when two-factor sign-in is off for the account
     */
    String resetLostSecondFactor(String email);
}
