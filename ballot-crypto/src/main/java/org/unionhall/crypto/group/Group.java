package org.unionhall.crypto.group;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.WNafUtil;

/**
 * The prime-order group of NIST P-256 (protocol §2.1): curve, generator g, order q, and the
 * multiplication algorithms the protocol needs. All methods are thread-safe.
 */
public final class Group {

    /** Name of the group as it appears in the election record. */
    public static final String NAME = "P-256";

    private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256r1");
    static final ECCurve CURVE = PARAMETERS.getCurve();
    /** The order q of the group. */
    public static final BigInteger ORDER = PARAMETERS.getN();
    /** The field prime p. */
    static final BigInteger FIELD = CURVE.getField().getCharacteristic();

    private static final int WINDOW = 5;

    private static final int SMALL = 256;

    private static final class Holder {
        static final GroupElement GENERATOR = new GroupElement(PARAMETERS.getG().normalize());
        static final FixedBase GENERATOR_TABLE = new FixedBase(GENERATOR);
        static final ECPoint[] NEGATIVE_SMALL = negativeSmall();

        private static ECPoint[] negativeSmall() {
            ECPoint[] t = new ECPoint[SMALL];
            ECPoint minusG = GENERATOR.point().negate();
            t[0] = infinity();
            t[1] = minusG;
            for (int i = 2; i < SMALL; i++) {
                t[i] = t[i - 1].add(minusG);
            }
            ECPoint[] finite = java.util.Arrays.copyOfRange(t, 1, SMALL);
            normalizeAll(finite);
            System.arraycopy(finite, 0, t, 1, SMALL - 1);
            return t;
        }
    }

    private Group() {
    }

    /** The generator g (protocol §2.1). */
    public static GroupElement generator() {
        return Holder.GENERATOR;
    }

    /** The precomputed table for g. */
    public static FixedBase generatorTable() {
        return Holder.GENERATOR_TABLE;
    }

    /** g^k for a scalar given as an integer of any size (reduced mod q). */
    public static GroupElement g(BigInteger k) {
        return Holder.GENERATOR_TABLE.multiply(k);
    }

    /** g^(-i) for a small i ≥ 0 (the shifts of disjunctive proofs), from a cached table when i &lt; 256. */
    static ECPoint negativeMultiple(int i) {
        if (i >= 0 && i < SMALL) {
            return Holder.NEGATIVE_SMALL[i];
        }
        return Holder.GENERATOR_TABLE.multiplyRaw(BigInteger.valueOf(-(long) i));
    }

    /** A uniformly random non-zero scalar. */
    public static BigInteger randomScalar(SecureRandom random) {
        byte[] bytes = new byte[32];
        while (true) {
            random.nextBytes(bytes);
            BigInteger k = new BigInteger(1, bytes);
            if (k.signum() > 0 && k.compareTo(ORDER) < 0) {
                return k;
            }
        }
    }

    /** A uniformly random integer of the given number of bits (challenges, protocol §3.3). */
    public static BigInteger randomBits(SecureRandom random, int bits) {
        return new BigInteger(bits, random);
    }

    /** The identity (point at infinity), usable only as an accumulator, never encoded. */
    static ECPoint infinity() {
        return CURVE.getInfinity();
    }

    /**
     * base^k computed with a width-5 NAF; k may be negative or larger than q. The result is in
     * projective coordinates so that callers can normalise many points with one inversion.
     */
    static ECPoint multiplyRaw(ECPoint base, BigInteger k) {
        BigInteger e = k.mod(ORDER);
        if (e.signum() == 0 || base.isInfinity()) {
            return infinity();
        }
        if (e.bitLength() > 160) {
            BigInteger n = ORDER.subtract(e);
            if (n.bitLength() < e.bitLength()) {
                return wnaf(base.negate(), n);
            }
        }
        return wnaf(base, e);
    }

    private static ECPoint wnaf(ECPoint base, BigInteger e) {
        byte[] digits = WNafUtil.generateWindowNaf(WINDOW, e);
        int tableSize = 1 << (WINDOW - 2);
        ECPoint[] odd = new ECPoint[tableSize];
        odd[0] = base;
        if (tableSize > 1) {
            ECPoint twice = base.twice();
            for (int i = 1; i < tableSize; i++) {
                odd[i] = odd[i - 1].add(twice);
            }
            CURVE.normalizeAll(odd);
        }
        ECPoint[] negated = new ECPoint[tableSize];
        for (int i = 0; i < tableSize; i++) {
            negated[i] = odd[i].negate();
        }
        ECPoint acc = null;
        for (int i = digits.length - 1; i >= 0; i--) {
            int d = digits[i];
            if (acc == null) {
                if (d != 0) {
                    acc = d > 0 ? odd[d >> 1] : negated[(-d) >> 1];
                }
                continue;
            }
            if (d == 0) {
                acc = acc.twice();
            } else {
                acc = acc.twicePlus(d > 0 ? odd[d >> 1] : negated[(-d) >> 1]);
            }
        }
        return acc == null ? infinity() : acc;
    }

    /** Normalises all points with one field inversion (Montgomery's trick). */
    static void normalizeAll(ECPoint[] points) {
        CURVE.normalizeAll(points);
    }
}
