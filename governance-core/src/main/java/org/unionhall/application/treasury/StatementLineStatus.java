package org.unionhall.application.treasury;

/** What importing a bank statement does with one of its lines. */
public enum StatementLineStatus {
    /** Incoming money not imported before: it becomes a contribution. */
    NEW,
    /** Imported before, from this statement or one that covers the same days: nothing is added. */
    ALREADY_IMPORTED,
    /** Money that left the account: not a contribution, left alone. */
    OUTGOING,
    /** The line cannot be read or recorded; the reason says why. A statement with such a line is not imported. */
    REFUSED
}
