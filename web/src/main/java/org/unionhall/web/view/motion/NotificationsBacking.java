package org.unionhall.web.view.motion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unionhall.application.Page;
import org.unionhall.application.notification.NotificationService;
import org.unionhall.application.notification.NotificationView;
import org.unionhall.domain.notification.NotificationId;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/** The caller's notifications, newest first, with the unread ones marked and a way to mark them read. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SIZE = 50;

    @Inject
    private NotificationService notifications;

    @Inject
    private CurrentActor member;

    private int page;
    private Page<NotificationView> shown = new Page<>(List.of(), 0, SIZE, 0);
    private long unread;

    /** Loads one page. */
    public void load() {
        Pages.load(this::reload);
    }

    private boolean reload() {
        shown = notifications.notifications(member.actor(), page, SIZE);
        unread = notifications.unreadCount(member.actor());
        return true;
    }

    /** Marks one read. */
    public void markRead(NotificationView n) {
        if (Pages.act(() -> notifications.markRead(member.actor(), NotificationId.of(n.id())), "Marked read.")) {
            reload();
        }
    }

    /** Marks all read. */
    public void markAllRead() {
        if (Pages.act(() -> notifications.markAllRead(member.actor()), "All notifications are marked read.")) {
            reload();
        }
    }

    public Page<NotificationView> getShown() {
        return shown;
    }

    public long getUnread() {
        return unread;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
