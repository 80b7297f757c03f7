package org.unionhall.domain.privacy;

import java.time.Duration;
import java.time.Instant;

/**
 * How long each kind of data that is not a record of the union is kept before the retention job
 * deletes it (docs/privacy.md, "How long"). A member's profile, memberships, mandates, the audit
 * trail, congress roll calls and election records are kept while the union exists, and a member
 * erases their own at any time.
 */
public enum Retention {
    /** Notifications, read or not: 90 days after they were made. */
    NOTIFICATIONS(Duration.ofDays(90), "notifications"),
    /** Declined join requests and their notes: six months after the decision. */
    DECLINED_JOIN_REQUESTS(Duration.ofDays(183), "declined join requests"),
    /** Who looked at or exported a member's record: one year. */
    RECORD_ACCESS(Duration.ofDays(365), "lines of who looked at or exported a record"),
    /**
     * Sign-ups whose confirmation link was not opened, with the name, address, password hash and
     * note they hold: when the link expires, 24 hours after the sign-up.
     */
    UNCONFIRMED_SIGN_UPS(Duration.ofHours(24), "unconfirmed sign-ups"),
    /**
     * Invitations accepted, withdrawn or expired: 90 days after that (an expired one still marked
     * pending counts from the day its link stopped holding).
     */
    SETTLED_INVITATIONS(Duration.ofDays(90), "invitations accepted, withdrawn or expired");

    private final Duration period;
    private final String label;

    Retention(Duration period, String label) {
        this.period = period;
        this.label = label;
    }

    /** How long the data is kept. */
    public Duration period() {
        return period;
    }

    /** The moment before which data of this kind has outlived its period. */
    public Instant cutOff(Instant now) {
        return now.minus(period);
    }

    /** What the data is, in words. */
    public String label() {
        return label;
    }
}
