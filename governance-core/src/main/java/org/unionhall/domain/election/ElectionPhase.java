package org.unionhall.domain.election;

/**
 * Where a secret member ballot stands. The order is the only way forward:
 * CEREMONY → REGISTRATION → OPEN → CLOSED → PUBLISHED; CANCELLED ends an election that can no
 * longer be run (fewer than the threshold of trustees left after the ceremony).
 */
public enum ElectionPhase {
    /** The trustees exchange their key-ceremony messages (protocol §6). */
    CEREMONY,
    /** The joint key is fixed; eligible members register their voting credentials (§7.1). */
    REGISTRATION,
    /** The roll is frozen and the election context final; ballots are taken (§8). */
    OPEN,
    /** No more ballots; the encrypted tally is fixed and trustees decrypt it (§9). */
    CLOSED,
    /** The result, the record and its verification report are published. */
    PUBLISHED,
    /** The election could not be run; nothing is counted. */
    CANCELLED;

    /** The phase in lower-case words, for pages and audit entries. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
