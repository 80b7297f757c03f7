package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.motion.CongressView;
import org.unionhall.application.motion.GiveProxy;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.motion.ProposeMotion;
import org.unionhall.application.motion.ProxyView;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.EncryptedContest;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.RangeProof;
import org.unionhall.crypto.proof.SchnorrProof;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.congress.ProxyId;
import org.unionhall.domain.congress.ProxyScope;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.testsupport.TestDatabase;

/**
 * Every abuse that issue 4 lists, each refused (or resolved) with a message a person
 * understands, and each followed by the proof that nothing already accepted changed: the
 * bulletin board entry by entry, the roll, who is marked as having voted, the ceremony, the roll
 * call and its result, the proxies, the motion with its seconds, amendments and history. Runs on
 * a union of its own ({@link UnionWorld}) with the real services; subclasses pick H2 or
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class AbuseContract {
    static final Instant START = Instant.parse("2026-04-06T08:00:00Z");

    UnionWorld w;

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase.Kind kind() {
        return database;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void found() {
        w = new UnionWorld(kind(), START);
    }

    @BeforeEach
    void rewind() {
        w.clock.set(START);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        w.close();
    }

    <T extends DomainException> T refused(Class<T> kind, Supplier<?> call) {
        DomainException e = assertThrows(DomainException.class, () -> w.call(call));
        assertInstanceOf(kind, e, e.getMessage());
        return kind.cast(e);
    }

    /** What an election holds that a refusal must leave alone. */
    record BallotState(ElectionPhase phase, List<String> board, long rollSize, long voted,
                       List<MemberId> registeredNotVoted) {
    }

    BallotState state(ElectionDriver d) {
        return w.call(() -> {
            Turnout t = w.elections.turnout(d.id);
            return new BallotState(t.phase(), w.elections.board(d.id, 1, 1000).stream()
                    .map(l -> l.seq() + " " + l.state() + " " + l.code()).toList(),
                    w.elections.view(Optional.empty(), d.id).rollSize(), t.voted(), t.registeredNotVoted());
        });
    }

    boolean hasVoted(ElectionDriver d, String handle) {
        return d.view(Optional.of(w.a(handle))).me().hasVoted();
    }

    // --- secret ballots --------------------------------------------------------------------------

    @Test
    void everyRefusedBallotIsExplainedAndLeavesBoardRollAndVotersAsTheyWere() {
        UnionWorld.Ballot b = w.secretVoting("Refused ballots change nothing", START.plus(Duration.ofDays(3)),
                List.of("n6", "n7", "n8", "n9"));
        ElectionDriver d = b.driver();
        ElectionContext context = b.context();
        d.cast(w.a("n6"), d.ballot(context, b.keys().get("n6"), 0));
        Booth.PreparedBallot opened = d.ballot(context, b.keys().get("n8"), 1);
        d.challenge(w.a("n8"), opened);
        BallotState before = state(d);
        assertEquals(2, before.board().size());
        assertEquals(1, before.voted());

        // A ballot signed with a voting key that is not on the roll.
        Credential stranger = Credential.generate(d.random);
        RuleViolation outside = refused(RuleViolation.class, () -> w.elections.submit(w.a("n7"), d.id,
                SubmittedBallot.cast(ElectionDriver.ballotJson(d.ballot(context, stranger, 0)))));
        assertEquals("This ballot's voting key is not on the roll of \"Refused ballots change nothing\", so it "
                + "cannot be taken (protocol §8.5, roll check).", outside.getMessage());
        assertEquals(before, state(d));

        // A ballot whose selection proofs are valid proofs, but for the other options; properly signed.
        EncryptedBallot honest = d.ballot(context, b.keys().get("n7"), 0).ballot();
        EncryptedContest contest = honest.contests().get(0);
        List<RangeProof> proofs = new ArrayList<>(contest.selectionProofs());
        Collections.swap(proofs, 0, 2);
        EncryptedBallot unsigned = new EncryptedBallot(honest.election(), honest.credential(),
                List.of(new EncryptedContest(contest.selections(), proofs, contest.limitProof())), honest.signature());
        InvalidInput badSignature = refused(InvalidInput.class, () -> w.elections.submit(w.a("n7"), d.id,
                SubmittedBallot.cast(RecordCodec.ballot(unsigned))));
        assertTrue(badSignature.getMessage().contains("signature does not match its voting key"),
                badSignature.getMessage());
        assertEquals(before, state(d));

        ElectionDriver other = w.driver();
        other.prepare(w.a("stella"), UnionWorld.UNION, List.of(w.a("t1"), w.a("t2")), 2, START);
        other.ceremony();
        w.call(() -> {
            w.elections.register(w.a("n7"), other.id, Bytes.encode(b.keys().get("n7").publicKey().encode()));
            return w.elections.open(w.a("stella"), other.id);
        });
        EncryptedBallot forOther = other.ballot(other.context(), b.keys().get("n7"), 0).ballot();
        InvalidInput anotherElection = refused(InvalidInput.class, () -> w.elections.submit(w.a("n7"), d.id,
                SubmittedBallot.cast(RecordCodec.ballot(forOther))));
        assertEquals("This ballot was made for another election: its election hash is not this election's "
                + "(protocol §8.3, ballot binding check).", anotherElection.getMessage());
        assertEquals(before, state(d));

        // A voter forging their own ballot: proofs swapped, then signed with their own key.
        EncryptedBallot forged = resigned(context, b.keys().get("n9"), b.secrets().get("n9"), d);
        InvalidInput badProof = refused(InvalidInput.class, () -> w.elections.submit(w.a("n9"), d.id,
                SubmittedBallot.cast(RecordCodec.ballot(forged))));
        assertTrue(badProof.getMessage().startsWith("This ballot's proof for option '")
                && badProof.getMessage().endsWith("does not check (protocol §8.3, selection proof check)."),
                badProof.getMessage());
        assertEquals(before, state(d));

        Map<String, Object> garbled = RecordCodec.ballot(honest);
        garbled.put("contests", "yes please");
        InvalidInput unreadable = refused(InvalidInput.class, () -> w.elections.submit(w.a("n7"), d.id, SubmittedBallot.cast(garbled)));
        assertTrue(unreadable.getMessage().startsWith("This ballot cannot be read"), unreadable.getMessage());
        assertEquals(before, state(d));

        // A challenged (opened) ballot can never be cast afterwards.
        RuleViolation challenged = refused(RuleViolation.class, () -> w.elections.submit(w.a("n8"), d.id,
                SubmittedBallot.cast(ElectionDriver.ballotJson(opened))));
        assertTrue(challenged.getMessage().contains("challenged and opened, so it can never be cast"),
                challenged.getMessage());
        assertEquals(before, state(d));
        assertFalse(hasVoted(d, "n7"));
        assertFalse(hasVoted(d, "n8"));
        assertFalse(hasVoted(d, "n9"));

        // Refusals block nobody: the same voters then vote honestly.
        assertTrue(d.cast(w.a("n7"), d.ballot(context, b.keys().get("n7"), 1)).firstTime());
        assertTrue(d.cast(w.a("n8"), d.ballot(context, b.keys().get("n8"), 2)).firstTime());
        BallotState accepted = state(d);
        assertEquals(4, accepted.board().size());
        assertEquals(before.board(), accepted.board().subList(0, 2));
        assertEquals(3, accepted.voted());
        assertEquals(List.of(w.people.get("n9")), accepted.registeredNotVoted());

        // A late ballot, before and after the timer closed the vote.
        w.clock.set(START.plus(Duration.ofDays(3)).plusSeconds(1));
        RuleViolation late = refused(RuleViolation.class, () -> w.elections.submit(w.a("n9"), d.id,
                SubmittedBallot.cast(ElectionDriver.ballotJson(d.ballot(context, b.keys().get("n9"), 0)))));
        assertTrue(late.getMessage().contains("too late"), late.getMessage());
        assertEquals(accepted, state(d));
        assertTrue(w.call(() -> w.elections.advanceDue(w.clock.instant())) >= 1);
        RuleViolation closed = refused(RuleViolation.class, () -> w.elections.submit(w.a("n9"), d.id,
                SubmittedBallot.cast(ElectionDriver.ballotJson(d.ballot(context, b.keys().get("n9"), 0)))));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        BallotState afterClose = state(d);
        assertEquals(ElectionPhase.CLOSED, afterClose.phase());
        assertEquals(accepted.board(), afterClose.board());
        assertEquals(3, w.call(() -> w.elections.result(d.id)).ballotsCounted());
        assertFalse(hasVoted(d, "n9"));
    }

    /** A ballot of the voter's own whose proofs are swapped, then signed properly with the voter's key. */
    private static EncryptedBallot resigned(ElectionContext context, Credential voter, BigInteger secret,
                                            ElectionDriver d) {
        EncryptedBallot honest = d.ballot(context, voter, 0).ballot();
        EncryptedContest contest = honest.contests().get(0);
        List<RangeProof> proofs = new ArrayList<>(contest.selectionProofs());
        Collections.swap(proofs, 0, 1);
        EncryptedBallot unsigned = new EncryptedBallot(honest.election(), honest.credential(),
                List.of(new EncryptedContest(contest.selections(), proofs, contest.limitProof())), honest.signature());
        SchnorrProof signature = SchnorrProof.prove(context.extendedHash(), Tag.BALLOT_SIGNATURE,
                List.of(unsigned.digest(context.extendedHash())), secret, d.random);
        return new EncryptedBallot(honest.election(), honest.credential(), unsigned.contests(), signature);
    }

    @Test
    void aRevoteReplacesTheEarlierBallotTwoTabsAtOnceBothLandAndEachVoterCountsOnce() throws Exception {
        UnionWorld.Ballot b = w.secretVoting("Revotes count once", START.plus(Duration.ofDays(3)),
                List.of("n6", "n7", "n8"));
        ElectionDriver d = b.driver();
        ElectionContext context = b.context();
        // n6 votes yes, changes to no, and a retry of the 'no' answers the same entry.
        d.cast(w.a("n6"), d.ballot(context, b.keys().get("n6"), 0));
        Booth.PreparedBallot no = d.ballot(context, b.keys().get("n6"), 1);
        BallotReceipt first = d.cast(w.a("n6"), no);
        BallotReceipt retry = d.cast(w.a("n6"), no);
        assertFalse(retry.firstTime());
        assertEquals(first.seq(), retry.seq());
        assertEquals(first.code(), retry.code());
        assertEquals(2, state(d).board().size());

        // n7 has two tabs open and casts 'yes' in one and 'abstain' in the other at the same moment.
        List<Booth.PreparedBallot> tabs = List.of(d.ballot(context, b.keys().get("n7"), 0),
                d.ballot(context, b.keys().get("n7"), 2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BallotReceipt>> answers = new ArrayList<>();
        List<Tab> opened = List.of(new Tab(), new Tab());
        try {
            for (int i = 0; i < 2; i++) {
                Tab tab = opened.get(i);
                Booth.PreparedBallot ballot = tabs.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return tab.tx(() -> tab.service.submit(w.a("n7"), d.id, SubmittedBallot.cast(ElectionDriver.ballotJson(ballot))));
                }));
            }
            go.countDown();
            BallotReceipt yes = answers.get(0).get();
            BallotReceipt abstain = answers.get(1).get();
            assertTrue(yes.firstTime() && abstain.firstTime());
            assertEquals(List.of(3L, 4L), List.of(Math.min(yes.seq(), abstain.seq()), Math.max(yes.seq(),
                    abstain.seq())));
            int lastChoice = abstain.seq() > yes.seq() ? 2 : 0;

            BallotState voted = state(d);
            assertEquals(4, voted.board().size());
            assertEquals(2, voted.voted());
            assertEquals(List.of(w.people.get("n8")), voted.registeredNotVoted());

            w.call(() -> w.elections.close(w.a("stella"), d.id));
            d.decrypt(1, 3);
            ResultView result = w.call(() -> w.elections.result(d.id));
            assertEquals(2, result.ballotsCounted(), "two voters, four ballots: each voter counted once");
            List<Long> expected = new ArrayList<>(List.of(0L, 1L, 0L));
            expected.set(lastChoice, expected.get(lastChoice) + 1);
            assertEquals(expected, result.contests().get(0).counts(), "the last ballot of each voter counts");
            assertTrue(result.report().orElseThrow().passed());
        } finally {
            pool.shutdownNow();
            opened.forEach(t -> t.em.close());
        }
    }

    /** Another browser tab: a request on its own entity manager and service. */
    final class Tab {
        final EntityManager em = w.db.secondEntityManager();
        final DefaultElectionService service = new DefaultElectionService(TestDatabase.stores(em, w.clock), new JpaElections(em), w.published::add);

        <T> T tx(Supplier<T> work) {
            return TestDatabase.tx(em, work);
        }
    }

    @Test
    void aTrusteeSendingAWrongShareIsExcludedAndTheVotingKeysAlreadyRegisteredStay() {
        ElectionDriver d = w.driver();
        d.prepare(w.a("stella"), UnionWorld.UNION, List.of(w.a("t1"), w.a("t2"), w.a("t3")), 2, START);
        List<TrusteeAnnouncement> announcements = d.announceAll();
        List<EncryptedShare> all = new ArrayList<>();
        List<EncryptedShare> fromOne = d.trustees.get(0).sharesFor(announcements);
        d.sendShares(1, fromOne);
        all.addAll(fromOne);
        CeremonyView ceremony = w.call(() -> w.elections.ceremony(w.a("t1"), d.id));

        RuleViolation twice = refused(RuleViolation.class, () -> {
            w.elections.sendShares(w.a("t1"), d.id, ProtocolMessages.shares(ElectionDriver.sharesJson(fromOne)));
            return null;
        });
        assertEquals("You already sent your shares in this ceremony round.", twice.getMessage());
        InvalidInput notMine = refused(InvalidInput.class, () -> {
            w.elections.sendShares(w.a("t2"), d.id, ProtocolMessages.shares(ElectionDriver.sharesJson(fromOne)));
            return null;
        });
        assertEquals("A share is marked as from trustee 1, but you are trustee 2.", notMine.getMessage());
        assertEquals(ceremony, w.call(() -> w.elections.ceremony(w.a("t1"), d.id)));

        // Trustee 2 sends trustee 3 a share that does not match its commitments.
        for (Trustee t : d.trustees.subList(1, 3)) {
            List<EncryptedShare> shares = new ArrayList<>(t.sharesFor(announcements));
            if (t.index() == 2) {
                EncryptedShare right = shares.stream().filter(s -> s.to() == 3).findFirst().orElseThrow();
                byte[] ct = right.ciphertext();
                ct[0] ^= 1;
                shares.set(shares.indexOf(right), new EncryptedShare(2, 3, right.ephemeral(), ct, right.mac()));
            }
            all.addAll(shares);
            d.sendShares(t.index(), shares);
        }
        assertEquals(ElectionPhase.REGISTRATION, d.view(Optional.empty()).phase());
        Credential n6 = d.register(w.a("n6"));
        assertEquals(1, d.view(Optional.empty()).rollSize());

        List<ShareComplaint> complaints = d.trustees.get(2).receive(announcements, all);
        assertEquals(1, complaints.size());
        Map<String, Object> complaint = new TreeMap<>();
        complaint.put("from", (long) complaints.get(0).from());
        complaint.put("to", (long) complaints.get(0).to());
        complaint.put("sharedSecret", Bytes.encode(complaints.get(0).sharedSecret().encode()));
        complaint.put("proof", Bytes.encode(complaints.get(0).proof().encode()));
        String verdict = w.call(() -> w.elections.complain(w.a("t3"), d.id, ProtocolMessages.complaint(complaint)));
        assertEquals("Round 1: the share trustee 2 (Member t2) sent to trustee 3 is wrong (protocol §6.4); trustee 2 "
                + "is excluded. The key ceremony restarts (round 2) with 2 trustees.", verdict);

        ElectionView restarted = d.view(Optional.of(w.a("n6")));
        assertEquals(ElectionPhase.CEREMONY, restarted.phase());
        assertEquals(List.of("Member t1", "Member t3"), restarted.trustees().stream()
                .map(ElectionView.TrusteeView::displayName).toList());
        assertTrue(restarted.me().registered(), "the voting key registered before the restart stays");
        assertEquals(1, restarted.rollSize());

        d.ceremony();
        assertEquals(ElectionPhase.REGISTRATION, d.view(Optional.empty()).phase());
        w.call(() -> w.elections.open(w.a("stella"), d.id));
        assertTrue(d.cast(w.a("n6"), d.ballot(d.context(), n6, 0)).firstTime(),
                "the member votes with the key registered in round 1");
    }

    // --- the congress ----------------------------------------------------------------------------

    long weightOf(CongressView v, String handle) {
        return v.seats().stream().filter(s -> s.memberId().equals(w.people.get(handle).toString())).findFirst()
                .orElseThrow().weight();
    }

    @Test
    void aDelegateCannotVoteTwiceNorBeyondTheirWeightAndTheRollCallStaysAsItWas() {
        MotionId id = w.congressVoting("Weights are kept");
        CongressView opened = w.call(() -> w.congress.rollCall(w.a("stella"), id));
        long n4 = weightOf(opened, "n4");
        long n5 = weightOf(opened, "n5");
        long s1 = weightOf(opened, "s1");
        assertEquals(n4 + n5 + s1, opened.totalWeight());
        ProxyView proxy = w.call(() -> w.congress.giveProxy(w.a("n5"), new GiveProxy(w.people.get("s1").toString(),
                ProxyScope.ONE_VOTE, Optional.of(id.toString()), Optional.empty())));
        ProxyId pid = ProxyId.of(proxy.id());
        w.call(() -> w.congress.vote(w.a("n4"), id, Choice.FOR));
        CongressView before = w.call(() -> w.congress.rollCall(w.a("stella"), id));

        RuleViolation twice = refused(RuleViolation.class, () -> w.congress.vote(w.a("n4"), id, Choice.AGAINST));
        assertEquals("You already voted in this roll call.", twice.getMessage());
        RuleViolation more = refused(RuleViolation.class, () -> w.congress.voteByProxy(w.a("s1"), id, pid,
                Map.of(Choice.FOR, n5, Choice.AGAINST, 1L)));
        assertEquals("The parts add up to " + (n5 + 1) + ", more than the proxy's weight of " + n5 + ".",
                more.getMessage());
        RuleViolation less = refused(RuleViolation.class, () -> w.congress.voteByProxy(w.a("s1"), id, pid,
                Map.of(Choice.FOR, n5 - 1)));
        assertTrue(less.getMessage().contains("must add up to exactly the proxy's weight of " + n5),
                less.getMessage());
        InvalidInput negative = refused(InvalidInput.class, () -> w.congress.voteByProxy(w.a("s1"), id, pid,
                Map.of(Choice.FOR, n5 + 1, Choice.AGAINST, -1L)));
        assertEquals("A part of a proxy vote cannot be negative.", negative.getMessage());
        NotFound notHers = refused(NotFound.class, () -> w.congress.voteByProxy(w.a("n4"), id, pid,
                Map.of(Choice.FOR, n5)));
        assertEquals("You hold no proxy " + pid + ".", notHers.getMessage());
        AccessDenied noSeat = refused(AccessDenied.class, () -> w.congress.vote(w.a("n6"), id, Choice.AGAINST));
        assertTrue(noSeat.getMessage().startsWith("You hold no seat in this congress vote"), noSeat.getMessage());
        assertEquals(before, w.call(() -> w.congress.rollCall(w.a("stella"), id)));

        CongressView split = w.call(() -> w.congress.voteByProxy(w.a("s1"), id, pid,
                Map.of(Choice.FOR, n5 - 1, Choice.AGAINST, 1L)));
        assertEquals(n4 + n5 - 1, split.inFavour());
        RuleViolation used = refused(RuleViolation.class, () -> w.congress.voteByProxy(w.a("s1"), id, pid,
                Map.of(Choice.AGAINST, n5)));
        assertEquals("This proxy was already used in this roll call.", used.getMessage());
        assertEquals(split, w.call(() -> w.congress.rollCall(w.a("s1"), id)));

        // The giver votes after all: their own vote overrides the proxy's, and counts once.
        CongressView overridden = w.call(() -> w.congress.vote(w.a("n5"), id, Choice.AGAINST));
        assertEquals(n4, overridden.inFavour());
        assertEquals(n5, overridden.against());
        assertEquals(2, overridden.rollCall().stream().filter(CongressView.RollCallLine::overridden).count());

        CongressView closed = w.call(() -> w.congress.close(w.a("stella"), id));
        RuleViolation late = refused(RuleViolation.class, () -> w.congress.vote(w.a("s1"), id, Choice.FOR));
        assertEquals("This roll call is closed.", late.getMessage());
        assertEquals(closed, w.call(() -> w.congress.rollCall(w.a("stella"), id)));
        assertEquals(closed.outcome().orElseThrow(), w.call(() -> w.motions.motion(w.a("n6"), id)).status());
    }

    @Test
    void aProxyLoopIsRefusedAndTheProxiesGivenStayAsTheyWere() {
        MotionId id = w.congressVoting("No proxy loops");
        w.call(() -> w.congress.giveProxy(w.a("n4"), new GiveProxy(w.people.get("s1").toString(),
                ProxyScope.ONE_VOTE, Optional.of(id.toString()), Optional.empty())));
        Map<String, List<ProxyView>> before = new TreeMap<>();
        for (String h : List.of("n4", "n5", "s1")) {
            before.put(h, w.call(() -> w.congress.proxies(w.a(h))));
        }
        RuleViolation loop = refused(RuleViolation.class, () -> w.congress.giveProxy(w.a("s1"),
                new GiveProxy(w.people.get("n4").toString(), ProxyScope.ONE_VOTE, Optional.of(id.toString()),
                        Optional.empty())));
        assertEquals("This would make a proxy loop: the delegate you chose gave their own vote to you for this vote.",
                loop.getMessage());
        RuleViolation chain = refused(RuleViolation.class, () -> w.congress.giveProxy(w.a("n5"),
                new GiveProxy(w.people.get("n4").toString(), ProxyScope.ONE_VOTE, Optional.of(id.toString()),
                        Optional.empty())));
        assertTrue(chain.getMessage().contains("proxies go one step only"), chain.getMessage());
        RuleViolation passOn = refused(RuleViolation.class, () -> w.congress.giveProxy(w.a("s1"),
                new GiveProxy(w.people.get("n5").toString(), ProxyScope.ONE_VOTE, Optional.of(id.toString()),
                        Optional.empty())));
        assertEquals("You hold a proxy for this vote; a proxy holder cannot pass their vote on.",
                passOn.getMessage());
        RuleViolation self = refused(RuleViolation.class, () -> w.congress.giveProxy(w.a("n5"),
                new GiveProxy(w.people.get("n5").toString(), ProxyScope.ONE_VOTE, Optional.of(id.toString()),
                        Optional.empty())));
        assertEquals("A proxy goes to another delegate, not to yourself.", self.getMessage());
        for (String h : List.of("n4", "n5", "s1")) {
            assertEquals(before.get(h), w.call(() -> w.congress.proxies(w.a(h))), h + "'s proxies");
        }
        assertEquals(1, w.call(() -> w.congress.rollCall(w.a("s1"), id)).viewerProxies().size());
    }

    // --- motions ---------------------------------------------------------------------------------

    @Test
    void secondingOnesOwnMotionIsRefusedAndItsSecondsAndHistoryStayAsTheyWere() {
        MotionView drafted = w.call(() -> w.motions.propose(w.a("n8"), new ProposeMotion(MotionKind.BUDGET,
                MotionScope.UNION, UnionWorld.UNION, "Buy a shared mail server", "Up to 200 euros a year.")));
        MotionId id = MotionId.of(drafted.id());
        w.call(() -> w.motions.submit(w.a("n8"), id));
        MotionView before = w.call(() -> w.motions.motion(w.a("n8"), id));

        RuleViolation own = refused(RuleViolation.class, () -> w.motions.second(w.a("n8"), id));
        assertEquals("You cannot second your own motion; another member must.", own.getMessage());
        assertEquals(before, w.call(() -> w.motions.motion(w.a("n8"), id)));

        w.call(() -> w.motions.second(w.a("s3"), id));
        MotionView once = w.call(() -> w.motions.motion(w.a("n8"), id));
        RuleViolation again = refused(RuleViolation.class, () -> w.motions.second(w.a("s3"), id));
        assertEquals("You already seconded this motion.", again.getMessage());
        assertEquals(once, w.call(() -> w.motions.motion(w.a("n8"), id)));
        assertEquals(List.of("Member s3"), once.seconders());
        assertEquals(MotionStatus.SUBMITTED, once.status());
    }

    @Test
    void amendingAClosedMotionIsRefusedAndItsTextAndAmendmentsStayAsTheyWere() {
        MotionId withdrawn = w.seconded(MotionKind.BUDGET, "Rent a meeting room");
        w.call(() -> w.motions.openForAmendments(w.a("stella"), withdrawn));
        MotionView amendment = w.call(() -> w.motions.amend(w.a("s3"), withdrawn, "A cheaper room",
                "Rent a meeting room for at most 50 euros a month."));
        w.call(() -> w.motions.submit(w.a("s3"), MotionId.of(amendment.id())));
        w.call(() -> w.motions.withdraw(w.a("n6"), withdrawn));
        MotionView before = w.call(() -> w.motions.motion(w.a("s4"), withdrawn));
        assertEquals(MotionStatus.WITHDRAWN, before.status());
        assertEquals(1, before.amendments().size());
        RuleViolation closed = refused(RuleViolation.class, () -> w.motions.amend(w.a("s4"), withdrawn, "Too late",
                "Another text."));
        assertEquals("This motion is closed (withdrawn); it can no longer be amended.", closed.getMessage());
        assertEquals(before, w.call(() -> w.motions.motion(w.a("s4"), withdrawn)));

        MotionId carried = w.congressVoting("Pay for a legal hotline");
        for (String d : List.of("n4", "n5", "s1")) {
            w.call(() -> w.congress.vote(w.a(d), carried, Choice.FOR));
        }
        w.call(() -> w.congress.close(w.a("stella"), carried));
        MotionView decided = w.call(() -> w.motions.motion(w.a("s4"), carried));
        assertEquals(MotionStatus.CARRIED, decided.status());
        RuleViolation afterVote = refused(RuleViolation.class, () -> w.motions.amend(w.a("s4"), carried,
                "Change the hotline", "Pay for a legal hotline twice a week."));
        assertEquals("This motion is closed (carried); it can no longer be amended.", afterVote.getMessage());
        MotionView after = w.call(() -> w.motions.motion(w.a("s4"), carried));
        assertEquals(decided, after);
        assertEquals(decided.text(), after.text());
        assertTrue(w.call(() -> w.motionStores.motions().amendmentsOf(carried)).isEmpty());
    }
}
