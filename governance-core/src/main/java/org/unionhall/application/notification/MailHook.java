package org.unionhall.application.notification;

/**
 * Passes a notification on by e-mail. The deployed implementation reads the operator's
 * {@code unionhall.mail.*} settings; when none are set it sends nothing and never fails.
 */
public interface MailHook {

    /**
     * Hands over one message; implementations send after the calling transaction committed and
     * never throw into it.
     *
     * @param to the member's e-mail address
     * @param subject a short subject line
     * @param text the plain-text body
     */
    void send(String to, String subject, String text);
}
