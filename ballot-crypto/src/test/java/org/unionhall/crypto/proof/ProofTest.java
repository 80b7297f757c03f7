package org.unionhall.crypto.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.elgamal.ElectionKey;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.group.Scalars;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProofTest {

    private static final byte[] HE = Hash.tagged(Tag.EXTENDED, new byte[] {1});
    private static final ElectionKey KEY = new ElectionKey(Group.g(BigInteger.valueOf(777)));
    private static final List<byte[]> CTX = List.of(Hash.u32(1), Hash.u32(2));

    @Property(tries = 12, seed = "11")
    void rangeProofsOfAllowedValuesCheck(@ForAll @IntRange(max = 5) int m) {
        SeededRandom r = new SeededRandom(m, "range");
        Ciphertext.Encryption e = Ciphertext.encrypt(KEY, m, r);
        RangeProof p = RangeProof.prove(HE, Tag.SELECTION_PROOF, CTX, KEY, e.ciphertext(), m, e.nonce(), 0, 5, r);
        RangeProof decoded = RangeProof.decode(p.encode(), 0, 5);
        assertTrue(decoded.check(HE, Tag.SELECTION_PROOF, CTX, KEY, e.ciphertext()));
        assertFalse(decoded.check(HE, Tag.CONTEST_PROOF, CTX, KEY, e.ciphertext()), "another tag must not verify");
        assertFalse(decoded.check(HE, Tag.SELECTION_PROOF, List.of(Hash.u32(9)), KEY, e.ciphertext()),
                "another context must not verify");
    }

    @Test
    void aRangeProofWithAWrongChallengeOrResponseIsRefused() {
        SeededRandom r = new SeededRandom(1, "tamper");
        Ciphertext.Encryption e = Ciphertext.encrypt(KEY, 1, r);
        RangeProof p = RangeProof.prove(HE, Tag.SELECTION_PROOF, CTX, KEY, e.ciphertext(), 1, e.nonce(), 0, 1, r);
        byte[] enc = p.encode();
        for (int at : new int[] {0, 15, 16, 47, 48, 95}) {
            byte[] bad = enc.clone();
            bad[at] ^= 1;
            assertFalse(RangeProof.decode(bad, 0, 1).check(HE, Tag.SELECTION_PROOF, CTX, KEY, e.ciphertext()),
                    "flipping byte " + at);
        }
    }

    @Test
    void aCiphertextOfTwoCannotBeProvenZeroOrOne() {
        SeededRandom r = new SeededRandom(2, "cheat");
        Ciphertext.Encryption e = Ciphertext.encrypt(KEY, 2, r);
        assertThrows(IllegalArgumentException.class,
                () -> RangeProof.prove(HE, Tag.SELECTION_PROOF, CTX, KEY, e.ciphertext(), 2, e.nonce(), 0, 1, r));
        // A cheating prover claims the value 1 with the real nonce: the proof does not check.
        RangeProof forged = RangeProof.prove(HE, Tag.SELECTION_PROOF, CTX, KEY, e.ciphertext(), 1, e.nonce(), 0, 1, r);
        assertFalse(forged.check(HE, Tag.SELECTION_PROOF, CTX, KEY, e.ciphertext()));
    }

    @Test
    void decodingRefusesAResponseAtOrAboveTheOrderAndWrongLengths() {
        byte[] enc = new byte[96];
        byte[] q = Scalars.encode(Group.ORDER.subtract(BigInteger.ONE));
        System.arraycopy(q, 0, enc, 16, 32);
        RangeProof.decode(enc, 0, 1);
        java.util.Arrays.fill(enc, 16, 48, (byte) 0xff);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RangeProof.decode(enc, 0, 1));
        assertTrue(e.getMessage().startsWith("scalar check"));
        assertThrows(InvalidInputException.class, () -> RangeProof.decode(new byte[95], 0, 1));
        assertThrows(InvalidInputException.class, () -> SchnorrProof.decode(new byte[47]));
    }

    @Test
    void schnorrProofsBindTheirContext() {
        SeededRandom r = new SeededRandom(5, "schnorr");
        BigInteger x = Group.randomScalar(r);
        GroupElement pub = Group.g(x);
        SchnorrProof p = SchnorrProof.prove(HE, Tag.BALLOT_SIGNATURE, CTX, x, r);
        assertTrue(SchnorrProof.decode(p.encode()).check(HE, Tag.BALLOT_SIGNATURE, CTX, pub));
        assertFalse(p.check(HE, Tag.BALLOT_SIGNATURE, List.of(Hash.u32(3)), pub));
        assertFalse(p.check(HE, Tag.BALLOT_SIGNATURE, CTX, Group.g(x.add(BigInteger.ONE))));
        assertFalse(new SchnorrProof(p.challenge(), p.response().add(BigInteger.ONE)).check(HE, Tag.BALLOT_SIGNATURE, CTX, pub));
    }

    @Test
    void equalityProofsRefuseAWrongResult() {
        SeededRandom r = new SeededRandom(6, "cp");
        BigInteger s = Group.randomScalar(r);
        GroupElement base = Group.g(BigInteger.valueOf(31337));
        GroupElement m = base.pow(s);
        EqualityProof p = EqualityProof.prove(HE, Tag.DECRYPTION_PROOF, CTX, s, base, m, r);
        assertTrue(EqualityProof.decode(p.encode()).check(HE, Tag.DECRYPTION_PROOF, CTX, Group.g(s), base, m));
        assertFalse(p.check(HE, Tag.DECRYPTION_PROOF, CTX, Group.g(s), base, m.multiply(Group.generator())));
        assertEquals(48, p.encode().length);
    }
}
