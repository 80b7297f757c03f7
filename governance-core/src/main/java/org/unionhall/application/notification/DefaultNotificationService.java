package org.unionhall.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.domain.notification.Notification;
import org.unionhall.domain.notification.NotificationId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.NotFound;

/** Lists and marks a member's notifications; nobody sees another member's. */
@ApplicationScoped
@Transactional
public class DefaultNotificationService implements NotificationService {
    private MotionStores stores;

    /** For CDI's proxy. */
    protected DefaultNotificationService() {
    }

    /** @param stores the repositories and clock */
    @Inject
    public DefaultNotificationService(MotionStores stores) {
        this.stores = stores;
    }

    @Override
    public Page<NotificationView> notifications(Actor actor, int page, int size) {
        Page.checkRequest(page, size);
        known(actor);
        List<NotificationView> items = stores.notifications().ofMember(actor.memberId(), page * size, size).stream()
                .map(DefaultNotificationService::view).toList();
        long total = stores.notifications().countOfMember(actor.memberId());
        return new Page<>(items, page, size, total);
    }

    @Override
    public long unreadCount(Actor actor) {
        return stores.notifications().unreadCount(actor.memberId());
    }

    @Override
    public NotificationView markRead(Actor actor, NotificationId id) {
        known(actor);
        Notification n = stores.notifications().find(id)
                .filter(found -> found.member().equals(actor.memberId()))
                .orElseThrow(() -> new NotFound("You have no notification " + id + "."));
        n.markRead(actor.memberId(), stores.core().time().now());
        return view(n);
    }

    @Override
    public int markAllRead(Actor actor) {
        known(actor);
        int marked = 0;
        for (Notification n : stores.notifications().ofMember(actor.memberId(), 0, Integer.MAX_VALUE)) {
            if (n.readAt().isEmpty()) {
                n.markRead(actor.memberId(), stores.core().time().now());
                marked++;
            }
        }
        return marked;
    }

    private void known(Actor actor) {
        if (stores.core().members().find(actor.memberId()).isEmpty()) {
            throw new AccessDenied("Your account is not known here; please sign in again.");
        }
    }

    static NotificationView view(Notification n) {
        return new NotificationView(n.id().toString(), n.kind(), n.message(), n.motionId().toString(), n.createdAt(),
                n.readAt().isPresent());
    }
}
