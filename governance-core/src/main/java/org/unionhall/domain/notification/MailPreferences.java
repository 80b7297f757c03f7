package org.unionhall.domain.notification;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.membership.MemberId;

/** Where members' mail preferences are kept. */
public interface MailPreferences {

    /** The member's choice, if they ever made one. */
    Optional<MailPreference> find(MemberId member);

    /** Stores a first choice. */
    void add(MailPreference preference);

    /** The kinds the member wants mailed: none unless they chose. */
    default Set<NotificationKind> chosenBy(MemberId member) {
        return find(member).map(MailPreference::chosen).orElseGet(() -> EnumSet.noneOf(NotificationKind.class));
    }
}
