package org.unionhall.domain.bylaws;

/** Who decides a kind of motion. */
public enum DecisionBody {
    /** Every active member of the scope, by secret, verifiable ballot; quorum counts eligible voters. */
    SECRET_BALLOT,
    /** The delegates of the chapters by public, weighted roll call; quorum counts delegate weight. */
    CONGRESS;

    /** In plain words. */
    public String label() {
        return this == SECRET_BALLOT ? "Secret member ballot" : "Delegate congress";
    }
}
