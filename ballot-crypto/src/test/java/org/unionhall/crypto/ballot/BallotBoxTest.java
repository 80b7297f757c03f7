package org.unionhall.crypto.ballot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.RangeProof;
import org.unionhall.crypto.proof.SchnorrProof;

/** Hostile input at the ballot box: every refusal names its check and leaves the board as it was. */
class BallotBoxTest {

    private static final Contest ONE_OF_THREE = new Contest("seat", "Who?", ContestMethod.ONE_OF_N,
            List.of("a", "b", "c"), 1, 1, 1);
    private static final Contest SCORE = new Contest("rate", "Rate", ContestMethod.SCORE, List.of("x", "y"), 0, 10, 5);

    private final SeededRandom random = new SeededRandom(1, "ballot-box-test");
    private final List<Credential> voters = List.of(Credential.generate(random), Credential.generate(random));
    private final Roll roll = new Roll(List.of(new RollEntry(voters.get(0).publicKey(), 1),
            new RollEntry(voters.get(1).publicKey(), 3)));
    private final ElectionContext context = context("e1", roll);
    private final BallotBox box = new BallotBox(context, roll);

    private static ElectionContext context(String id, Roll roll) {
        Manifest m = new Manifest(id, "Test", List.of(ONE_OF_THREE, SCORE), 1, 1);
        return ElectionContext.create(m, Group.g(BigInteger.valueOf(99)), new byte[32], roll.digest(m.baseHash()));
    }

    private Booth.PreparedBallot ballot(Credential c, int seat, int x, int y) {
        List<Integer> seatChoice = new ArrayList<>(List.of(0, 0, 0));
        seatChoice.set(seat, 1);
        return Booth.encrypt(context, c, List.of(seatChoice, List.of(x, y)), random);
    }

    private void refused(String check, Executable action) {
        List<BoardEntry> before = box.entries();
        byte[] head = box.head();
        InvalidInputException e = assertThrows(InvalidInputException.class, action::execute);
        assertTrue(e.getMessage().startsWith(check), e.getMessage());
        assertEquals(before, box.entries());
        assertArrayEquals(head, box.head());
    }

    interface Executable {
        void execute() throws Throwable;
    }

    @Test
    void anHonestBallotIsCastAndChained() {
        BoardEntry e = box.cast(ballot(voters.get(0), 1, 2, 5).ballot());
        assertEquals(1, e.sequence());
        assertArrayEquals(TrackingCodes.genesis(context.extendedHash()), e.previous());
        assertArrayEquals(e.code(), box.head());
    }

