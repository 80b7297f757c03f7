package org.unionhall.crypto.elgamal;

import org.unionhall.crypto.group.FixedBase;
import org.unionhall.crypto.group.GroupElement;

/**
 * The joint election public key K (protocol §4.1) with its precomputed table, so that
 * encryption and proof checking multiply by K without doublings. Build once per election.
 */
public final class ElectionKey {

    private final GroupElement key;
    private final FixedBase table;

    /** Precomputes the table for K. */
    public ElectionKey(GroupElement key) {
        this.key = key;
        this.table = new FixedBase(key);
    }

    /** K itself. */
    public GroupElement element() {
        return key;
    }

    /** The precomputed table for K. */
    public FixedBase table() {
        return table;
    }
}
