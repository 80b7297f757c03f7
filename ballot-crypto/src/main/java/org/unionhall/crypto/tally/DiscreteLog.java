package org.unionhall.crypto.tally;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;

/**
 * Recovers m from g^m for 0 ≤ m ≤ bound by baby-step giant-step (protocol §9.4): about
 * 2·√bound group operations, e.g. 2,000 for a total weight of a million.
 */
public final class DiscreteLog {

    private DiscreteLog() {
    }

    /**
     * m with g^m = target and 0 &lt; m ≤ bound, or empty if there is none. (m = 0 is the identity,
     * which the caller handles, since an element is never the identity.)
     */
    public static OptionalLong find(GroupElement target, long bound) {
        long step = (long) Math.ceil(Math.sqrt((double) bound + 1));
        Map<ByteBuffer, Long> baby = new HashMap<>((int) Math.min(step * 2, Integer.MAX_VALUE));
        GroupElement g = Group.generator();
        GroupElement acc = g;
        for (long j = 1; j <= step; j++) {
            baby.put(ByteBuffer.wrap(acc.encode()), j);
            if (j < step) {
                acc = acc.multiply(g);
            }
        }
        GroupElement giantStep = Group.g(BigInteger.valueOf(step)).pow(BigInteger.ONE.negate());
        GroupElement gamma = target;
        for (long i = 0; i <= step; i++) {
            Long j = baby.get(ByteBuffer.wrap(gamma.encode()));
            if (j != null) {
                long m = i * step + j;
                return m <= bound ? OptionalLong.of(m) : OptionalLong.empty();
            }
            try {
                gamma = gamma.multiply(giantStep);
            } catch (IllegalArgumentException identity) {
                long m = (i + 1) * step;
                return m <= bound ? OptionalLong.of(m) : OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
