package org.unionhall.application.notification;

import java.util.List;
import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.domain.notification.NotificationKind;

/**
 * Which kinds of notification a member gets by e-mail. Only the member sees and changes their
 * own; until they choose, none is mailed. Mail about their own account (a reset link, "your
 * password was changed") is always sent and is not a choice here.
 */
public interface MailPreferenceService {

    /** The caller's choice, one line per kind of notification. */
    List<MailChoiceView> preferences(Actor actor);

    /**
     * Replaces the caller's choice with exactly these kinds (empty: no notification by e-mail).
     *
     * @return the choice as stored
     */
    List<MailChoiceView> choose(Actor actor, Set<NotificationKind> mailed);
}
