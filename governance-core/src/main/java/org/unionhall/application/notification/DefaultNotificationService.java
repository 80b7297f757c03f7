package org.unionhall.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.Stores;
import org.unionhall.domain.notification.Notification;
import org.unionhall.domain.notification.NotificationId;
import org.unionhall.domain.notification.Notifications;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.NotFound;

/** Lists and marks a member's notifications; nobody sees another member's. */
@ApplicationScoped
@Transactional
public class DefaultNotificationService implements NotificationService {
    private Stores core;
    private Notifications notifications;

    /** For CDI's proxy. */
    protected DefaultNotificationService() {
    }

    /**
     * @param core the members and the clock
     * @param notifications where notifications are kept
     */
    @Inject
    public DefaultNotificationService(Stores core, Notifications notifications) {
        this.core = core;
        this.notifications = notifications;
    }

    @Override
    public Page<NotificationView> notifications(Actor actor, int page, int size) {
        Page.checkRequest(page, size);
        known(actor);
        List<NotificationView> items = notifications.ofMember(actor.memberId(), page * size, size).stream()
                .map(DefaultNotificationService::view).toList();
        long total = notifications.countOfMember(actor.memberId());
        return new Page<>(items, page, size, total);
    }

    @Override
    public long unreadCount(Actor actor) {
        return notifications.unreadCount(actor.memberId());
    }

    @Override
    public NotificationView markRead(Actor actor, NotificationId id) {
        known(actor);
        Notification n = notifications.find(id)
                .filter(found -> found.member().equals(actor.memberId()))
                .orElseThrow(() -> new NotFound("You have no notification " + id + "."));
        n.markRead(actor.memberId(), core.time().now());
        return view(n);
    }

    @Override
    public int markAllRead(Actor actor) {
        known(actor);
        int marked = 0;
        for (Notification n : notifications.ofMember(actor.memberId(), 0, Integer.MAX_VALUE)) {
            if (n.readAt().isEmpty()) {
                n.markRead(actor.memberId(), core.time().now());
                marked++;
            }
        }
        return marked;
    }

    private void known(Actor actor) {
        if (core.members().find(actor.memberId()).isEmpty()) {
            throw new AccessDenied("Your account is not known here; please sign in again.");
        }
    }

    static NotificationView view(Notification n) {
        return new NotificationView(n.id().toString(), n.kind(), n.message(), n.motionId().map(Object::toString).orElse(null),
                n.grantRequestId().map(Object::toString).orElse(null),
                n.budgetRoundId().map(Object::toString).orElse(null), n.createdAt(),
                n.readAt().isPresent());
    }
}
