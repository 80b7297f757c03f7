package org.unionhall.domain.installation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A one-time link that lets whoever holds it found a new installation. It is printed on the
 * console of an installation that is not set up yet, works for {@link #VALID_FOR}, and only once;
 * a newer link (the next start, or {@code ./unionhall admin setup-link}) replaces it. The row
 * keeps the digest of its {@link SetupToken}, never the token.
 */
@Entity
@Table(name = "setup_link")
@Access(AccessType.FIELD)
public class SetupLink {
    /** How long a setup link works after it is printed. */
    public static final Duration VALID_FOR = Duration.ofHours(24);

    /** What the setup page says of a link nobody issued (forged, mistyped, or replaced by a newer one). */
    public static final String UNKNOWN = "This setup link is not valid. Use the newest link printed by "
            + "./unionhall start, or make a new one with ./unionhall admin setup-link.";

    @Id
    @Column(name = "token_digest", length = 64)
    private String tokenDigest;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** For JPA only. */
    protected SetupLink() {
    }

    /** A link for the given token, issued now. */
    public SetupLink(SetupToken token, Instant now) {
        this.tokenDigest = token.digest();
        this.issuedAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(VALID_FOR);
    }

    /**
     * Refuses the link if it cannot found the installation at this moment, with the reason.
     *
     * @throws RuleViolation when it was used already or has expired
     */
    public void checkUsable(Instant now) {
        if (usedAt != null) {
            throw new RuleViolation("This setup link has already been used: the installation is set up. Sign in instead.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("This setup link expired on " + when(expiresAt) + " (links work for 24 hours). "
                    + "Restart Unionhall or run ./unionhall admin setup-link for a new one.");
        }
    }

    /** Uses the link up; it never works again. */
    public void use(Instant now) {
        checkUsable(now);
        this.usedAt = now;
    }

    /** A moment as the console and the setup page show it, e.g. {@code 2026-12-08 05:53 UTC}. */
    public static String when(Instant moment) {
        return Moments.inWords(moment);
    }

    /** When it stops working. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** When it was used, if it was. */
    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }
}
