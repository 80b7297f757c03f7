package org.unionhall.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.unionhall.domain.mail.MailCategory;
import org.unionhall.domain.mail.OutgoingMail;

/**
 * The invitation mail. It goes to someone who may have no account and no mail preferences yet, and
 * carries a link only they should hold, so it is sent like security mail: always.
 */
final class InvitationMail {
    /** The page an invitation's link opens. */
    static final String PAGE = "invitation/accept.xhtml";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private InvitationMail() {
    }

    static OutgoingMail invitation(String to, String name, String steward, String chapter, String union, String link,
                                   boolean hasAccount, Instant expiresAt, Instant now) {
        String how = hasAccount
                ? """
                This address already has a Unionhall account. Open the link, sign in with your account and \
                join the chapter with one click:"""
                : """
                Open this link to choose your password and join; your account and your membership are made in \
                one step:""";
        return new OutgoingMail(to, "Unionhall: " + steward + " invites you to join " + chapter, """
                Hello %s,

                %s, a steward of %s, invites you to join its chapter %s on Unionhall, the union's own place \
                for its members, its motions and its elections.

                %s

                %s

                The link holds until %s (UTC) and works once. If you do not wish to join, ignore this mail: \
                nothing is made without you.
                """.formatted(name, steward, union, chapter, how, link, DAY.format(expiresAt)),
                MailCategory.SECURITY, now);
    }
}
