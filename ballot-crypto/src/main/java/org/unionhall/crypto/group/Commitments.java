package org.unionhall.crypto.group;

import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.math.ec.ECPoint;

/**
 * A batch of products of the form B1^a · (P · g^(-s))^c, computed in projective coordinates and
 * normalised together with a single field inversion. Proof producers and checkers use it to
 * (re)compute their commitments; the identity is allowed here (a forged proof may produce it)
 * and is encoded as the single byte 0x00 so that it simply never matches a challenge.
 */
public final class Commitments {

    private static final byte[] IDENTITY = {0};

    private final ECPoint[] points;
    private int size;

    /** @param capacity how many products will be added */
    public Commitments(int capacity) {
        this.points = new ECPoint[capacity];
    }

    /** Adds B^a. */
    public Commitments add(FixedBase base, BigInteger a) {
        points[size++] = base.multiplyRaw(a);
        return this;
    }

    /** Adds B1^a · B2^b. */
    public Commitments add(FixedBase first, BigInteger a, FixedBase second, BigInteger b) {
        points[size++] = second.addTo(first.multiplyRaw(a), b);
        return this;
    }

    /** Adds B^a · P^c. */
    public Commitments add(FixedBase base, BigInteger a, GroupElement p, BigInteger c) {
        points[size++] = base.addTo(Group.multiplyRaw(p.point(), c), a);
        return this;
    }

    /** Adds P1^a · P2^c for two bases without tables. */
    public Commitments add(GroupElement first, BigInteger a, GroupElement second, BigInteger c) {
        points[size++] = org.bouncycastle.math.ec.ECAlgorithms.sumOfTwoMultiplies(
                first.point(), a.mod(Group.ORDER), second.point(), c.mod(Group.ORDER));
        return this;
    }

    /** Adds B^a · (P · g^(-shift))^c, the form used by disjunctive proofs (protocol §5.2). */
    public Commitments add(FixedBase base, BigInteger a, GroupElement p, int shift, BigInteger c) {
        ECPoint shifted = p.point();
        if (shift != 0) {
            shifted = shifted.add(Group.negativeMultiple(shift));
        }
        points[size++] = base.addTo(Group.multiplyRaw(shifted, c), a);
        return this;
    }

    /** The encodings of all products, in the order added (identity as the single byte 0x00). */
    public byte[][] encodings() {
        ECPoint[] batch = Arrays.copyOf(points, size);
        int finite = 0;
        for (ECPoint p : batch) {
            if (!p.isInfinity()) {
                finite++;
            }
        }
        ECPoint[] toNormalize = new ECPoint[finite];
        int j = 0;
        for (ECPoint p : batch) {
            if (!p.isInfinity()) {
                toNormalize[j++] = p;
            }
        }
        Group.normalizeAll(toNormalize);
        byte[][] out = new byte[size][];
        j = 0;
        for (int i = 0; i < size; i++) {
            out[i] = batch[i].isInfinity() ? IDENTITY : toNormalize[j++].getEncoded(true);
        }
        return out;
    }
}
