package org.unionhall.application;

import java.time.Duration;
import java.util.Optional;

/**
 * Resetting a forgotten password by e-mail. Anyone may ask, with an e-mail address; the answer
 * is the same whether or not the address has an account, and so is the work done (a mail is
 * written either way: the reset link, or a note that there is no account), so neither the
 * answer nor its timing tells who has an account. Requests are limited per address and per
 * remote address. A link holds one hour and is used once; using it sets a new password under the
 * password policy, signs the member out everywhere and mails them that the password changed.
 */
public interface PasswordResetService {

    /** The one answer to every accepted request, whether or not the address has an account. */
    String REQUESTED = "If an account uses this address, a link to reset its password is on its way. "
            + "It holds for one hour. Check your mail (and its spam folder).";

    /**
     * Asks for a reset link to be mailed.
     *
     * @param email the address as typed (case and surrounding spaces do not matter)
     * @param remoteAddress the client's address, for throttling only (never stored)
     * @return empty when accepted (answer {@link #REQUESTED}); otherwise how long to wait, for
     *         this address or this client alike, whether or not the address has an account
     * @throws org.unionhall.domain.shared.InvalidInput when the text is not an e-mail address
     */
    Optional<Duration> requestReset(String email, String remoteAddress);

    /**
     * Checks a link before its page asks for a new password.
     *
     * @throws org.unionhall.domain.shared.InvalidInput when the link was never given out
     * @throws org.unionhall.domain.shared.RuleViolation when it was used already or has expired
     */
    void checkLink(String token);

    /**
     * Sets a new password through a link, once. Nothing changes when the link or the password is
     * refused (a refused password leaves the link usable).
     *
     * @throws org.unionhall.domain.shared.InvalidInput when the link was never given out, or the
     *         password breaks the policy
     * @throws org.unionhall.domain.shared.RuleViolation when the link was used already or has expired
     */
    void resetPassword(String token, char[] newPassword);
}
