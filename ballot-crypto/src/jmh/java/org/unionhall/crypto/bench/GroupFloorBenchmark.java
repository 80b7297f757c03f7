package org.unionhall.crypto.bench;

import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The floor: what the group operations themselves cost on Bouncy Castle's P-256, measured
 * without any Unionhall code, so that every library figure can be stated as a ratio to it. Also
 * one 4096-bit modular exponentiation with a 256-bit exponent, the basic step of ElectionGuard's
 * integer group, so the advantage of the elliptic curve is on record from the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GroupFloorBenchmark {

    /** Enough distinct inputs that no call sees the same operands as the one before. */
    private static final int POOL = 256;

    private ECCurve curve;
    private ECPoint generator;
    private BigInteger order;
    private FixedPointCombMultiplier comb;

    private byte[][] compressed;
    private BigInteger[][] affine;
    private BigInteger[][] otherAffine;
    private ECPoint[] jacobianPoints;
    private BigInteger[] scalars;
    private BigInteger[] otherScalars;

    private BigInteger modulus4096;
    private BigInteger[] bases4096;

    private int next;

    /** Builds the input pools from a fixed seed so that every run sees the same operands. */
    @Setup
    public void setUp() {
        X9ECParameters p256 = CustomNamedCurves.getByName("P-256");
        curve = p256.getCurve();
        generator = p256.getG();
        order = p256.getN();
        comb = new FixedPointCombMultiplier();
        Random seeded = new Random(20261121L);

        compressed = new byte[POOL][];
        affine = new BigInteger[POOL][];
        otherAffine = new BigInteger[POOL][];
        jacobianPoints = new ECPoint[POOL];
        scalars = new BigInteger[POOL];
        otherScalars = new BigInteger[POOL];
        for (int i = 0; i < POOL; i++) {
            scalars[i] = scalar(seeded);
            otherScalars[i] = scalar(seeded);
            ECPoint point = generator.multiply(scalar(seeded)).normalize();
            ECPoint other = generator.multiply(scalar(seeded)).normalize();
            affine[i] = new BigInteger[] {point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger()};
            otherAffine[i] = new BigInteger[] {other.getAffineXCoord().toBigInteger(), other.getAffineYCoord().toBigInteger()};
            jacobianPoints[i] = generator.multiply(scalar(seeded));
            compressed[i] = point.getEncoded(true);
        }
        // The cost of modPow does not depend on which odd 4096-bit modulus is used (Montgomery
        // multiplication throughout), so a seeded odd modulus stands in for ElectionGuard's prime.
        modulus4096 = new BigInteger(4096, seeded).setBit(4095).setBit(0);
        bases4096 = new BigInteger[POOL];
        for (int i = 0; i < POOL; i++) {
            bases4096[i] = new BigInteger(4095, seeded).mod(modulus4096);
        }
        // Warm the comb table for the generator outside the measurement.
        comb.multiply(generator, BigInteger.ONE);
    }

    private BigInteger scalar(Random random) {
        BigInteger k;
        do {
            k = new BigInteger(order.bitLength(), random);
        } while (k.signum() == 0 || k.compareTo(order) >= 0);
        return k;
    }

    /**
     * A new point object each call: Bouncy Castle caches a point's wNAF table on the object, and a
     * ciphertext or commitment freshly decoded from a ballot has no such table. Creating the
     * object from affine coordinates costs well under a microsecond.
     */
    private ECPoint fresh(BigInteger[] xy) {
        return curve.createPoint(xy[0], xy[1]);
    }

    private int index() {
        int i = next;
        next = (i + 1) & (POOL - 1);
        return i;
    }

    /** Decoding a 33-byte compressed point: square root for y, on-curve check (cofactor 1). */
    @Benchmark
    public ECPoint decodeCompressedPoint() {
        ECPoint point = curve.decodePoint(compressed[index()]);
        if (!point.isValid() || point.isInfinity()) {
            throw new IllegalStateException("a valid point failed to decode");
        }
        return point;
    }

    /** Creating a point object from affine coordinates: the overhead inside the benchmarks below. */
    @Benchmark
    public ECPoint createPointOverhead() {
        return fresh(affine[index()]);
    }

    /** k·P for a fresh P (Bouncy Castle's default wNAF multiplier), result left projective. */
    @Benchmark
    public ECPoint variableBaseMultiply() {
        int i = index();
        return fresh(affine[i]).multiply(scalars[i]);
    }

    /** k·G with Bouncy Castle's fixed-point comb on a precomputed table for G. */
    @Benchmark
    public ECPoint fixedBaseCombMultiply() {
        return comb.multiply(generator, scalars[index()]);
    }

    /** a·P + b·Q for fresh P and Q in one interleaved wNAF pass (Shamir's trick). */
    @Benchmark
    public ECPoint twoBaseMultiply() {
        int i = index();
        return ECAlgorithms.sumOfTwoMultiplies(fresh(affine[i]), scalars[i], fresh(otherAffine[i]), otherScalars[i]);
    }

    /**
     * a·G + b·Q with the generator's wNAF table already cached and Q fresh: the shape of most
     * verification equations (a fixed base and a base taken from the ballot).
     */
    @Benchmark
    public ECPoint twoBaseMultiplyOneFixed() {
        int i = index();
        return ECAlgorithms.sumOfTwoMultiplies(generator, scalars[i], fresh(otherAffine[i]), otherScalars[i]);
    }

    /** One point addition of projective points. */
    @Benchmark
    public ECPoint pointAddition() {
        int i = index();
        return jacobianPoints[i].add(jacobianPoints[(i + 1) & (POOL - 1)]);
    }

    /** Back to affine and to 33 bytes (one field inversion), as hashing a computed point needs. */
    @Benchmark
    public byte[] normalizeAndEncode() {
        return jacobianPoints[index()].getEncoded(true);
    }

    /** One 4096-bit modular exponentiation with a 256-bit exponent (ElectionGuard's group). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BigInteger modPow4096() {
        int i = index();
        return bases4096[i].modPow(scalars[i], modulus4096);
    }
}
