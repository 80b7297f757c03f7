package org.unionhall.domain.account;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A request to reset a password by e-mail. The link in the mail carries a {@link SignInToken};
 * the row keeps only its digest, so a copy of the database resets nobody's password. A link holds
 * for {@link #VALID_FOR} and is used once. A request for an address without an account is kept
 * too (with no member), so that asking costs the same work whether or not the address has an
 * account; its link resets nothing. The address itself is not kept, only its digest, to count
 * requests per address.
 */
@Entity
@Table(name = "password_reset")
@Access(AccessType.FIELD)
public class PasswordReset {
    /** How long a reset link holds. */
    public static final Duration VALID_FOR = Duration.ofHours(1);
    /** At most this many reset mails per address within {@link #REQUEST_WINDOW}. */
    public static final int MAX_REQUESTS = 3;
    /** The window in which {@link #MAX_REQUESTS} are counted. */
    public static final Duration REQUEST_WINDOW = Duration.ofHours(1);
    /** The answer to a link that was never given out (forged, mistyped, or for no account). */
    public static final String NOT_VALID = "This reset link is not valid. Check that you opened the whole link "
            + "from the mail, or ask for a new one from the sign-in page.";
    /** Requests older than this are deleted. */
    public static final Duration KEPT_FOR = Duration.ofDays(1);

    @Id
    @Column(name = "token_digest", length = 64)
    private String tokenDigest;

    @Column(name = "address_digest", nullable = false, length = 64)
    private String addressDigest;

    @Column(name = "member_id", length = 36)
    private String memberId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected PasswordReset() {
    }

    /**
     * A request made now.
     *
     * @param token the secret the link carries
     * @param addressDigest {@link #addressDigest(String)} of the address asked for
     * @param member the account's member, or empty when the address has no account
     */
    public PasswordReset(SignInToken token, String addressDigest, Optional<MemberId> member, Instant now) {
        this.tokenDigest = token.digest();
        this.addressDigest = Objects.requireNonNull(addressDigest);
        this.memberId = member.map(MemberId::toString).orElse(null);
        this.requestedAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** The digest under which requests for an address are counted (of the address in lower case). */
    public static String addressDigest(String normalisedAddress) {
        return new SignInToken(normalisedAddress).digest();
    }

    /** Whose password the link resets, if the address had an account. */
    public Optional<MemberId> member() {
        return Optional.ofNullable(memberId).map(MemberId::of);
    }

    /** When the link stops holding. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Why the link cannot be used now, in words a person understands: it was used already, has
     * expired, or belongs to no account. Empty when it can be used.
     */
    public Optional<String> refusal(Instant now) {
        if (usedAt != null) {
            return Optional.of("This reset link was used already. Ask for a new one if you still need it.");
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of("This reset link has expired (a link holds for one hour). Ask for a new one.");
        }
        if (memberId == null) {
            return Optional.of(NOT_VALID);
        }
        return Optional.empty();
    }

    /**
     * Uses the link now, once.
     *
     * @return the member whose password may now be set
     * @throws RuleViolation with the {@link #refusal} when it cannot be used
     */
    public MemberId use(Instant now) {
        refusal(now).ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
        usedAt = now;
        return MemberId.of(memberId);
    }
}
