package org.unionhall.web.view.motion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unionhall.application.notification.NotificationService;
import org.unionhall.web.security.CurrentActor;

/** The signed-in member's unread notification count, for the dashboard's link. */
@Named
@RequestScoped
public class UnreadBacking {

    @Inject
    private NotificationService notifications;

    @Inject
    private CurrentActor member;

    private Long count;

    /** How many notifications are unread. */
    public long getCount() {
        if (count == null) {
            count = notifications.unreadCount(member.actor());
        }
        return count;
    }
}
