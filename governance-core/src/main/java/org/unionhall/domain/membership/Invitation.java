package org.unionhall.domain.membership;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A steward's invitation of one person, by name and e-mail address, to a chapter. The link in the
 * mail carries a random token; the row keeps only its SHA-256 digest, so a copy of the database
 * opens no invitation. The link holds for {@link #VALID_FOR} and is used once: it makes the
 * person's account and their membership of the chapter in one step (or, for an address that has an
 * account already, adds the membership once its owner has signed in). A steward may withdraw it
 * while it is pending. One address has at most one pending invitation per chapter.
 */
@Entity
@Table(name = "invitation")
@Access(AccessType.FIELD)
public class Invitation {
    /** How long an invitation's link holds. */
    public static final Duration VALID_FOR = Duration.ofDays(14);
    /** The longest e-mail address (RFC 5321). */
    public static final int MAX_EMAIL = 254;
    /** The answer to a link that was never given out (forged, mistyped or deleted). */
    public static final String NOT_VALID = "This invitation link is not valid. Check that you opened the whole "
            + "link from the mail, or ask the steward who invited you for a new invitation.";

    private static final String FORMULA_START = "=+-@";
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "token_digest", nullable = false, length = 64)
    private String tokenDigest;

    @Column(name = "chapter_id", nullable = false, length = 36)
    private String chapterId;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "display_name", nullable = false, length = Member.MAX_NAME)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "pending_email", length = 254)
    private String pendingEmail;

    @Column(name = "invited_by", nullable = false, length = 36)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private InvitationStatus status;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "member_id", length = 36)
    private String memberId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Invitation() {
    }

    /**
     * An invitation sent now.
     *
     * @param chapter the chapter the person is invited to
     * @param displayName the name the steward gave (the person may change it when accepting)
     * @param email the person's address
     * @param steward who invites
     * @param tokenDigest the SHA-256 digest (64 hex digits) of the secret the link carries, never the secret
     */
    public Invitation(Chapter chapter, String displayName, String email, MemberId steward, String tokenDigest,
                      Instant now) {
        this.id = UUID.randomUUID().toString();
        if (tokenDigest == null || !DIGEST.matcher(tokenDigest).matches()) {
            throw new IllegalArgumentException("an invitation keeps the SHA-256 digest of its token, in hex");
        }
        this.tokenDigest = tokenDigest;
        this.chapterId = chapter.id().toString();
        this.unionId = chapter.unionId().toString();
        nameProblem(displayName == null ? "" : displayName.strip()).ifPresent(problem -> {
            throw new InvalidInput(problem);
        });
        addressProblem(email == null ? "" : email.strip()).ifPresent(problem -> {
            throw new InvalidInput(problem);
        });
        this.displayName = displayName.strip();
        this.email = Check.email(email);
        this.pendingEmail = this.email;
        this.invitedBy = steward.toString();
        this.invitedAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(VALID_FOR);
        this.status = InvitationStatus.PENDING;
    }

    /**
     * What is wrong with a name a steward gave, if anything: none, too long, a line break or control
     * character, or a first character that a spreadsheet reads as the start of a formula ({@code =},
     * {@code +}, {@code -}, {@code @}). Names and addresses of invitations come from lists made in
     * spreadsheets and are shown and exported again, so a cell such as {@code =HYPERLINK(…)} is
     * refused where it enters rather than defused wherever it leaves.
     *
     * @param name the name, stripped of surrounding white space
     */
    public static Optional<String> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("No name.");
        }
        if (name.length() > Member.MAX_NAME) {
            return Optional.of("The name is too long (at most " + Member.MAX_NAME + " characters).");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("The name holds a line break or a control character.");
        }
        if (FORMULA_START.indexOf(name.charAt(0)) >= 0) {
            return Optional.of("The name begins with " + name.charAt(0) + ", which a spreadsheet reads as a "
                    + "formula; begin it with a letter.");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with an e-mail address a steward gave, if anything: none, too long, not an
     * address, or beginning with a character a spreadsheet reads as the start of a formula.
     *
     * @param email the address, stripped of surrounding white space
     */
    public static Optional<String> addressProblem(String email) {
        if (email.isEmpty()) {
            return Optional.of("No e-mail address.");
        }
        if (email.length() > MAX_EMAIL) {
            return Optional.of("The e-mail address is too long (at most " + MAX_EMAIL + " characters).");
        }
        try {
            Check.email(email);
        } catch (InvalidInput e) {
            return Optional.of("\"" + Check.abbreviate(email) + "\" is not an e-mail address.");
        }
        if (FORMULA_START.indexOf(email.charAt(0)) >= 0) {
            return Optional.of("The e-mail address begins with " + email.charAt(0) + ", which a spreadsheet reads "
                    + "as a formula.");
        }
        return Optional.empty();
    }

    /** Where the invitation stands now: a pending one past its day is expired. */
    public InvitationStatus statusOn(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    /**
     * Why the link cannot be used now, in words a person understands: it was used, withdrawn, or has
     * expired. Empty when it can be used.
     *
     * @param chapterName the chapter's name, for the answer
     */
    public Optional<String> refusal(Instant now, String chapterName) {
        return switch (statusOn(now)) {
            case PENDING -> Optional.empty();
            case ACCEPTED -> Optional.of("This invitation was used already. Sign in with your e-mail address and "
                    + "password.");
            case WITHDRAWN -> Optional.of("This invitation to " + chapterName + " was withdrawn by a steward. Ask "
                    + "the chapter's stewards if you still wish to join.");
            case EXPIRED -> Optional.of("This invitation to " + chapterName + " has expired (an invitation holds "
                    + "for 14 days). Ask the chapter's stewards for a new one.");
        };
    }

    /**
     * Uses the link now, once, for the member it made or who signed in with the invited address.
     *
     * @throws RuleViolation with the {@link #refusal} when it cannot be used
     */
    public void accept(MemberId member, Instant now, String chapterName) {
        refusal(now, chapterName).ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
        settle(InvitationStatus.ACCEPTED, now);
        this.memberId = member.toString();
    }

    /** A steward takes the invitation back; its link opens nothing from now on. */
    public void withdraw(Instant now) {
        if (status != InvitationStatus.PENDING) {
            throw new RuleViolation("This invitation is already " + status.name().toLowerCase(Locale.ROOT) + ".");
        }
        settle(InvitationStatus.WITHDRAWN, now);
    }

    /**
     * Marks a pending invitation past its day as expired, so that the address may be invited again.
     *
     * @return whether it was expired now
     */
    public boolean expireIfDue(Instant now) {
        if (status == InvitationStatus.PENDING && !now.isBefore(expiresAt)) {
            settle(InvitationStatus.EXPIRED, now);
            return true;
        }
        return false;
    }

    private void settle(InvitationStatus to, Instant now) {
        status = to;
        settledAt = now;
        pendingEmail = null;
    }

    /** Its id. */
    public String id() {
        return id;
    }

    /** The chapter it invites to. */
    public ChapterId chapterId() {
        return ChapterId.of(chapterId);
    }

    /** The chapter's union. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** The name the steward gave. */
    public String displayName() {
        return displayName;
    }

    /** The invited address (lower case). */
    public String email() {
        return email;
    }

    /** The steward who invited. */
    public MemberId invitedBy() {
        return MemberId.of(invitedBy);
    }

    /** When it was sent. */
    public Instant invitedAt() {
        return invitedAt;
    }

    /** When its link stops holding. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The member who accepted it, once accepted. */
    public Optional<MemberId> member() {
        return Optional.ofNullable(memberId).map(MemberId::of);
    }
}
