package org.unionhall.domain.membership;

/** Where a power applies: one chapter, or a whole union (all of its chapters). */
public enum ScopeKind {
    /** One chapter. */
    CHAPTER,
    /** A union and every chapter in it. */
    UNION
}
