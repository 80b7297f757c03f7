package org.unionhall.crypto.bench;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.unionhall.crypto.ballot.BallotChecker;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.EncryptedContest;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.proof.RangeProof;

/**
 * Checking one 0/1 selection proof from its encoded form (protocol §5.2), through the library's
 * entry point {@link BallotChecker#checkSelection}: decode α and β (33 bytes each, validated),
 * decode the 96-byte proof, recompute the four commitments, hash the statement.
 *
 * <p>In the same run, the floor: the same two point decodes and the same four two-base
 * multiplications (g^v·α^c, K^v·β^c for both branches, v of 256 bits, c of 128 bits) done
 * directly with Bouncy Castle, nothing else. A second floor does the same arithmetic with Bouncy
 * Castle's fixed-point comb for g and K plus a short multiplication α^c, the shape the library's
 * tables aim at.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SelectionProofBenchmark {

    /** Selections in the pool: 128 ballots of three options. */
    private static final int POOL = 384;

    private Elections.Election election;
    private byte[][] credential;
    private int[] option;
    private byte[][] alpha;
    private byte[][] beta;
    private byte[][] proof;
    private BigInteger[][] challenges;
    private BigInteger[][] responses;

    private ECCurve curve;
    private ECPoint g;
    private ECPoint k;
    private FixedPointCombMultiplier comb;

    private int next;

    /** Builds an election and 128 one-of-three ballots; keeps every selection in encoded form. */
    @Setup
    public void setUp() {
        election = Elections.election(Elections.oneOf(3), POOL / 3, 1);
        SeededRandom random = new SeededRandom(1, "bench/selections");
        credential = new byte[POOL][];
        option = new int[POOL];
        alpha = new byte[POOL][];
        beta = new byte[POOL][];
        proof = new byte[POOL][];
        challenges = new BigInteger[POOL][];
        responses = new BigInteger[POOL][];
        int s = 0;
        for (int v = 0; v < POOL / 3; v++) {
            List<Integer> choice = new ArrayList<>(List.of(0, 0, 0));
            choice.set(v % 3, 1);
            Booth.PreparedBallot prepared = Booth.encrypt(election.context(), election.voters().get(v),
                    List.of(choice), random);
            EncryptedContest contest = prepared.ballot().contests().get(0);
            for (int o = 0; o < 3; o++, s++) {
                Ciphertext ct = contest.selections().get(o);
                RangeProof p = contest.selectionProofs().get(o);
                credential[s] = prepared.ballot().credential().encode();
                option[s] = o;
                alpha[s] = ct.alpha().encode();
                beta[s] = ct.beta().encode();
                proof[s] = p.encode();
                challenges[s] = p.challenges();
                responses[s] = p.responses();
                if (!BallotChecker.checkSelection(election.context(), credential[s], 0, o, alpha[s], beta[s], proof[s], 1)) {
                    throw new IllegalStateException("a valid selection proof did not check");
                }
            }
        }
        X9ECParameters p256 = CustomNamedCurves.getByName("P-256");
        curve = p256.getCurve();
        g = p256.getG();
        k = curve.decodePoint(election.context().key().element().encode());
        comb = new FixedPointCombMultiplier();
        comb.multiply(g, BigInteger.ONE);
        comb.multiply(k, BigInteger.ONE);
    }

    private int index() {
        int i = next;
        next = i + 1 == POOL ? 0 : i + 1;
        return i;
    }

    /** The library: one 0/1 selection proof checked from its encoded parts. */
    @Benchmark
    public boolean checkSelectionProof() {
        int i = index();
        boolean ok = BallotChecker.checkSelection(election.context(), credential[i], 0, option[i], alpha[i], beta[i],
                proof[i], 1);
        if (!ok) {
            throw new IllegalStateException("a valid selection proof did not check");
        }
        return ok;
    }

    /** Floor: two point decodes and four two-base multiplications (Bouncy Castle's Shamir trick). */
    @Benchmark
    public void floorDecodeAndTwoBase(Blackhole bh) {
        int i = index();
        ECPoint a = decode(alpha[i]);
        ECPoint b = decode(beta[i]);
        BigInteger[] c = challenges[i];
        BigInteger[] v = responses[i];
        bh.consume(ECAlgorithms.sumOfTwoMultiplies(g, v[0], a, c[0]));
        bh.consume(ECAlgorithms.sumOfTwoMultiplies(k, v[0], b, c[0]));
        bh.consume(ECAlgorithms.sumOfTwoMultiplies(g, v[1], a, c[1]));
        bh.consume(ECAlgorithms.sumOfTwoMultiplies(k, v[1], b, c[1]));
    }

    /** Second floor: two decodes, four comb multiplications by g or K, four short α^c or β^c, four additions. */
    @Benchmark
    public void floorDecodeCombAndShort(Blackhole bh) {
        int i = index();
        ECPoint a = decode(alpha[i]);
        ECPoint b = decode(beta[i]);
        BigInteger[] c = challenges[i];
        BigInteger[] v = responses[i];
        bh.consume(comb.multiply(g, v[0]).add(a.multiply(c[0])));
        bh.consume(comb.multiply(k, v[0]).add(b.multiply(c[0])));
        bh.consume(comb.multiply(g, v[1]).add(a.multiply(c[1])));
        bh.consume(comb.multiply(k, v[1]).add(b.multiply(c[1])));
    }

    private ECPoint decode(byte[] encoded) {
        ECPoint p = curve.decodePoint(encoded);
        if (!p.isValid() || p.isInfinity()) {
            throw new IllegalStateException("a valid point failed to decode");
        }
        return p;
    }
}
