package org.unionhall.domain.account;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.unionhall.domain.membership.MemberId;

/**
 * A member's password, kept only as an Argon2id hash whose encoding names its own parameters
 * (so they can be raised later and old hashes still verify). One account per member. An account
 * may also be the installation's <b>operator</b>: the person who runs this installation (its mail,
 * its federation settings), first the steward who founded it. Being operator gives no power in any
 * union; {@code Powers} tells the two apart.
 */
@Entity
@Table(name = "sign_in_account")
@Access(AccessType.FIELD)
public class SignInAccount {
    @Id
    @Column(name = "member_id", length = 36)
    private String memberId;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "installation_operator", nullable = false)
    private boolean installationOperator;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected SignInAccount() {
    }

    /**
     * Opens an account with a password that has passed the {@link PasswordPolicy}.
     *
     * @param encodedHash the hasher's output for the password
     */
    public SignInAccount(MemberId member, String encodedHash, Instant now) {
        this.memberId = member.toString();
        this.passwordHash = Objects.requireNonNull(encodedHash);
        this.passwordChangedAt = Objects.requireNonNull(now);
    }

    /** Replaces the hash: after a password change, or when re-hashing with stronger parameters. */
    public void replaceHash(String encodedHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(encodedHash);
        this.passwordChangedAt = Objects.requireNonNull(now);
    }

    /** Makes this account the installation's operator (done when the installation is founded). */
    public void makeInstallationOperator() {
        this.installationOperator = true;
    }

    /** Whether this account is the installation's operator. */
    public boolean isInstallationOperator() {
        return installationOperator;
    }

    /** Whose account. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** The encoded hash. */
    public String passwordHash() {
        return passwordHash;
    }

    /** When the password was last set. */
    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
