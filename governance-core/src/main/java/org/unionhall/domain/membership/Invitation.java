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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A steward's invitation of one person, by name and e-mail address, to a chapter. The link in the
 * mail carries a {@link SignInToken}; the row keeps only its digest, so a copy of the database
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
    /** How long an accepted, withdrawn or expired invitation is kept before it is deleted. */
    public static final Duration KEPT_FOR = Duration.ofDays(90);
    /** The answer to a link that was never given out (forged, mistyped or deleted). */
    public static final String NOT_VALID = "This invitation link is not valid. Check that you opened the whole "
            + "link from the mail, or ask the steward who invited you for a new invitation.";

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
     * @param token the secret the link carries
     */
    public Invitation(Chapter chapter, String displayName, String email, MemberId steward, SignInToken token,
                      Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tokenDigest = token.digest();
        this.chapterId = chapter.id().toString();
        this.unionId = chapter.unionId().toString();
        this.displayName = Check.text(displayName, "The name", Member.MAX_NAME);
        this.email = Check.email(email);
        this.pendingEmail = this.email;
        this.invitedBy = steward.toString();
        this.invitedAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(VALID_FOR);
        this.status = InvitationStatus.PENDING;
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
            throw new RuleViolation("This invitation is already " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + ".");
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
