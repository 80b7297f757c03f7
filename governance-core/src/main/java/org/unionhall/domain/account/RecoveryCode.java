package org.unionhall.domain.account;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionhall.domain.membership.MemberId;

/**
 * A single-use code that stands in for the authenticator app when the phone is lost: ten of them
 * are shown once when two-factor sign-in is turned on, and only their SHA-256 digests are kept.
 * Each holds 50 random bits written as {@code xxxxx-xxxxx} in lower-case base32, so a digest
 * cannot be reversed by trying every code, and guessing one online is as slow as guessing a
 * password (the same throttle).
 */
@Entity
@Table(name = "recovery_code")
@Access(AccessType.FIELD)
public class RecoveryCode {
    /** How many codes a member gets. */
    public static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[a-z2-7]{5}-?[a-z2-7]{5}");

    @Id
    @Column(name = "code_digest", length = 64)
    private String codeDigest;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** For JPA only. */
    protected RecoveryCode() {
    }

    /** Keeps the digest of a code given to the member. */
    public RecoveryCode(MemberId member, String code, Instant now) {
        this.codeDigest = digestOfTyped(code).orElseThrow(() -> new IllegalArgumentException("not a recovery code"));
        this.memberId = member.toString();
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A fresh code, as shown to the member. */
    public static String generate() {
        byte[] bytes = new byte[7];
        RANDOM.nextBytes(bytes);
        String text = Base32.encode(bytes).toLowerCase(Locale.ROOT).substring(0, 10);
        return text.substring(0, 5) + "-" + text.substring(5);
    }

    /** Whether a typed text has the shape of a recovery code (rather than a 6-digit code). */
    public static boolean looksLikeOne(String typed) {
        return digestOfTyped(typed).isPresent();
    }

    /** The digest a typed code is kept under; nothing when the text cannot be a code. */
    public static Optional<String> digestOfTyped(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String clean = typed.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (!SHAPE.matcher(clean).matches()) {
            return Optional.empty();
        }
        clean = clean.replace("-", "");
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("unionhall-recovery-code:" + clean).getBytes(StandardCharsets.US_ASCII))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whose. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** Whether it was used already. */
    public boolean isUsed() {
        return usedAt != null;
    }

    /** Uses it now; a used code is never accepted again. */
    public boolean use(Instant now) {
        if (usedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }
}
