package org.unionhall.application;

/**
 * A member's own sign-in account. Added after the first contract: the web layer may offer it on
 * a "my account" page; nothing else depends on it.
 */
public interface AccountService {

    /**
     * Replaces the caller's password. The current password must be given (so an unattended
     * session cannot be taken over); the new one must pass the password policy: 8 to 128
     * characters and not a common password. Wrong current passwords are throttled like sign-ins.
     *
     * @throws org.unionhall.domain.shared.RuleViolation when the current password is wrong, or
     *         too many wrong attempts were made (the message says how long to wait)
     * @throws org.unionhall.domain.shared.InvalidInput when the new password breaks the policy
     */
    void changePassword(Actor actor, char[] currentPassword, char[] newPassword);
}
