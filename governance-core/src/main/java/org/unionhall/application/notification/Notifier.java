package org.unionhall.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.function.Function;
import org.unionhall.application.Stores;
import org.unionhall.domain.mail.MailCategory;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.mail.OutgoingMail;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.notification.MailPreferences;
import org.unionhall.domain.notification.Notification;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.notification.Notifications;
import org.unionhall.domain.treasury.BudgetRoundId;
import org.unionhall.domain.treasury.GrantRequestId;

/**
 * Writes notifications for the motion and treasury services, inside their transaction (so a refused change
 * notifies nobody), and writes a mail to the {@link Outbox} in the same transaction for each
 * member who chose that kind of notification by e-mail (see {@link MailPreferences}); nobody else
 * is mailed. It needs only the members, the clock, the notifications and the outbox, so it knows
 * nothing of the services that call it.
 */
@ApplicationScoped
public class Notifier {
    private Stores core;
    private Notifications notifications;
    private Outbox outbox;
    private MailPreferences preferences;

    /** For CDI's proxy. */
    protected Notifier() {
    }

    /**
     * @param core the members (for their addresses) and the clock
     * @param notifications where notifications are kept
     * @param outbox where mail waits to be sent
     * @param preferences which kinds each member wants by e-mail
     */
    @Inject
    public Notifier(Stores core, Notifications notifications, Outbox outbox, MailPreferences preferences) {
        this.core = core;
        this.notifications = notifications;
        this.outbox = outbox;
        this.preferences = preferences;
    }

    /**
     * Tells each member (once, even if listed twice) about a motion.
     *
     * @return how many were told
     */
    public int notify(Collection<MemberId> members, NotificationKind kind, MotionId motion, String message) {
        return tell(members, kind, message, member -> new Notification(member, kind, motion, message,
                core.time().now()));
    }

    /**
     * Tells each member (once, even if listed twice) about a grant request.
     *
     * @return how many were told
     */
    public int notify(Collection<MemberId> members, NotificationKind kind, GrantRequestId request, String message) {
        return tell(members, kind, message, member -> new Notification(member, kind, request, message,
                core.time().now()));
    }

    /**
     * Tells each member (once, even if listed twice) about a participatory budget.
     *
     * @return how many were told
     */
    public int notify(Collection<MemberId> members, NotificationKind kind, BudgetRoundId round, String message) {
        return tell(members, kind, message, member -> new Notification(member, kind, round, message,
                core.time().now()));
    }

    private int tell(Collection<MemberId> members, NotificationKind kind, String message,
                     Function<MemberId, Notification> notification) {
        int told = 0;
        for (MemberId member : new LinkedHashSet<>(members)) {
            notifications.add(notification.apply(member));
            if (preferences.chosenBy(member).contains(kind)) {
                core.members().find(member).map(Member::email).ifPresent(address -> outbox.add(new OutgoingMail(address,
                        "Unionhall: " + subject(kind), message + FOOTER, MailCategory.NOTIFICATION, core.time().now())));
            }
            told++;
        }
        return told;
    }

    private static final String FOOTER = "\n\n-- \nYou get this by e-mail because you chose to. Choose which "
            + "notifications you get by e-mail under \"Your account\" in Unionhall.\n";

    /** The subject line of a notification's mail, after "Unionhall: ". */
    public static String subject(NotificationKind kind) {
        return switch (kind) {
            case SECONDS_NEEDED -> "a motion needs seconds";
            case VOTE_OPENED -> "a vote opened";
            case QUORUM_AT_RISK -> "quorum at risk";
            case RESULT_PUBLISHED -> "a result was published";
            case NOMINATED -> "you were nominated";
            case TRUSTEE_NEEDED -> "a key ceremony needs you as trustee";
            case GRANT_TO_APPROVE -> "a grant request waits for your approval";
            case GRANT_TO_PAY -> "an approved grant request waits to be paid";
            case GRANT_DECIDED -> "news of your grant request";
            case COMMENT_REPLY -> "a reply to your comment";
            case COMMENT_POSTED -> "a new comment on a motion you follow";
        };
    }
}
