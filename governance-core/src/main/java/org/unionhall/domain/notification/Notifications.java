package org.unionhall.domain.notification;

import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;

/** Notifications of all members. */
public interface Notifications {

    /** The notification with this id. */
    Optional<Notification> find(NotificationId id);

    /** A member's notifications, newest first. */
    List<Notification> ofMember(MemberId member, int offset, int limit);

    /** How many notifications a member has. */
    long countOfMember(MemberId member);

    /** How many of a member's notifications are unread. */
    long unreadCount(MemberId member);

    /** Whether a notification of this kind about this motion was already sent to anyone. */
    boolean alreadySent(MotionId motion, NotificationKind kind);

    /** Stores a new notification. */
    void add(Notification notification);
}
