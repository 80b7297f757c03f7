package org.unionhall.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.notification.Notification;
import org.unionhall.domain.notification.NotificationKind;

/**
 * Writes notifications for the motion services, inside their transaction (so a refused change
 * notifies nobody), and hands each to the {@link MailHook}.
 */
@ApplicationScoped
public class Notifier {
    private MotionStores stores;
    private MailHook mail;

    /** For CDI's proxy. */
    protected Notifier() {
    }

    /**
     * @param stores where notifications are kept
     * @param mail the operator's mail hook (sends nothing when not configured)
     */
    @Inject
    public Notifier(MotionStores stores, MailHook mail) {
        this.stores = stores;
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
            stores.notifications().add(new Notification(member, kind, motion, message, stores.core().time().now()));
            stores.core().members().find(member).map(Member::email)
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
