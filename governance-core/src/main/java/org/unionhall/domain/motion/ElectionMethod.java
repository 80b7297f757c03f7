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
            case ONE_OF_N -> "one choice each, the most votes win";
            case APPROVAL -> "approval: approve any candidates, the most approvals win";
            case K_SEAT_APPROVAL -> "approval for several seats: the most approved fill them";
        };
    }
}
