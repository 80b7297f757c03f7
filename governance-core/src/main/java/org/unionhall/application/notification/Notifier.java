package org.unionhall.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.unionhall.application.Stores;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.notification.Notification;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.notification.Notifications;

/**
 * Writes notifications for the motion services, inside their transaction (so a refused change
 * notifies nobody), and hands each to the {@link MailHook}. It needs only the members, the clock
 * and the notifications, so it knows nothing of the motion services that call it.
 */
@ApplicationScoped
public class Notifier {
    private Stores core;
    private Notifications notifications;
    private MailHook mail;

    /** For CDI's proxy. */
    protected Notifier() {
    }

    /**
     * @param core the members (for their addresses) and the clock
     * @param notifications where notifications are kept
     * @param mail the operator's mail hook (sends nothing when not configured)
     */
    @Inject
    public Notifier(Stores core, Notifications notifications, MailHook mail) {
        this.core = core;
        this.notifications = notifications;
        this.mail = mail;
    }

    /**
     * Tells each member (once, even if listed twice) about a motion.
     *
     * @return how many were told
     */
    public int notify(Collection<MemberId> members, NotificationKind kind, MotionId motion, String message) {
        int told = 0;
        for (MemberId member : new LinkedHashSet<>(members)) {
            notifications.add(new Notification(member, kind, motion, message, core.time().now()));
            core.members().find(member).map(Member::email)
                    .ifPresent(address -> mail.send(address, "Unionhall: " + subject(kind), message));
            told++;
        }
        return told;
    }

    private static String subject(NotificationKind kind) {
        return switch (kind) {
            case SECONDS_NEEDED -> "a motion needs seconds";
            case VOTE_OPENED -> "a vote opened";
            case QUORUM_AT_RISK -> "quorum at risk";
            case RESULT_PUBLISHED -> "a result was published";
            case NOMINATED -> "you were nominated";
            case TRUSTEE_NEEDED -> "a key ceremony needs you as trustee";
        };
    }
}
