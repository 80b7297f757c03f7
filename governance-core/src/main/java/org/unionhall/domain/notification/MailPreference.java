package org.unionhall.domain.notification;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.unionhall.domain.membership.MemberId;

/**
 * The kinds of notification a member chose to receive by e-mail as well as in the application.
 * A member who never chose has no row and gets no notification by e-mail: nothing is mailed that
 * the member did not choose. Security mail about their own account does not depend on it.
 */
@Entity
@Table(name = "mail_preference")
@Access(AccessType.FIELD)
public class MailPreference {
    @Id
    @Column(name = "member_id", length = 36)
    private String memberId;

    @Column(name = "kinds", nullable = false, length = 400)
    private String kinds;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected MailPreference() {
    }

    /** A member's first choice. */
    public MailPreference(MemberId member, Set<NotificationKind> chosen, Instant now) {
        this.memberId = member.toString();
        choose(chosen, now);
    }

    /** Replaces the choice. */
    public void choose(Set<NotificationKind> chosen, Instant now) {
        this.kinds = chosen.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.changedAt = Objects.requireNonNull(now);
    }

    /** Whose choice. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** The kinds chosen (a name no longer known is ignored). */
    public Set<NotificationKind> chosen() {
        Set<NotificationKind> set = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(kinds.split(",")).filter(name -> !name.isBlank()).forEach(name -> {
            for (NotificationKind kind : NotificationKind.values()) {
                if (kind.name().equals(name)) {
                    set.add(kind);
                }
            }
        });
        return set;
    }

    /** When the member last chose. */
    public Instant changedAt() {
        return changedAt;
    }
}
