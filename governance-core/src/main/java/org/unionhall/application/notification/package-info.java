/**
 * Notifications to members: the in-application list with its unread count ({@link
 * org.unionhall.application.notification.NotificationService}), the {@link
 * org.unionhall.application.notification.Notifier} the motion services call, and the {@link
 * org.unionhall.application.notification.MailHook} an operator may configure.
 */
package org.unionhall.application.notification;
