package org.unionhall.crypto.ballot;

import org.unionhall.crypto.group.InvalidInputException;

/** How a contest is answered (protocol §8.1). */
public enum ContestMethod {
    /** Exactly one of yes, no, abstain. */
    YES_NO_ABSTAIN("yes-no-abstain"),
    /** Exactly one of n options. */
    ONE_OF_N("one-of-n"),
    /** Between min and max options approved, each 0 or 1. */
    APPROVAL("approval"),
    /** Every option scored 0..R. */
    SCORE("score");

    private final String label;

    ContestMethod(String label) {
        this.label = label;
    }

    /** The name used in the record. */
    public String label() {
        return label;
    }

    /** The method with the given record name. */
    public static ContestMethod of(String label) {
        for (ContestMethod m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new InvalidInputException("manifest check: unknown contest method '" + label + "'");
    }
}
