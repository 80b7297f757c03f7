package org.unionhall.domain.bylaws;

import java.util.Locale;

/** The kinds of motion the bylaws give rules for. */
public enum MotionKind {
    /** Any policy or action of the union. */
    GENERAL,
    /** Spending or allocating the union's funds. */
    BUDGET,
    /** A change of the bylaws themselves; its carrying puts the proposed version in force. */
    BYLAWS_AMENDMENT,
    /** Electing officers or delegates from accepted nominees. */
    OFFICER_ELECTION,
    /** A change to the text of another motion, decided before it. */
    AMENDMENT;

    /** The kind in plain words. */
    public String label() {
        return switch (this) {
            case GENERAL -> "General motion";
            case BUDGET -> "Budget motion";
            case BYLAWS_AMENDMENT -> "Bylaws amendment";
            case OFFICER_ELECTION -> "Officer election";
            case AMENDMENT -> "Amendment";
        };
    }

    /** Lower-case label for sentences. */
    public String inSentence() {
        return label().toLowerCase(Locale.ROOT);
    }
}
