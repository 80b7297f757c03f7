/**
 * Notifications shown to members in the application (a motion needs seconds, a vote opened,
 * quorum at risk, a result), and each member's {@link org.unionhall.domain.notification.MailPreference}:
 * the kinds they also want by e-mail.
 */
package org.unionhall.domain.notification;
