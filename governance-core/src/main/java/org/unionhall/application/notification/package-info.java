/**
 * Notifications to members: the in-application list with its unread count ({@link
 * org.unionhall.application.notification.NotificationService}), the {@link
 * org.unionhall.application.notification.Notifier} the motion services call, which also writes
 * mail to the outbox for the kinds a member chose, and the choice itself ({@link
 * org.unionhall.application.notification.MailPreferenceService}).
 */
package org.unionhall.application.notification;
