package org.unionhall.application.notification;

import org.unionhall.domain.notification.NotificationKind;

/**
 * One kind of notification and whether the member gets it by e-mail.
 *
 * @param kind the kind
 * @param description what it is about, in words
 * @param mailed whether it is mailed to the member
 */
public record MailChoiceView(NotificationKind kind, String description, boolean mailed) {
}
