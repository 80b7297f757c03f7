package org.unionhall.crypto.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;

class GroupTest {

    private static final X9ECParameters BC = CustomNamedCurves.getByName("secp256r1");

    @Property(tries = 40, seed = "20261121")
    void fixedBaseAndNafAgreeWithBouncyCastle(
            @ForAll @BigRange(min = "1", max = "115792089210356248762697446949407573529996955224135760342422259061068512044368") BigInteger k) {
        byte[] expected = BC.getG().multiply(k).normalize().getEncoded(true);
        assertArrayEquals(expected, Group.g(k).encode());
        GroupElement p = Group.g(BigInteger.valueOf(12345));
        byte[] expectedP = BC.getG().multiply(BigInteger.valueOf(12345)).multiply(k).normalize().getEncoded(true);
        assertArrayEquals(expectedP, p.pow(k).encode());
        assertArrayEquals(expectedP, new FixedBase(p).multiply(k).encode());
    }

    @Test
    void commitmentsMatchTheirDefinition() {
        GroupElement p = Group.g(BigInteger.valueOf(99));
        BigInteger a = BigInteger.valueOf(7);
        BigInteger c = BigInteger.ONE.shiftLeft(127).add(BigInteger.TEN);
        byte[][] e = new Commitments(2).add(Group.generatorTable(), a, p, c).add(Group.generatorTable(), a, p, 2, c)
                .encodings();
        assertArrayEquals(Group.g(a).multiply(p.pow(c)).encode(), e[0]);
        GroupElement shifted = p.divide(Group.g(BigInteger.TWO));
        assertArrayEquals(Group.g(a).multiply(shifted.pow(c)).encode(), e[1]);
    }

    @Test
    void theIdentityIsEncodedAsOneZeroByteInCommitments() {
        byte[][] e = new Commitments(1).add(Group.generatorTable(), BigInteger.ZERO).encodings();
        assertArrayEquals(new byte[] {0}, e[0]);
    }

    @Test
    void refusesAPointOffTheCurve() {
        byte[] enc = Group.g(BigInteger.valueOf(5)).encode();
        // x = 5 has no y on P-256 with probability 1/2; search a nearby x that is off the curve.
        for (int x = 1; x < 100; x++) {
            byte[] candidate = new byte[33];
            candidate[0] = 2;
            candidate[32] = (byte) x;
            try {
                GroupElement.decode(candidate);
            } catch (InvalidInputException e) {
                assertTrue(e.getMessage().startsWith("group element check"), e.getMessage());
                return;
            }
        }
        throw new AssertionError("no off-curve x found near " + Arrays.toString(enc));
    }

    @Test
    void refusesTheIdentityAndWrongLengths() {
        assertThrows(InvalidInputException.class, () -> GroupElement.decode(new byte[] {0}));
        assertThrows(InvalidInputException.class, () -> GroupElement.decode(new byte[33]));
        byte[] uncompressed = BC.getG().getEncoded(false);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GroupElement.decode(uncompressed));
        assertTrue(e.getMessage().contains("33 bytes"));
        assertThrows(InvalidInputException.class, () -> GroupElement.decode(null));
    }

    @Test
    void refusesANonCanonicalXAtOrAboveTheFieldPrime() {
        byte[] enc = new byte[33];
        enc[0] = 2;
        byte[] p = Group.FIELD.toByteArray();
        System.arraycopy(p, p.length - 32, enc, 1, 32);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GroupElement.decode(enc));
        assertTrue(e.getMessage().contains("non-canonical"), e.getMessage());
        // x + p for a valid x would alias it; every such value is ≥ p and refused the same way.
        byte[] prefix = Group.g(BigInteger.TEN).encode();
        prefix[0] = 4;
        assertThrows(InvalidInputException.class, () -> GroupElement.decode(prefix));
    }

    @Test
    void refusesScalarsAtOrAboveTheOrder() {
        byte[] q = Scalars.encode(Group.ORDER.subtract(BigInteger.ONE));
        assertEquals(Group.ORDER.subtract(BigInteger.ONE), Scalars.decode(q));
        byte[] tooBig = Group.ORDER.toByteArray();
        byte[] enc = Arrays.copyOfRange(tooBig, tooBig.length - 32, tooBig.length);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Scalars.decode(enc));
        assertTrue(e.getMessage().startsWith("scalar check"));
        assertThrows(InvalidInputException.class, () -> Scalars.decode(new byte[31]));
    }

    @Test
    void elementSumAddsWithWeights() {
        ElementSum s = new ElementSum();
        s.add(Group.g(BigInteger.TWO));
        s.add(Group.g(BigInteger.valueOf(3)), 5);
        assertEquals(Group.g(BigInteger.valueOf(17)), s.result().orElseThrow());
        assertTrue(new ElementSum().result().isEmpty());
    }
}
