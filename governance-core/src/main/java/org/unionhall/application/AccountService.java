package org.unionhall.application;

import java.util.List;

/**
 * A member's own sign-in account, changed on the member's own account page or through the API.
 */
public interface AccountService {

    /**
     * Replaces the caller's password. The current password must be given (so an unattended
     * session cannot be taken over); the new one must pass the password policy: 8 to 128
     * characters and not a common password. Wrong current passwords are throttled like sign-ins.
     * Every other browser signed in to the account is signed out and forgotten as trusted, any
     * reset link still out stops working, and the member is mailed that the password changed
     * (always, whatever their mail preferences).
     *
     * @param sessionToken the caller's own sign-in session token, which stays signed in (null for none)
     * @param deviceToken the caller's own trusted-device token, which stays trusted (null for none)
     * @throws org.unionhall.domain.shared.RuleViolation when the current password is wrong, or
     *         too many wrong attempts were made (the message says how long to wait)
     * @throws org.unionhall.domain.shared.InvalidInput when the new password breaks the policy
     */
    void changePassword(Actor actor, char[] currentPassword, char[] newPassword, String sessionToken,
                        String deviceToken);

    /**
     * The caller's live sign-in sessions, newest first, the current one marked.
     *
     * @param sessionToken the caller's own session token (null for none)
     */
    List<SessionView> sessions(Actor actor, String sessionToken);

    /**
     * Signs out one of the caller's sessions, named by its handle; nothing happens for a handle
     * that names none of theirs.
     */
    void endSession(Actor actor, String handle);

    /**
     * Signs out every other session of the caller and forgets every other browser as trusted.
     *
     * @param sessionToken the caller's own session token, which stays signed in (null for none)
     * @param deviceToken the caller's own trusted-device token, which stays trusted (null for none)
     * @return how many sessions ended
     */
    int endOtherSessions(Actor actor, String sessionToken, String deviceToken);
}
