package org.unionhall.crypto.elgamal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CiphertextTest {

    private static final BigInteger SECRET = BigInteger.valueOf(424242);
    private static final ElectionKey KEY = new ElectionKey(Group.g(SECRET));

    static long decrypt(Ciphertext c, BigInteger secret) {
        GroupElement mask = c.alpha().pow(secret);
        if (mask.equals(c.beta())) {
            return 0;
        }
        GroupElement gm = c.beta().divide(mask);
        GroupElement acc = Group.generator();
        for (long m = 1; m < 100_000; m++) {
            if (acc.equals(gm)) {
                return m;
            }
            acc = acc.multiply(Group.generator());
        }
        throw new AssertionError("plaintext too large");
    }

    @Property(tries = 15, seed = "3")
    void additionIsHomomorphic(@ForAll @IntRange(max = 50) int a, @ForAll @IntRange(max = 50) int b) {
        SeededRandom r = new SeededRandom(a * 100L + b, "add");
        Ciphertext sum = Ciphertext.encrypt(KEY, a, r).ciphertext().add(Ciphertext.encrypt(KEY, b, r).ciphertext());
        assertEquals(a + b, decrypt(sum, SECRET));
    }

    @Property(tries = 10, seed = "4")
    void weightingMultipliesThePlaintext(@ForAll @IntRange(max = 1) int vote, @ForAll @LongRange(min = 1, max = 400) long weight) {
        SeededRandom r = new SeededRandom(weight, "weight");
        Ciphertext c = Ciphertext.encrypt(KEY, vote, r).ciphertext().scale(weight);
        assertEquals(vote * weight, decrypt(c, SECRET));
    }
}
