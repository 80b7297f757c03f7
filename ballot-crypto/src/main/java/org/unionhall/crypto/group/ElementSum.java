package org.unionhall.crypto.group;

import java.math.BigInteger;
import java.util.Optional;

import org.bouncycastle.math.ec.ECPoint;

/**
 * A running product of group elements kept in projective form, so that adding many elements
 * (a tally of 100,000 ballots) costs no field inversion until the end. Not thread-safe: give
 * each thread its own and {@link #add(ElementSum) merge} them.
 */
public final class ElementSum {

    private ECPoint acc = Group.infinity();

    /** Multiplies in e. */
    public void add(GroupElement e) {
        acc = acc.add(e.point());
    }

    /** Multiplies in e^weight (weighted aggregation, protocol §4.3). */
    public void add(GroupElement e, long weight) {
        if (weight == 1) {
            add(e);
        } else {
            acc = acc.add(Group.multiplyRaw(e.point(), BigInteger.valueOf(weight)));
        }
    }

    /** Multiplies in another running product. */
    public void add(ElementSum other) {
        acc = acc.add(other.acc);
    }

    /** The product, or empty if it is the identity (an empty sum). */
    public Optional<GroupElement> result() {
        ECPoint n = acc.normalize();
        return n.isInfinity() ? Optional.empty() : Optional.of(new GroupElement(n));
    }
}
