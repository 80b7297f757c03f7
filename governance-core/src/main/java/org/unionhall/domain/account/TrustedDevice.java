package org.unionhall.domain.account;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.unionhall.domain.membership.MemberId;

/**
 * A browser on which a member has signed in before (a "device cookie", as OWASP describes it).
 * A sign-in from a trusted device is throttled on its own count, not on the account's or the
 * address's, so someone guessing a member's password, or failing from the same address, cannot
 * lock that member out of a browser they have used before. The row holds the digest of the
 * cookie's {@link SignInToken} and nothing about the browser; it is forgotten
 * {@link #TRUSTED_FOR} after the last sign-in on it.
 */
@Entity
@Table(name = "trusted_device")
@Access(AccessType.FIELD)
public class TrustedDevice {
    /** How long a device stays trusted without a sign-in on it. */
    public static final Duration TRUSTED_FOR = Duration.ofDays(180);

    @Id
    @Column(name = "token_digest", length = 64)
    private String tokenDigest;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    /** For JPA only. */
    protected TrustedDevice() {
    }

    /**
     * A device trusted from now on.
     *
     * @param token the token the browser will hold
     */
    public TrustedDevice(SignInToken token, MemberId member, Instant now) {
        this.tokenDigest = token.digest();
        this.memberId = member.toString();
        this.lastSignInAt = Objects.requireNonNull(now);
    }

    /** Whether this device is trusted for this member at this moment. */
    public boolean trusts(MemberId member, Instant now) {
        return memberId.equals(member.toString()) && now.isBefore(lastSignInAt.plus(TRUSTED_FOR));
    }

    /** The key its failed sign-ins are counted under. */
    public String throttleKey() {
        return "device:" + tokenDigest;
    }

    /** Notes a successful sign-in on the device. */
    public void signedInAt(Instant now) {
        lastSignInAt = now;
    }
}
