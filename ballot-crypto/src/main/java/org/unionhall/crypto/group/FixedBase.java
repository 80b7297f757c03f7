package org.unionhall.crypto.group;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;

/**
 * A precomputed table for one base B (the generator g, the election key K): B^k costs 32 mixed
 * additions and no doublings. The table holds (j · 2^(8i)) · B for every byte position i and byte
 * value j, in affine form, about 8,000 points. Build one per base and share it; it is immutable.
 */
public final class FixedBase {

    private static final int WINDOWS = 32;
    private static final int ENTRIES = 255;

    private final GroupElement base;
    private final ECPoint[] table;

    /** Precomputes the table for base (about 10 ms). */
    public FixedBase(GroupElement base) {
        this.base = base;
        ECPoint[] t = new ECPoint[WINDOWS * ENTRIES];
        ECPoint windowBase = base.point();
        for (int i = 0; i < WINDOWS; i++) {
            ECPoint acc = windowBase;
            t[i * ENTRIES] = acc;
            for (int j = 1; j < ENTRIES; j++) {
                acc = acc.add(windowBase);
                t[i * ENTRIES + j] = acc;
            }
            windowBase = acc.add(windowBase);
            if (i % 4 == 3) {
                windowBase = windowBase.normalize();
            }
        }
        Group.normalizeAll(t);
        this.table = t;
    }

    /** The base B of this table. */
    public GroupElement base() {
        return base;
    }

    /** B^k for any integer k (reduced mod q); fails if the result is the identity. */
    public GroupElement multiply(BigInteger k) {
        return GroupElement.of(multiplyRaw(k));
    }

    ECPoint multiplyRaw(BigInteger k) {
        return addTo(Group.infinity(), k);
    }

    /** acc + k·B, in projective form. */
    ECPoint addTo(ECPoint acc, BigInteger k) {
        byte[] bytes = k.mod(Group.ORDER).toByteArray();
        ECPoint r = acc;
        int n = bytes.length;
        for (int i = 0; i < WINDOWS && i < n; i++) {
            int b = bytes[n - 1 - i] & 0xff;
            if (b != 0) {
                r = r.add(table[i * ENTRIES + b - 1]);
            }
        }
        return r;
    }
}
