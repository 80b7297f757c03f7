package org.unionhall.domain.membership;

import java.util.Set;

/**
 * A role a member holds for a term, and the scopes it may be held in. A delegate speaks for one
 * chapter; a steward administers a chapter or a whole union; a treasurer keeps a union's or a
 * chapter's funds; a trustee holds a share of a union's election key.
 */
public enum MandateRole {
    /** Casts the chapter's vote in the union congress; needs an active membership of the chapter. */
    DELEGATE(Set.of(ScopeKind.CHAPTER)),
    /** Administers the membership roll and mandates of its scope. */
    STEWARD(Set.of(ScopeKind.CHAPTER, ScopeKind.UNION)),
    /** Records contributions and posts payouts within the bylaws. */
    TREASURER(Set.of(ScopeKind.CHAPTER, ScopeKind.UNION)),
    /** Holds one share of an election's decryption key. */
    TRUSTEE(Set.of(ScopeKind.UNION));

    private final Set<ScopeKind> scopes;

    MandateRole(Set<ScopeKind> scopes) {
        this.scopes = scopes;
    }

    /** Whether this role may be held in a scope of the given kind. */
    public boolean allowedIn(ScopeKind kind) {
        return scopes.contains(kind);
    }

    /**
     * Whether the role is an officer's, whose powers hold only in a session signed in with a
     * second factor (OWASP ASVS level 2 for those who administer members, money or election keys).
     */
    public boolean isOfficer() {
        return this != DELEGATE;
    }

    /** The role in the union's own words, for messages. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
