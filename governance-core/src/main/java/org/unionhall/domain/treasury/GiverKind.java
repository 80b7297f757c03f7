package org.unionhall.domain.treasury;

/** Who gave a contribution, as far as the union knows: a member, an instance, or nobody known. */
public enum GiverKind {
    /** A member of the union. */
    MEMBER,
    /** A Fediverse instance the union works with. */
    INSTANCE,
    /** Someone the union does not know, or who asked not to be known. */
    ANONYMOUS;

    /** Who gave, as a page offers the choice: {@code A member}, {@code An instance}, {@code Anonymous}. */
    public String label() {
        return switch (this) {
            case MEMBER -> "A member";
            case INSTANCE -> "An instance";
            case ANONYMOUS -> "Anonymous";
        };
    }

    /** Who gave, inside a sentence: {@code a member}, {@code an instance}, {@code an anonymous giver}. */
    public String inSentence() {
        return switch (this) {
            case MEMBER -> "a member";
            case INSTANCE -> "an instance";
            case ANONYMOUS -> "an anonymous giver";
        };
    }
}
