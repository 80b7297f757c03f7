package org.unionhall.domain.treasury;

/** Who gave a contribution, as far as the union knows: a member, an instance, or nobody known. */
public enum GiverKind {
    /** A member of the union. */
    MEMBER,
    /** A Fediverse instance the union works with. */
    INSTANCE,
    /** Someone the union does not know, or who asked not to be known. */
    ANONYMOUS
}
