package org.unionhall.domain.treasury;

/**
 * What one row of a ledger records. A two-phase transfer is two rows: its {@link #PENDING} row,
 * then exactly one row that resolves it ({@link #POST_PENDING}, {@link #VOID_PENDING} or
 * {@link #EXPIRE_PENDING}) naming it. The code is the byte that stands for the kind in the
 * row's hash (docs/ledger.md), so it never changes.
 */
public enum TransferKind {
    /** Moves money at once (also a reversal, which names the transfer it corrects). */
    POSTED(1),
    /** Reserves money: it counts against the debit account's limit until resolved. */
    PENDING(2),
    /** Moves all or part of a pending transfer's money and releases the reservation. */
    POST_PENDING(3),
    /** Releases a pending transfer's reservation; nothing moves. */
    VOID_PENDING(4),
    /** Releases a pending transfer's reservation when its time ran out; written by the installation. */
    EXPIRE_PENDING(5);

    private final int code;

    TransferKind(int code) {
        this.code = code;
    }

    /** The byte that encodes the kind in the hash. */
    public int code() {
        return code;
    }

    /** Whether the row resolves a pending transfer. */
    public boolean resolvesPending() {
        return this == POST_PENDING || this == VOID_PENDING || this == EXPIRE_PENDING;
    }

    /** Whether money moved for good in this row (so it can be reversed). */
    public boolean movesMoney() {
        return this == POSTED || this == POST_PENDING;
    }

    /** How a person reads the kind. */
    public String label() {
        return switch (this) {
            case POSTED -> "posted";
            case PENDING -> "reserved";
            case POST_PENDING -> "posted from a reservation";
            case VOID_PENDING -> "reservation voided";
            case EXPIRE_PENDING -> "reservation expired";
        };
    }
}
