package org.unionhall.crypto.trustee;

import java.math.BigInteger;
import java.util.Collection;

import org.unionhall.crypto.group.Group;

/** Lagrange coefficients at 0 over the indices of the present trustees (protocol §6.7). */
public final class Lagrange {

    private Lagrange() {
    }

    /** λ_j = Π_(l ∈ present, l ≠ j) l / (l − j) mod q. */
    public static BigInteger coefficient(int j, Collection<Integer> present) {
        BigInteger num = BigInteger.ONE;
        BigInteger den = BigInteger.ONE;
        for (int l : present) {
            if (l != j) {
                num = num.multiply(BigInteger.valueOf(l));
                den = den.multiply(BigInteger.valueOf(l - j));
            }
        }
        return num.multiply(den.modInverse(Group.ORDER)).mod(Group.ORDER);
    }
}
