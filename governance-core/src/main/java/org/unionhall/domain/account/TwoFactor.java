package org.unionhall.domain.account;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A member's second factor: the secret their authenticator app shares with Unionhall, 160 bits
 * from a strong random source (RFC 4226 §4 recommends 160). It is shown once, while the member
 * sets the app up, and is <b>on</b> only once the member has typed a first code from the app
 * (so nobody turns it on with a secret their phone never took). Each code is accepted once:
 * the newest step accepted is kept and older or equal steps are refused.
 */
@Entity
@Table(name = "two_factor")
@Access(AccessType.FIELD)
public class TwoFactor {
    /** Bytes of a secret. */
    public static final int SECRET_BYTES = 20;
    /** What is shown when a code does not match. */
    public static final String WRONG_CODE = "The code is not right. Type the 6 digits your app shows now "
            + "(a code is used once), or one of your recovery codes.";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "member_id", length = 36)
    private String memberId;

    @Column(name = "secret", nullable = false, length = 64)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected TwoFactor() {
    }

    /** A fresh secret for the member, not on until {@link #confirm confirmed}. */
    public static TwoFactor generate(MemberId member, Instant now) {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new TwoFactor(member, bytes, now);
    }

    /** A second factor with a known secret (for the demo accounts and tests). */
    public TwoFactor(MemberId member, byte[] secret, Instant now) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("A TOTP secret needs at least 128 bits");
        }
        this.memberId = member.toString();
        this.secret = Base32.encode(secret);
        this.createdAt = Objects.requireNonNull(now);
        this.lastStep = Long.MIN_VALUE;
    }

    /** Whose. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** Whether the member has confirmed it with a code, so sign-in asks for one. */
    public boolean isOn() {
        return confirmedAt != null;
    }

    /** When it was turned on. */
    public Optional<Instant> onSince() {
        return Optional.ofNullable(confirmedAt);
    }

    /** The secret in base32, for the member to type into their app while setting it up. */
    public String secretText() {
        return secret;
    }

    /**
     * The {@code otpauth://} address an authenticator app reads from a QR code (the "Key Uri
     * Format" every app follows), naming the installation and the account.
     */
    public String setupAddress(String issuer, String account) {
        String label = enc(issuer) + ":" + enc(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Turns it on with a first code from the app.
     *
     * @throws RuleViolation when it is on already, or the code does not match
     */
    public void confirm(String code, Instant now) {
        if (isOn()) {
            throw new RuleViolation("Two-factor sign-in is on already.");
        }
        if (!accept(code, now)) {
            throw new RuleViolation("The code is not right. Check that your app shows the account you just added, "
                    + "and type the 6 digits it shows now.");
        }
        confirmedAt = now;
    }

    /**
     * Whether the code is the app's code for a step around now that was not used before; an
     * accepted code's step is remembered so the same code (or an older one) is refused next time.
     */
    public boolean accept(String code, Instant now) {
        OptionalLong step = Totp.matchingStep(Base32.decode(secret), code, now, lastStep);
        step.ifPresent(s -> lastStep = s);
        return step.isPresent();
    }
}
