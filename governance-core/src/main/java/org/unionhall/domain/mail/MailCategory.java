package org.unionhall.domain.mail;

/** Why a mail is sent, which decides whether a member's mail preferences apply to it. */
public enum MailCategory {
    /**
     * About the addressee's own account (a password reset link, "your password was changed"):
     * always sent, whatever the member chose.
     */
    SECURITY,
    /** A notification of a kind the member chose to receive by e-mail. */
    NOTIFICATION
}