    @Test
    void twoOptionsMarkedInOneOfNAreRefusedByTheBoothAndTheBox() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Booth.encrypt(context, voters.get(0), List.of(List.of(1, 1, 0), List.of(0, 0)), random));
        assertTrue(e.getMessage().startsWith("contest limit check"));
        // A dishonest device builds the ballot by hand with a limit proof that lies about the sum.
        box.cast(ballot(voters.get(0), 0, 0, 0).ballot());
        refused("contest limit check", () -> box.cast(forged(List.of(1, 1, 0), List.of(0, 0), 1)));
    }

    @Test
    void aScoreOutOfRangeIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Booth.encrypt(context, voters.get(0), List.of(List.of(1, 0, 0), List.of(6, 0)), random));
        assertTrue(e.getMessage().startsWith("selection range check"));
        refused("selection proof check", () -> box.cast(forged(List.of(1, 0, 0), List.of(6, 0), 1)));
    }

    @Test
    void aForeignCredentialIsRefused() {
        Credential stranger = Credential.generate(random);
        refused("roll check", () -> box.cast(ballot(stranger, 0, 1, 1).ballot()));
    }

    @Test
    void aRefusalNamesItsKindSoThatAServerCanWordIt() {
        Booth.PreparedBallot b = ballot(voters.get(0), 1, 0, 0);
        box.cast(b.ballot());
        assertEquals(BallotProblem.Kind.REPLAY,
                assertThrows(BallotRefused.class, () -> box.cast(b.ballot())).problem().kind());
        assertEquals(BallotProblem.Kind.ROLL, assertThrows(BallotRefused.class,
                () -> box.cast(ballot(Credential.generate(random), 0, 0, 0).ballot())).problem().kind());
        Booth.PreparedBallot c = ballot(voters.get(1), 0, 1, 0);
        BallotOpening lie = new BallotOpening(List.of(List.of(0, 1, 0), List.of(1, 0)), c.opening().nonces());
        assertEquals(BallotProblem.Kind.OPENING,
                assertThrows(BallotRefused.class, () -> box.challenge(c.ballot(), lie)).problem().kind());
    }

    @Test
    void aCredentialListedTwiceOnTheRollIsRefused() {
        RollEntry e = new RollEntry(voters.get(0).publicKey(), 1);
        InvalidInputException x = assertThrows(InvalidInputException.class, () -> new Roll(List.of(e, e)));
        assertTrue(x.getMessage().startsWith("roll check"));
        assertThrows(InvalidInputException.class, () -> new RollEntry(voters.get(0).publicKey(), 0));
    }

    @Test
    void aReplayedBallotIsRefusedAndAChallengedBallotCanNeverBeCast() {
        Booth.PreparedBallot b = ballot(voters.get(1), 2, 0, 0);
        box.cast(b.ballot());
        refused("replay check", () -> box.cast(b.ballot()));
        Booth.PreparedBallot c = ballot(voters.get(1), 0, 1, 0);
        box.challenge(c.ballot(), c.opening());
        refused("replay check", () -> box.cast(c.ballot()));
    }

    @Test
    void aWrongOpeningIsRefused() {
        Booth.PreparedBallot c = ballot(voters.get(1), 0, 1, 0);
        BallotOpening lie = new BallotOpening(List.of(List.of(0, 1, 0), List.of(1, 0)), c.opening().nonces());
        refused("challenged ballot check", () -> box.challenge(c.ballot(), lie));
    }

    @Test
    void aBallotReplayedIntoAnotherElectionIsRefused() {
        ElectionContext other = context("e2", roll);
        Booth.PreparedBallot b = Booth.encrypt(other, voters.get(0), List.of(List.of(1, 0, 0), List.of(0, 0)), random);
        refused("ballot binding check", () -> box.cast(b.ballot()));
    }

    @Test
    void aSignatureByAnotherCredentialIsRefused() {
        EncryptedBallot b = ballot(voters.get(0), 0, 0, 0).ballot();
        EncryptedBallot swapped = new EncryptedBallot(b.election(), voters.get(1).publicKey(), b.contests(), b.signature());
        refused("ballot signature check", () -> box.cast(swapped));
    }

    @Test
    void aSelectionProofWithAWrongResponseIsRefused() {
        EncryptedBallot b = ballot(voters.get(0), 0, 0, 0).ballot();
        EncryptedContest c = b.contests().get(0);
        RangeProof p = c.selectionProofs().get(0);
        BigInteger[] v = p.responses().clone();
        v[0] = v[0].add(BigInteger.ONE).mod(Group.ORDER);
        List<RangeProof> proofs = new ArrayList<>(c.selectionProofs());
        proofs.set(0, new RangeProof(p.lo(), p.hi(), p.challenges(), v));
        EncryptedContest bad = new EncryptedContest(c.selections(), proofs, c.limitProof());
        refused("ballot signature check", () -> box.cast(resign(b, List.of(bad, b.contests().get(1)), voters.get(0))));
        refused("selection proof check", () -> box.cast(sign(List.of(bad, b.contests().get(1)), voters.get(0))));
    }

    @Test
    void theStableSelectionCheckerWorksFromEncodings() {
        EncryptedBallot b = ballot(voters.get(0), 2, 0, 0).ballot();
        Ciphertext ct = b.contests().get(0).selections().get(2);
        assertTrue(BallotChecker.checkSelection(context, b.credential().encode(), 0, 2, ct.alpha().encode(),
                ct.beta().encode(), b.contests().get(0).selectionProofs().get(2).encode(), 1));
        assertTrue(!BallotChecker.checkSelection(context, b.credential().encode(), 0, 1, ct.alpha().encode(),
                ct.beta().encode(), b.contests().get(0).selectionProofs().get(2).encode(), 1));
    }

    /** A ballot whose selections and contest-limit proof claim values it does not hold, properly signed. */
    private EncryptedBallot forged(List<Integer> seat, List<Integer> scores, int claimedSeatSum) {
        byte[] he = context.extendedHash();
        byte[] cred = voters.get(0).publicKey().encode();
        List<EncryptedContest> contests = new ArrayList<>();
        List<List<Integer>> values = List.of(seat, scores);
        for (int ci = 0; ci < 2; ci++) {
            Contest contest = context.manifest().contests().get(ci);
            List<Ciphertext> cts = new ArrayList<>();
            List<RangeProof> proofs = new ArrayList<>();
            BigInteger rs = BigInteger.ZERO;
            for (int oi = 0; oi < values.get(ci).size(); oi++) {
                int m = values.get(ci).get(oi);
                BigInteger r = Group.randomScalar(random);
                Ciphertext ct = Ciphertext.encrypt(context.key(), m, r);
                cts.add(ct);
                int claim = Math.min(m, contest.range());
                proofs.add(RangeProof.prove(he, Tag.SELECTION_PROOF, Booth.selectionContext(cred, ci, oi), context.key(),
                        ct, claim, r, 0, contest.range(), random));
                rs = rs.add(r);
            }
            Optional<RangeProof> limit = Optional.empty();
            if (contest.hasLimitProof()) {
                limit = Optional.of(RangeProof.prove(he, Tag.CONTEST_PROOF, Booth.contestContext(cred, ci), context.key(),
                        Ciphertext.sum(cts), claimedSeatSum, rs.mod(Group.ORDER), contest.min(), contest.max(), random));
            }
            contests.add(new EncryptedContest(cts, proofs, limit));
        }
        return sign(contests, voters.get(0));
    }

    private EncryptedBallot resign(EncryptedBallot b, List<EncryptedContest> contests, Credential c) {
        return new EncryptedBallot(b.election(), c.publicKey(), contests, b.signature());
    }

    private EncryptedBallot sign(List<EncryptedContest> contests, Credential c) {
        byte[] he = context.extendedHash();
        byte[] digest = EncryptedBallot.digest(he, c.publicKey(), contests);
        SchnorrProof sig = SchnorrProof.prove(he, Tag.BALLOT_SIGNATURE, List.of(digest), c.secret(), random);
        return new EncryptedBallot(he, c.publicKey(), contests, sig);
    }
}
