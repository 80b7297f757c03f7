package org.unionhall.crypto.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.unionhall.crypto.group.Group;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class DiscreteLogTest {

    @Property(tries = 20, seed = "5")
    void findsEveryValueUpToTheBound(@ForAll @LongRange(min = 1, max = 1_000_000) long m) {
        assertEquals(m, DiscreteLog.find(Group.g(BigInteger.valueOf(m)), 1_000_000).orElseThrow());
    }

    @Test
    void refusesValuesAboveTheBound() {
        assertTrue(DiscreteLog.find(Group.g(BigInteger.valueOf(1001)), 1000).isEmpty());
        assertEquals(1000, DiscreteLog.find(Group.g(BigInteger.valueOf(1000)), 1000).orElseThrow());
        assertEquals(1, DiscreteLog.find(Group.generator(), 1).orElseThrow());
    }
}
