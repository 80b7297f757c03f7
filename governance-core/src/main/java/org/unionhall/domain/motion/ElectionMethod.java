package org.unionhall.domain.motion;

/** How an officer election counts. */
public enum ElectionMethod {
    /** Each voter picks one candidate; the most votes wins the one seat. */
    ONE_OF_N,
    /** Each voter approves any number of candidates; the most approvals wins the one seat. */
    APPROVAL,
    /** Each voter approves any number of candidates; the k most approved win the k seats. */
    K_SEAT_APPROVAL;

    /** In plain words. */
    public String label() {
        return switch (this) {
            case ONE_OF_N -> "one of n";
            case APPROVAL -> "approval";
            case K_SEAT_APPROVAL -> "k-seat approval";
        };
    }
}
