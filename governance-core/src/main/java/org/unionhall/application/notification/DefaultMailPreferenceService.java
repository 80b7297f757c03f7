package org.unionhall.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.domain.notification.MailPreference;
import org.unionhall.domain.notification.MailPreferences;
import org.unionhall.domain.notification.NotificationKind;

/** A member's own mail preferences; nobody sees or changes another member's. */
@ApplicationScoped
@Transactional
public class DefaultMailPreferenceService implements MailPreferenceService {
    private Stores core;
    private MailPreferences preferences;

    /** For CDI's proxy. */
    protected DefaultMailPreferenceService() {
    }

    /**
     * @param core the members and the clock
     * @param preferences where the choices are kept
     */
    @Inject
    public DefaultMailPreferenceService(Stores core, MailPreferences preferences) {
        this.core = core;
        this.preferences = preferences;
    }

    @Override
    public List<MailChoiceView> preferences(Actor actor) {
        actor.powers(core);
        return views(preferences.chosenBy(actor.memberId()));
    }

    @Override
    public List<MailChoiceView> choose(Actor actor, Set<NotificationKind> mailed) {
        actor.powers(core);
        Set<NotificationKind> chosen = mailed.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(
                mailed.stream().map(Objects::requireNonNull).toList());
        preferences.find(actor.memberId()).ifPresentOrElse(p -> p.choose(chosen, core.time().now()),
                () -> preferences.add(new MailPreference(actor.memberId(), chosen, core.time().now())));
        return views(chosen);
    }

    private static List<MailChoiceView> views(Set<NotificationKind> chosen) {
        return Arrays.stream(NotificationKind.values())
                .map(kind -> new MailChoiceView(kind, describe(kind), chosen.contains(kind))).toList();
    }

    /** What a kind of notification is about, as the preferences page and the API describe it. */
    public static String describe(NotificationKind kind) {
        return switch (kind) {
            case SECONDS_NEEDED -> "A motion in one of my chapters or unions needs seconds";
            case VOTE_OPENED -> "A vote I may take part in opened";
            case QUORUM_AT_RISK -> "A vote closes within 24 hours and has not reached its quorum";
            case RESULT_PUBLISHED -> "A result was published";
            case NOMINATED -> "I was nominated as a candidate";
            case TRUSTEE_NEEDED -> "A secret ballot needs me as a trustee for its key ceremony";
            case GRANT_TO_APPROVE -> "A grant request waits for my approval as treasurer";
            case GRANT_TO_PAY -> "An approved grant request waits for a treasurer to pay it";
            case GRANT_DECIDED -> "A grant request I wrote was returned, decided, paid or expired";
            case COMMENT_REPLY -> "Someone replied to my comment on a motion";
            case COMMENT_POSTED -> "Someone commented on a motion I follow";
        };
    }
}
