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
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.shared.Check;

/**
 * A person's sign-up from a union's public page, waiting for them to open the link mailed to
 * their address: the account they asked for (name, address, the hash of the password they chose)
 * and the chapter they ask to join, with their note for its stewards. The link carries a
 * {@link SignInToken}; the row keeps only its digest. The link holds for {@link #VALID_FOR} and is
 * used once: opening it makes the account and files the join request, and the sign-up is deleted.
 * A sign-up whose link was not opened is deleted when the link expires. At most
 * {@link #MAX_PER_ADDRESS} sign-ups per address within {@link #VALID_FOR}, counted by the address's
 * digest, so that nobody can fill a stranger's mailbox.
 */
@Entity
@Table(name = "sign_up")
@Access(AccessType.FIELD)
public class SignUp {
    /** How long a confirmation link holds; an unconfirmed sign-up is deleted when it expires. */
    public static final Duration VALID_FOR = Duration.ofHours(24);
    /** At most this many sign-up mails to one address within {@link #VALID_FOR}. */
    public static final int MAX_PER_ADDRESS = 3;
    /** The longest e-mail address. */
    public static final int MAX_EMAIL = 254;
    /** The answer to a link that was never given out, was used already, or is gone. */
    public static final String NOT_VALID = "This confirmation link is not valid: it was used already, or it is not "
            + "the whole link from the mail. If your account was made, sign in; otherwise sign up again from the "
            + "union's page.";

    @Id
    @Column(name = "token_digest", length = 64)
    private String tokenDigest;

    @Column(name = "address_digest", nullable = false, length = 64)
    private String addressDigest;

    @Column(name = "email", nullable = false, length = MAX_EMAIL)
    private String email;

    @Column(name = "display_name", nullable = false, length = Member.MAX_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "chapter_id", nullable = false, length = 36)
    private String chapterId;

    @Column(name = "note", nullable = false, length = JoinRequest.MAX_NOTE)
    private String note;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected SignUp() {
    }

    /**
     * A sign-up made now.
     *
     * @param token the secret the link carries
     * @param displayName the name the person gave
     * @param email the address the person gave
     * @param passwordHash the hasher's output for a password that passed the {@link PasswordPolicy}
     * @param chapter the chapter the person asks to join
     * @param note words for the chapter's stewards, possibly empty
     */
    public SignUp(SignInToken token, String displayName, String email, String passwordHash, Chapter chapter,
                  String note, Instant now) {
        this.tokenDigest = token.digest();
        this.email = Check.email(email);
        this.addressDigest = addressDigest(this.email);
        this.displayName = Check.text(displayName, "Your name", Member.MAX_NAME);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.chapterId = chapter.id().toString();
        this.note = Check.note(note, "The note", JoinRequest.MAX_NOTE);
        this.requestedAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** The digest under which sign-ups for an address are counted (of the address in lower case). */
    public static String addressDigest(String normalisedAddress) {
        return new SignInToken("sign-up:" + normalisedAddress).digest();
    }

    /**
     * Why the link cannot be used now, in words a person understands (it has expired); empty when
     * it can.
     */
    public Optional<String> refusal(Instant now) {
        return now.isBefore(expiresAt) ? Optional.empty() : Optional.of("This confirmation link has expired (a link "
                + "holds for 24 hours), and nothing was made. Sign up again from the union's page.");
    }

    /** The address, in lower case. */
    public String email() {
        return email;
    }

    /** The name the person gave. */
    public String displayName() {
        return displayName;
    }

    /** The hash of the password the person chose. */
    public String passwordHash() {
        return passwordHash;
    }

    /** The chapter the person asks to join. */
    public ChapterId chapterId() {
        return ChapterId.of(chapterId);
    }

    /** Words for the chapter's stewards, possibly empty. */
    public String note() {
        return note;
    }

    /** When the link stops holding. */
    public Instant expiresAt() {
        return expiresAt;
    }
}
