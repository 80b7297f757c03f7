package org.unionhall.domain.membership;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.unionhall.domain.shared.Check;

/**
 * A person who can sign in. Unionhall keeps only what it needs to run a union: a display name
 * members see, an e-mail address to sign in and be reached, and a preferred language (see
 * docs/privacy.md for why and for how long). Names are kept as typed; pages escape them.
 */
@Entity(name = "UnionMember")
@Table(name = "union_member")
@Access(AccessType.FIELD)
public class Member {
    /** Longest display name. */
    public static final int MAX_NAME = 80;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    @Column(name = "sort_name", nullable = false, length = MAX_NAME)
    private String sortName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "preferred_language", nullable = false, length = 6)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Member() {
    }

    /**
     * A new member.
     *
     * @param displayName 1..80 characters, no line breaks
     * @param email a plausible e-mail address (kept lower-case)
     * @param preferredLanguage a language tag such as en, de, pt-BR
     * @param now when the account was made
     */
    public Member(String displayName, String email, String preferredLanguage, Instant now) {
        this.id = MemberId.generate().toString();
        this.displayName = Check.text(displayName, "The display name", MAX_NAME);
        this.sortName = this.displayName.toLowerCase(Locale.ROOT);
        this.email = Check.email(email);
        this.preferredLanguage = Check.language(preferredLanguage);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Changes the e-mail address used to sign in. */
    public void changeEmail(String newEmail) {
        this.email = Check.email(newEmail);
    }

    /** Changes the language pages and messages should use. */
    public void changePreferredLanguage(String language) {
        this.preferredLanguage = Check.language(language);
    }

    /** This member's id. */
    public MemberId id() {
        return MemberId.of(id);
    }

    /** The name other members see. */
    public String displayName() {
        return displayName;
    }

    /** The display name in lower case: the key member lists are sorted and filtered by. */
    public String sortName() {
        return sortName;
    }

    /** The e-mail address, lower-case. */
    public String email() {
        return email;
    }

    /** The preferred language tag. */
    public String preferredLanguage() {
        return preferredLanguage;
    }

    /** When the account was made. */
    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
