package org.unionhall.application.notification;

import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.domain.notification.NotificationId;

/** A member's own notifications. */
public interface NotificationService {

    /** The caller's notifications, newest first. */
    Page<NotificationView> notifications(Actor actor, int page, int size);

    /** How many of the caller's notifications are unread. */
    long unreadCount(Actor actor);

    /** Marks one of the caller's notifications read. */
    NotificationView markRead(Actor actor, NotificationId id);

    /** Marks all of the caller's notifications read; returns how many were unread. */
    int markAllRead(Actor actor);
}
