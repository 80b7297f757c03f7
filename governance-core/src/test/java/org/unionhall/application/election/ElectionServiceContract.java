package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.DefaultPublicDirectory;
import org.unionhall.application.PublicUnionView;
import org.unionhall.application.Stores;
import org.unionhall.crypto.ballot.BallotBox;
import org.unionhall.crypto.ballot.BallotProblem;
import org.unionhall.crypto.ballot.BallotRefused;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.BoardStore;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.EncryptedContest;
import org.unionhall.crypto.ballot.MemoryBoard;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.RangeProof;
import org.unionhall.crypto.proof.SchnorrProof;
import org.unionhall.crypto.receipt.BoardKey;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.testsupport.TestDatabase;

/**
 * Secret member ballots on a real database seeded with the demo data, driven by ballot-crypto's
 * own trustee and booth roles: a whole election, and every abuse of ballot intake and of the key
 * ceremony that issue 4 lists. Subclasses pick H2 or PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ElectionServiceContract {
    static final Instant START = Instant.parse("2026-03-02T09:30:00Z");
    static final String CHAPTER = "moderators-europe";

    TestDatabase db;
    MovableClock clock;
    Stores stores;
    DefaultElectionService service;
    final List<ElectionPublished> published = new CopyOnWriteArrayList<>();

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase.Kind kind() {
        return database;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        published.clear(); // one instance serves both databases
        db = TestDatabase.of(kind());
        clock = new MovableClock(START);
        stores = db.stores(clock);
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        service = new DefaultElectionService(stores, new JpaElections(db.em()), published::add);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    ElectionDriver driver() {
        return new ElectionDriver(service, new ElectionDriver.Tx() {
            @Override
            public <T> T call(Supplier<T> work) {
                return db.tx(work);
            }
        });
    }

    Actor actor(String handle) {
        return new Actor(db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    /** Active members of the chapter, the demo accounts first. */
    List<Actor> chapterMembers() {
        String chapterId = db.tx(() -> stores.chapters().findBySlug(CHAPTER)).orElseThrow().id().toString();
        return db.tx(() -> db.em().createQuery("SELECT m.memberId FROM Membership m WHERE m.chapterId = :c "
                        + "AND m.status = :s ORDER BY m.memberId", String.class)
                .setParameter("c", chapterId).setParameter("s", MembershipStatus.ACTIVE).getResultList())
                .stream().map(id -> new Actor(MemberId.of(id))).toList();
    }

    /** An election of the chapter with trustees Yuki, Amara and Priya (t = 2), ceremony done. */
    ElectionDriver registering() {
        clock.set(START);
        ElectionDriver d = driver();
        d.prepare(actor("jonas"), CHAPTER, List.of(actor("yuki"), actor("amara"), actor("priya")), 2, clock.instant());
        d.ceremony();
        assertEquals(ElectionPhase.REGISTRATION, d.view(Optional.empty()).phase());
        return d;
    }

    record Voting(ElectionDriver driver, List<Actor> voters, List<Credential> credentials, ElectionContext context) {
    }

    Voting open(int voters) {
        ElectionDriver d = registering();
        List<Actor> members = chapterMembers().subList(0, voters);
        List<Credential> credentials = new ArrayList<>();
        members.forEach(m -> credentials.add(d.register(m)));
        db.tx(() -> service.open(actor("jonas"), d.id));
        return new Voting(d, members, credentials, d.context());
    }

    <T extends DomainException> T refused(Class<T> kind, Supplier<?> call) {
        DomainException e = assertThrows(DomainException.class, () -> db.tx(call));
        assertInstanceOf(kind, e, e.getMessage());
        return kind.cast(e);
    }

    long boardSize(ElectionDriver d) {
        return d.view(Optional.empty()).boardSize();
    }

    // --- the whole election ----------------------------------------------------------------------

    @Test
    void aWholeBallotIsCountedOncePerVoterPublishedAndItsRecordVerifies() throws IOException {
        Voting v = open(5);
        ElectionDriver d = v.driver();
        // Voter 0 challenges a ballot first (it is opened and never counted), then casts yes.
        Booth.PreparedBallot challenged = d.ballot(v.context(), v.credentials().get(0), 1);
        BallotReceipt c = d.challenge(v.voters().get(0), challenged);
        assertEquals(1, c.seq());
        List<BallotReceipt> answers = new ArrayList<>(List.of(c));
        answers.add(d.cast(v.voters().get(0), d.ballot(v.context(), v.credentials().get(0), 0)));
        // Voter 1 votes no, then changes their mind to yes: only the last ballot counts.
        answers.add(d.cast(v.voters().get(1), d.ballot(v.context(), v.credentials().get(1), 1)));
        answers.add(d.cast(v.voters().get(1), d.ballot(v.context(), v.credentials().get(1), 0)));
        answers.add(d.cast(v.voters().get(2), d.ballot(v.context(), v.credentials().get(2), 1)));
        answers.add(d.cast(v.voters().get(3), d.ballot(v.context(), v.credentials().get(3), 2)));
        BallotReceipt last = d.cast(v.voters().get(4), d.ballot(v.context(), v.credentials().get(4), 0));
        answers.add(last);
        assertEquals(7, last.seq());
        for (BallotReceipt a : answers) {
            Receipt receipt = Receipt.parse(a.signed().orElseThrow(() -> new AssertionError("no signed receipt")));
            assertEquals(a.seq(), receipt.seq());
            assertEquals(a.code(), Bytes.encode(receipt.code()));
            assertTrue(receipt.isFor(v.context().extendedHash()));
        }
        assertEquals(last.code(), db.tx(() -> service.findOnBoard(d.id, last.code())).orElseThrow().code());
        assertEquals(Map.of(3L, 4L), db.tx(() -> service.replacedOnBoard(d.id, 1, 7)),
                "voter 1's first ballot is replaced by their second; the challenged entry 1 is no revote");
        assertEquals(Map.of(), db.tx(() -> service.replacedOnBoard(d.id, 4, 7)));

        ElectionView mine = d.view(Optional.of(v.voters().get(1)));
        assertTrue(mine.me().registered() && mine.me().hasVoted() && mine.me().eligible());
        assertFalse(d.view(Optional.of(chapterMembers().get(6))).me().hasVoted());

        db.tx(() -> service.close(actor("jonas"), d.id));
        assertEquals(ElectionPhase.CLOSED, d.view(Optional.empty()).phase());
        // Trustee 2 of 3 is away: trustees 1 and 3 are enough (t = 2).
        d.decrypt(1, 3);

        ResultView result = db.tx(() -> service.result(d.id));
        assertEquals(ElectionPhase.PUBLISHED, result.phase());
        assertEquals(List.of(3L, 1L, 1L), result.contests().get(0).counts());
        assertEquals(5, result.ballotsCounted());
        assertEquals("5", result.turnout().text(), "five voters: shown whole");
        PublicUnionView.PublishedResult listed = db.tx(() -> new DefaultPublicDirectory(stores,
                new JpaElections(db.em())).page("fediverse-moderators")).results().stream()
                .filter(r -> r.electionId().equals(d.id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("the union's public page lists the published result"));
        assertEquals("Moderators Europe", listed.scopeName());
        assertEquals(result.publishedAt().orElseThrow(), listed.publishedAt());
        assertEquals(result.openedAt().orElseThrow().truncatedTo(ChronoUnit.SECONDS), result.openedAt().orElseThrow(),
                "the actual opening, to the second");
        assertFalse(result.closedAt().orElseThrow().isBefore(result.openedAt().orElseThrow()));
        assertTrue(result.eligibleBasis().orElseThrow().contains("when voting opened"), result.eligibleBasis()::get);
        assertTrue(result.report().orElseThrow().passed());
        assertEquals(17, result.report().orElseThrow().checks().size());
        assertTrue(result.report().orElseThrow().checks().stream().allMatch(ch -> ch.status().equals("PASSED")));

        ElectionPublished event = published.stream().filter(p -> p.electionId().equals(d.id)).findFirst().orElseThrow();
        assertEquals(List.of(3L, 1L, 1L), event.contests().get(0).counts());
        assertEquals(5, event.turnout());
        assertTrue(event.eligibleCount() >= 5);

        Path zip = Files.createTempFile("record", ".zip");
        Files.write(zip, db.tx(() -> service.recordZip(d.id)));
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            List<Verifier.ReceiptText> receipts = answers.stream()
                    .map(a -> new Verifier.ReceiptText("entry " + a.seq(), a.signed().orElseThrow())).toList();
            VerificationReport report = Verifier.verify(fs.getPath("/"), receipts);
            assertTrue(report.passed(), report.toString());
            assertEquals(List.of(), report.rejectedReceipts());
            assertEquals(7, report.check("V18").checked(), report.toString());
        } finally {
            Files.delete(zip);
        }

        List<AuditEntry> trail = db.tx(() -> stores.audit().ofChapter(
                stores.chapters().findBySlug(CHAPTER).orElseThrow().id(), 0, 500));
        List<String> phases = trail.stream().filter(a -> a.reason().contains(d.id.toString()))
                .map(a -> a.action() + ": " + a.detail()).toList();
        assertTrue(phases.stream().anyMatch(p -> p.startsWith(AuditAction.ELECTION_PREPARED.name())), phases::toString);
        assertTrue(phases.stream().filter(p -> p.startsWith(AuditAction.ELECTION_PHASE_CHANGED.name())).count() >= 4,
                phases::toString);
        // The publication is Unionhall's own step, and the trail says so rather than naming the founders.
        List<AuditEntry> published = trail.stream().filter(a -> a.reason().contains(d.id.toString())
                && a.detail().startsWith("Result published")).toList();
        assertEquals(1, published.size(), phases::toString);
        assertTrue(published.get(0).actor().isEmpty());
        assertEquals("Unionhall, automatically", published.get(0).action().actorWhenNobody());
    }

    /**
     * A receipt brought to the server is judged as V18 judges it (protocol §11.4), from the board
     * as it stands during voting: confirmed, or rejected as not this election's, or a named
     * contradiction of the board by the server's own signature.
     */
    @Test
    void aReceiptIsJudgedAgainstTheBoardSoFar() {
        Voting v = open(3);
        ElectionDriver d = v.driver();
        List<BallotReceipt> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(d.cast(v.voters().get(i), d.ballot(v.context(), v.credentials().get(i), i)));
        }
        String second = answers.get(1).signed().orElseThrow();
        ReceiptVerdict ok = db.tx(() -> service.checkReceipt(d.id, "  " + second + "\n"));
        assertEquals(ReceiptVerdict.Outcome.CONFIRMED, ok.outcome(), ok.reason());
        assertEquals(2, ok.seq().getAsLong());
        assertEquals(TrackingCodes.grouped(Bytes.decode(answers.get(1).code())), ok.code().orElseThrow());

        assertEquals(ReceiptVerdict.Outcome.FORGED, db.tx(() -> service.checkReceipt(d.id, tamperSignature(second)))
                .outcome());
        ReceiptVerdict garbage = db.tx(() -> service.checkReceipt(d.id, "my ballot was yes"));
        assertEquals(ReceiptVerdict.Outcome.UNREADABLE, garbage.outcome());
        assertTrue(garbage.reason().startsWith("unreadable, not a receipt: receipt check"), garbage.reason());

        // The server's own key signing what its board does not hold: a lost last ballot, a moved one.
        JpaElections store = new JpaElections(db.em());
        BoardKey key = BoardKey.fromSecret(Bytes.decode(db.tx(() -> store.find(d.id)).orElseThrow().boardSecret()
                .orElseThrow()));
        byte[] he = v.context().extendedHash();
        byte[] third = Bytes.decode(answers.get(2).code());
        Receipt lost = Receipt.sign(he, key, 4, BoardEntry.State.CAST, third, he, new SecureRandom());
        ReceiptVerdict missing = db.tx(() -> service.checkReceipt(d.id, lost.toJson()));
        assertEquals(ReceiptVerdict.Outcome.MISSING, missing.outcome());
        assertTrue(missing.reason().contains("(the board has 3 entries)"), missing.reason());
        byte[] digestOfThird = Bytes.decode(db.tx(() -> store.byCode(d.id, answers.get(2).code())).orElseThrow().digest());
        byte[] first = Bytes.decode(answers.get(0).code());
        Receipt atTwo = Receipt.sign(he, key, 2, BoardEntry.State.CAST, first,
                TrackingCodes.next(he, first, 2, BoardEntry.State.CAST, digestOfThird), new SecureRandom());
        ReceiptVerdict moved = db.tx(() -> service.checkReceipt(d.id, atTwo.toJson()));
        assertEquals(ReceiptVerdict.Outcome.MOVED, moved.outcome(), moved.reason());
        assertEquals(3, moved.foundAt().getAsLong());

        Voting other = open(1);
        BallotReceipt elsewhere = other.driver().cast(other.voters().get(0),
                other.driver().ballot(other.context(), other.credentials().get(0), 0));
        assertEquals(ReceiptVerdict.Outcome.OTHER_ELECTION,
                db.tx(() -> service.checkReceipt(d.id, elsewhere.signed().orElseThrow())).outcome());
    }

    /** The receipt with one character of its signature's challenge changed (it stays 48 bytes, v < q). */
    static String tamperSignature(String receipt) {
        int at = receipt.indexOf("\"signature\":\"") + "\"signature\":\"".length() + 2;
        return receipt.substring(0, at) + (receipt.charAt(at) == 'A' ? 'B' : 'A') + receipt.substring(at + 1);
    }

    // --- the board's store ------------------------------------------------------------------------

    /**
     * The database keeps the board as ballot-crypto's board rules expect of any store
     * (BoardStoreContract): the same ballots get the same codes as on a board in memory, and
     * what one transaction appended, the next finds by digest, with the receipt signed for it.
     */
    @Test
    void theDatabaseBoardKeepsTheStoreContractAcrossTransactions() {
        Voting v = open(2);
        ElectionContext context = v.context();
        Roll roll = new Roll(v.credentials().stream().map(c -> new RollEntry(c.publicKey(), 1)).toList());
        JpaElections elections = new JpaElections(db.em());
        Booth.PreparedBallot cast = v.driver().ballot(context, v.credentials().get(0), 0);
        Booth.PreparedBallot opened = v.driver().ballot(context, v.credentials().get(1), 1);
        BallotBox.CheckedBallot first = BallotBox.check(context, roll, cast.ballot());
        BallotBox.CheckedBallot second = BallotBox.check(context, roll, opened.ballot(), opened.opening());
        List<String> digests = List.of(Bytes.encode(first.digest()), Bytes.encode(second.digest()));
        byte[] genesis = db.tx(() -> Bytes.decode(elections.find(v.driver().id).orElseThrow().boardHead()
                .orElseThrow()));
        BallotBox inMemory = new BallotBox(context, roll, new MemoryBoard(genesis));
        List<BoardEntry> expected = List.of(inMemory.append(first), inMemory.append(second));

        List<BoardEntry> appended = db.tx(() -> {
            LockedBoard board = lockedBoard(elections, v, digests);
            assertEquals(0, board.size());
            assertArrayEquals(genesis, board.head());
            assertEquals(Optional.empty(), board.find(first.digest()));
            BallotBox box = new BallotBox(context, roll, board);
            List<BoardEntry> entries = List.of(box.append(first), box.append(second));
            board.write();
            return entries;
        });
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(expected.get(i).code(), appended.get(i).code());
        }

        db.tx(() -> {
            LockedBoard board = lockedBoard(elections, v, digests);
            assertEquals(2, board.size());
            assertArrayEquals(expected.get(1).code(), board.head());
            assertEquals(Optional.of(new BoardStore.Spent(1, BoardEntry.State.CAST)), board.find(first.digest()));
            assertEquals(Optional.of(new BoardStore.Spent(2, BoardEntry.State.CHALLENGED)),
                    board.find(second.digest()));
            Receipt receipt = Receipt.parse(board.line(first.digest()).orElseThrow().receipt().orElseThrow());
            Election e = elections.find(v.driver().id).orElseThrow();
            assertTrue(receipt.signatureValid(BoardKey.fromSecret(Bytes.decode(e.boardSecret().orElseThrow()))
                    .publicKey()));
            assertArrayEquals(expected.get(0).code(), receipt.code());
            BallotRefused replay = assertThrows(BallotRefused.class,
                    () -> new BallotBox(context, roll, board).append(first));
            assertEquals(BallotProblem.Kind.REPLAY, replay.problem().kind());
            assertEquals(2, board.size());
            return null;
        });
        assertEquals(2, boardSize(v.driver()));
    }

    private static LockedBoard lockedBoard(JpaElections elections, Voting v, List<String> digests) {
        Election e = elections.lock(v.driver().id).orElseThrow();
        return new LockedBoard(elections, e, digests, v.context().extendedHash(),
                e.boardSecret().map(secret -> BoardKey.fromSecret(Bytes.decode(secret))), new SecureRandom());
    }

    // --- ballot intake abuse ---------------------------------------------------------------------

    @Test
    void theSameBallotTwiceAnswersTheSameEntryAndIsNeverCountedTwice() {
        Voting v = open(2);
        ElectionDriver d = v.driver();
        Booth.PreparedBallot b = d.ballot(v.context(), v.credentials().get(0), 0);
        BallotReceipt first = d.cast(v.voters().get(0), b);
        BallotReceipt again = d.cast(v.voters().get(0), b);
        assertTrue(first.firstTime());
        assertFalse(again.firstTime());
        assertEquals(first.seq(), again.seq());
        assertEquals(first.code(), again.code());
        assertEquals(first.signed(), again.signed(), "a retry gets the very receipt the first answer gave");
        assertEquals(1, boardSize(d));
        // A challenged ballot can never be cast afterwards.
        Booth.PreparedBallot opened = d.ballot(v.context(), v.credentials().get(1), 1);
        d.challenge(v.voters().get(1), opened);
        RuleViolation e = refused(RuleViolation.class, () -> service.submit(v.voters().get(1), d.id,
                SubmittedBallot.cast(ElectionDriver.ballotJson(opened))));
        assertTrue(e.getMessage().contains("challenged"), e.getMessage());
        assertEquals(2, boardSize(d));
    }

    @Test
    void aBallotFromOutsideTheRollIsRefusedAndChangesNothing() {
        Voting v = open(2);
        ElectionDriver d = v.driver();
        Credential stranger = Credential.generate(d.random);
        RuleViolation e = refused(RuleViolation.class, () -> service.submit(v.voters().get(0), d.id,
                SubmittedBallot.cast(ElectionDriver.ballotJson(d.ballot(v.context(), stranger, 0)))));
        assertTrue(e.getMessage().contains("not on the roll") && e.getMessage().contains("§8.5"), e.getMessage());
        assertEquals(0, boardSize(d));
    }

    @Test
    void aBallotWhoseProofFailsIsRefusedNamingTheOption() {
        ElectionDriver d = registering();
        Actor voter = chapterMembers().get(0);
        BigInteger secret = Group.randomScalar(d.random);
        Credential credential = Credential.fromSecret(secret);
        db.tx(() -> {
            service.register(voter, d.id, Bytes.encode(credential.publicKey().encode()));
            return null;
        });
        db.tx(() -> service.open(actor("jonas"), d.id));
        ElectionContext context = d.context();
        EncryptedBallot honest = d.ballot(context, credential, 0).ballot();
        // Swap the proofs of 'yes' and 'no' (each valid, but for the other ciphertext) and sign
        // the result properly, so that only the selection proofs are wrong.
        EncryptedContest contest = honest.contests().get(0);
        List<RangeProof> proofs = new ArrayList<>(contest.selectionProofs());
        Collections.swap(proofs, 0, 1);
        EncryptedBallot unsigned = new EncryptedBallot(honest.election(), honest.credential(),
                List.of(new EncryptedContest(contest.selections(), proofs, contest.limitProof())), honest.signature());
        SchnorrProof signature = SchnorrProof.prove(context.extendedHash(), Tag.BALLOT_SIGNATURE,
                List.of(unsigned.digest(context.extendedHash())), secret, d.random);
        EncryptedBallot forged = new EncryptedBallot(honest.election(), honest.credential(), unsigned.contests(),
                signature);
        InvalidInput e = refused(InvalidInput.class, () -> service.submit(voter, d.id, SubmittedBallot.cast(RecordCodec.ballot(forged))));
        assertEquals("This ballot's proof for option 'yes' does not check (protocol §8.3, selection proof check).",
                e.getMessage());
        // Unsigned changes are caught by the signature.
        EncryptedBallot tampered = new EncryptedBallot(honest.election(), honest.credential(), unsigned.contests(),
                honest.signature());
        InvalidInput unsignedChange = refused(InvalidInput.class, () -> service.submit(voter, d.id,
                SubmittedBallot.cast(RecordCodec.ballot(tampered))));
        assertTrue(unsignedChange.getMessage().contains("§7.3, ballot signature check"), unsignedChange.getMessage());
        Map<String, Object> garbled = RecordCodec.ballot(honest);
        garbled.put("credential", "AAAA");
        InvalidInput unreadable = refused(InvalidInput.class, () -> service.submit(voter, d.id, SubmittedBallot.cast(garbled)));
        assertTrue(unreadable.getMessage().startsWith("This ballot cannot be read"), unreadable.getMessage());
        assertEquals(0, boardSize(d));
        assertTrue(d.cast(voter, d.ballot(context, credential, 0)).firstTime());
    }

    @Test
    void aBallotMadeForAnotherElectionIsRefused() {
        Voting a = open(1);
        Actor voter = a.voters().get(0);
        Credential shared = a.credentials().get(0);
        ElectionDriver other = registering();
        db.tx(() -> {
            service.register(voter, other.id, Bytes.encode(shared.publicKey().encode()));
            return null;
        });
        Map<String, Object> forA = ElectionDriver.ballotJson(a.driver().ballot(a.context(), shared, 0));
        RuleViolation notYet = refused(RuleViolation.class, () -> service.submit(voter, other.id, SubmittedBallot.cast(forA)));
        assertTrue(notYet.getMessage().contains("not yet open"), notYet.getMessage());
        db.tx(() -> service.open(actor("jonas"), other.id));
        // The same voting key is on both rolls, but the ballot is bound to election A.
        InvalidInput e = refused(InvalidInput.class, () -> service.submit(voter, other.id, SubmittedBallot.cast(forA)));
        assertTrue(e.getMessage().contains("another election") && e.getMessage().contains("binding check"),
                e.getMessage());
        assertEquals(0, boardSize(other));
    }

    @Test
    void aLateBallotIsRefusedAndTheBoardStaysAsItWas() {
        Voting v = open(2);
        ElectionDriver d = v.driver();
        d.cast(v.voters().get(0), d.ballot(v.context(), v.credentials().get(0), 0));
        clock.set(START.plus(Duration.ofHours(2)));
        RuleViolation late = refused(RuleViolation.class, () -> service.submit(v.voters().get(1), d.id,
                SubmittedBallot.cast(ElectionDriver.ballotJson(d.ballot(v.context(), v.credentials().get(1), 1)))));
        assertTrue(late.getMessage().contains("too late"), late.getMessage());
        assertTrue(db.tx(() -> service.advanceDue(clock.instant())) >= 1);
        assertEquals(ElectionPhase.CLOSED, d.view(Optional.empty()).phase());
        RuleViolation closed = refused(RuleViolation.class, () -> service.submit(v.voters().get(1), d.id,
                SubmittedBallot.cast(ElectionDriver.ballotJson(d.ballot(v.context(), v.credentials().get(1), 1)))));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        assertEquals(1, boardSize(d));
    }

    @Test
    void votingOpensAtItsInstantAndTheRollIsThenFrozen() {
        ElectionDriver d = registering();
        Actor first = chapterMembers().get(0);
        d.register(first);
        RuleViolation twice = refused(RuleViolation.class, () -> {
            service.register(first, d.id, Bytes.encode(
                    Credential.generate(d.random).publicKey().encode()));
            return null;
        });
        assertTrue(twice.getMessage().contains("already registered"), twice.getMessage());
        refused(AccessDenied.class, () -> service.open(actor("chloe"), d.id));
        clock.set(START.plus(Duration.ofMinutes(61)));
        assertTrue(db.tx(() -> service.advanceDue(clock.instant())) >= 1);
        ElectionView open = d.view(Optional.empty());
        assertEquals(ElectionPhase.OPEN, open.phase());
        assertEquals(1, open.rollSize());
        assertTrue(open.contextJson().isPresent());
        RuleViolation frozen = refused(RuleViolation.class, () -> {
            service.register(chapterMembers().get(1), d.id, Bytes.encode(
                    Credential.generate(d.random).publicKey().encode()));
            return null;
        });
        assertTrue(frozen.getMessage().contains("frozen"), frozen.getMessage());
        AccessDenied outsider = refused(AccessDenied.class, () -> {
            service.register(actor("diego"), d.id, "AAAA");
            return null;
        });
        assertTrue(outsider.getMessage().contains("Moderators Europe"), outsider.getMessage());
    }

    // --- who may call what ----------------------------------------------------------------------

    @Test
    void onlyStewardsPrepareABallotAndOnlyTheUnionsInsidersSeeItsElectionsCeremonyAndTrustees() {
        clock.set(START);
        PrepareElection request = new PrepareElection(SubjectKind.MOTION, "motion-authority", "Who may call this",
                CHAPTER, List.of(ContestSpec.yesNoAbstain("motion", "Adopt it?")), List.of(actor("chloe").memberId()),
                1, START.plus(Duration.ofHours(1)), START.plus(Duration.ofHours(2)));
        AccessDenied plain = assertThrows(AccessDenied.class, () -> db.tx(() -> service.prepare(actor("chloe"),
                request)));
        assertTrue(plain.getMessage().contains("Only a steward"), plain.getMessage());
        assertThrows(AccessDenied.class, () -> db.tx(() -> service.prepare(actor("lena"), request)),
                "a steward of another union");
        List<String> many = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "option " + i).toList();
        InvalidInput huge = assertThrows(InvalidInput.class, () -> db.tx(() -> service.prepare(actor("jonas"),
                new PrepareElection(SubjectKind.MOTION, "motion-huge", "Too many options", CHAPTER,
                        List.of(new ContestSpec("q", "Which?", "approval", many, 0, 51, 1)),
                        List.of(actor("chloe").memberId()), 1, START.plus(Duration.ofHours(1)),
                        START.plus(Duration.ofHours(2))))));
        assertTrue(huge.getMessage().contains("at most 50 options"), huge.getMessage());

        ElectionDriver d = driver();
        d.prepare(actor("jonas"), CHAPTER, List.of(actor("yuki"), actor("priya")), 2, clock.instant());
        for (String outsider : List.of("lena", "hana", "sam")) {
            assertThrows(AccessDenied.class, () -> db.tx(() -> service.elections(actor(outsider), CHAPTER)),
                    outsider + " lists the chapter's elections");
            assertThrows(AccessDenied.class, () -> db.tx(() -> service.ceremony(actor(outsider), d.id)),
                    outsider + " reads the ceremony");
            ElectionView seen = d.view(Optional.of(actor(outsider)));
            assertTrue(seen.trustees().stream().allMatch(t -> t.memberId().isEmpty() && t.displayName().isEmpty()),
                    outsider + " sees who the trustees are");
        }
        assertTrue(d.view(Optional.empty()).trustees().stream().allMatch(t -> t.displayName().isEmpty()));
        assertEquals(List.of("Yuki Tanaka", "Priya Raman"), d.view(Optional.of(actor("diego"))).trustees().stream()
                .map(ElectionView.TrusteeView::displayName).toList(), "a member of another chapter of the union");
        assertTrue(db.tx(() -> service.elections(actor("diego"), CHAPTER)).stream()
                .anyMatch(e -> e.id().equals(d.id.toString())));
        assertEquals(1, db.tx(() -> service.ceremony(actor("chloe"), d.id)).round());
    }

    // --- key ceremony abuse ----------------------------------------------------------------------

    @Test
    void aWrongShareIsAttributedAndTheCeremonyRestartsWithoutItsSender() {
        clock.set(START);
        ElectionDriver d = driver();
        d.prepare(actor("jonas"), CHAPTER, List.of(actor("yuki"), actor("amara"), actor("priya")), 2, clock.instant());
        List<TrusteeAnnouncement> announcements = d.announceAll();
        List<EncryptedShare> all = new ArrayList<>();
        for (Trustee t : d.trustees) {
            List<EncryptedShare> shares = new ArrayList<>(t.sharesFor(announcements));
            if (t.index() == 2) {
                EncryptedShare honest = shares.stream().filter(s -> s.to() == 3).findFirst().orElseThrow();
                byte[] ct = honest.ciphertext();
                ct[0] ^= 1;
                shares.set(shares.indexOf(honest), new EncryptedShare(2, 3, honest.ephemeral(), ct, honest.mac()));
            }
            all.addAll(shares);
            d.sendShares(t.index(), shares);
        }
        assertEquals(ElectionPhase.REGISTRATION, d.view(Optional.empty()).phase());
        List<ShareComplaint> complaints = d.trustees.get(2).receive(announcements, all);
        assertEquals(1, complaints.size());
        Map<String, Object> complaint = new java.util.TreeMap<>();
        complaint.put("from", (long) complaints.get(0).from());
        complaint.put("to", (long) complaints.get(0).to());
        complaint.put("sharedSecret", Bytes.encode(
                complaints.get(0).sharedSecret().encode()));
        complaint.put("proof", Bytes.encode(complaints.get(0).proof().encode()));

        // Only the trustee the share was sent to may complain.
        refused(InvalidInput.class, () -> service.complain(d.trusteeActorOf(1), d.id, ProtocolMessages.complaint(complaint)));
        String verdict = db.tx(() -> service.complain(d.trusteeActorOf(3), d.id, ProtocolMessages.complaint(complaint)));
        assertTrue(verdict.contains("trustee 2") && verdict.contains("Amara") && verdict.contains("restarts"), verdict);

        ElectionView restarted = d.view(Optional.of(actor("chloe")));
        assertEquals(ElectionPhase.CEREMONY, restarted.phase());
        assertEquals(2, restarted.ceremonyRound());
        assertEquals(List.of("Yuki Tanaka", "Priya Raman"),
                restarted.trustees().stream().map(ElectionView.TrusteeView::displayName).toList());
        refused(AccessDenied.class, () -> {
            service.announce(actor("amara"), d.id, ProtocolMessages.announcement(ElectionDriver.announcementJson(announcements.get(1))));
            return null;
        });
        // A message of the old round does not check against the new manifest.
        InvalidInput old = refused(InvalidInput.class, () -> {
            service.announce(actor("yuki"), d.id, ProtocolMessages.announcement(ElectionDriver.announcementJson(announcements.get(0))));
            return null;
        });
        assertTrue(old.getMessage().contains("§6.2"), old.getMessage());

        d.ceremony();
        assertEquals(ElectionPhase.REGISTRATION, d.view(Optional.empty()).phase());
        assertEquals(1, db.tx(() -> service.ceremony(actor("yuki"), d.id)).complaints().size());
    }

    @Test
    void aFalseComplaintExcludesItsAuthorAndCancelsWhenTooFewTrusteesRemain() {
        clock.set(START);
        ElectionDriver d = driver();
        d.prepare(actor("jonas"), CHAPTER, List.of(actor("yuki"), actor("priya")), 2, clock.instant());
        List<TrusteeAnnouncement> announcements = d.announceAll();
        List<EncryptedShare> all = new ArrayList<>();
        for (Trustee t : d.trustees) {
            List<EncryptedShare> shares = t.sharesFor(announcements);
            all.addAll(shares);
            d.sendShares(t.index(), shares);
        }
        EncryptedShare honest = all.stream().filter(s -> s.from() == 1 && s.to() == 2).findFirst().orElseThrow();
        Map<String, Object> complaint = new java.util.TreeMap<>();
        complaint.put("from", 1L);
        complaint.put("to", 2L);
        complaint.put("sharedSecret", Bytes.encode(honest.ephemeral().encode()));
        complaint.put("proof", Bytes.encode(new byte[48]));
        String verdict = db.tx(() -> service.complain(d.trusteeActorOf(2), d.id, ProtocolMessages.complaint(complaint)));
        assertTrue(verdict.contains("trustee 2") && verdict.contains("cancelled"), verdict);
        assertEquals(ElectionPhase.CANCELLED, d.view(Optional.empty()).phase());
    }

    // --- concurrency -----------------------------------------------------------------------------

    /** A second service on its own entity manager: another request, or another node. */
    final class Node {
        final EntityManager em = db.secondEntityManager();
        final Stores nodeStores = TestDatabase.stores(em, clock);
        final DefaultElectionService nodeService = new DefaultElectionService(nodeStores, new JpaElections(em),
                published::add);

        <T> T tx(Supplier<T> work) {
            return TestDatabase.tx(em, work);
        }
    }

    @Test
    void concurrentBallotsSerialiseAndTheSameBallotFromTwoTabsLandsOnce() throws Exception {
        Voting v = open(6);
        ElectionDriver d = v.driver();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            nodes.add(new Node());
        }
        Booth.PreparedBallot twice = d.ballot(v.context(), v.credentials().get(0), 0);
        List<Booth.PreparedBallot> others = new ArrayList<>();
        for (int i = 1; i < 6; i++) {
            others.add(d.ballot(v.context(), v.credentials().get(i), i % 3));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BallotReceipt>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Node node = nodes.get(i);
            Booth.PreparedBallot b = i < 2 || i >= 7 ? twice : others.get(i - 2);
            Actor voter = b == twice ? v.voters().get(0) : v.voters().get(i - 1);
            futures.add(pool.submit(() -> {
                go.await();
                return node.tx(() -> node.nodeService.submit(voter, d.id, SubmittedBallot.cast(ElectionDriver.ballotJson(b))));
            }));
        }
        go.countDown();
        List<BallotReceipt> receipts = new ArrayList<>();
        for (Future<BallotReceipt> f : futures) {
            receipts.add(f.get());
        }
        pool.shutdown();
        nodes.forEach(n -> n.em.close());

        List<BallotReceipt> ofTwice = List.of(receipts.get(0), receipts.get(1), receipts.get(7));
        assertEquals(1, new HashSet<>(ofTwice.stream().map(BallotReceipt::code).toList()).size());
        assertEquals(1, ofTwice.stream().filter(BallotReceipt::firstTime).count());
        assertEquals(6, boardSize(d));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), db.tx(() -> service.board(d.id, 1, 100)).stream()
                .map(BoardLineView::seq).toList());

        db.tx(() -> service.close(actor("jonas"), d.id));
        d.decrypt(2, 3);
        ResultView result = db.tx(() -> service.result(d.id));
        assertEquals(6, result.ballotsCounted());
        assertTrue(result.report().orElseThrow().passed());
    }

    /**
     * Transactions as the container gives them: each its own entity manager, reached through one
     * shared entity manager from whichever thread runs the transaction.
     */
    final class OwnTransactions implements OwnTransaction {
        private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
        final EntityManager em = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    EntityManager bound = current.get();
                    if (bound == null) {
                        throw new IllegalStateException("no transaction on this thread");
                    }
                    try {
                        return method.invoke(bound, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        @Override
        public <T> T run(Supplier<T> work) {
            EntityManager own = db.secondEntityManager();
            current.set(own);
            try {
                return TestDatabase.tx(own, work);
            } finally {
                current.remove();
                own.close();
            }
        }
    }

    @Test
    void ballotsArrivingTogetherAreAppendedInGroupsAndEachIsDurableBeforeItsAnswer() throws Exception {
        int voters = Math.min(chapterMembers().size(), 16);
        Voting v = open(voters);
        ElectionDriver d = v.driver();
        OwnTransactions own = new OwnTransactions();
        DefaultElectionService intake = new DefaultElectionService(TestDatabase.stores(own.em, clock),
                new JpaElections(own.em), published::add, own);
        // Every voter casts twice (the second ballot is a revote); the first voter's ballot also
        // arrives twice more at the same moment (a retry, a second tab); one ballot is challenged.
        List<Booth.PreparedBallot> ballots = new ArrayList<>();
        List<Actor> owners = new ArrayList<>();
        List<Boolean> challenges = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < voters; i++) {
                int choice = (i + round) % 3;
                ballots.add(d.ballot(v.context(), v.credentials().get(i), choice));
                owners.add(v.voters().get(i));
                challenges.add(false);
            }
        }
        Booth.PreparedBallot twice = ballots.get(0);
        for (int k = 0; k < 2; k++) {
            ballots.add(twice);
            owners.add(v.voters().get(0));
            challenges.add(false);
        }
        ballots.add(d.ballot(v.context(), v.credentials().get(1), 2));
        owners.add(v.voters().get(1));
        challenges.add(true);
        int distinct = 2 * voters + 1;

        ExecutorService pool = Executors.newFixedThreadPool(ballots.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BallotReceipt>> futures = new ArrayList<>();
        try (java.sql.Connection check = db.jdbc()) {
            for (int i = 0; i < ballots.size(); i++) {
                Booth.PreparedBallot b = ballots.get(i);
                Actor voter = owners.get(i);
                boolean challenge = challenges.get(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    BallotReceipt r = challenge
                            ? intake.submit(voter, d.id, SubmittedBallot.challenged(ElectionDriver.ballotJson(b),
                                    ElectionDriver.openingJson(b)))
                            : intake.submit(voter, d.id, SubmittedBallot.cast(ElectionDriver.ballotJson(b)));
                    // Answered, so already committed: another connection sees the entry.
                    synchronized (check) {
                        try (var q = check.prepareStatement("SELECT seq FROM election_board_entry "
                                + "WHERE election_id = ? AND code = ?")) {
                            q.setString(1, d.id.toString());
                            q.setString(2, r.code());
                            try (var rows = q.executeQuery()) {
                                assertTrue(rows.next(), "entry " + r.seq() + " was answered before its commit");
                                assertEquals(r.seq(), rows.getLong(1));
                            }
                        }
                    }
                    return r;
                }));
            }
            go.countDown();
            List<BallotReceipt> receipts = new ArrayList<>();
            for (Future<BallotReceipt> f : futures) {
                receipts.add(f.get());
            }
            pool.shutdown();

            List<BallotReceipt> ofTwice = List.of(receipts.get(0), receipts.get(2 * voters),
                    receipts.get(2 * voters + 1));
            assertEquals(1, new HashSet<>(ofTwice.stream().map(BallotReceipt::code).toList()).size());
            assertEquals(1, ofTwice.stream().filter(BallotReceipt::firstTime).count());
            assertEquals(distinct, new HashSet<>(receipts.stream().map(BallotReceipt::code).toList()).size());
            assertEquals(distinct, receipts.stream().filter(BallotReceipt::firstTime).count());
            assertTrue(intake.appendTransactions() < distinct,
                    "ballots arriving together share a transaction: " + intake.appendTransactions() + " for "
                            + distinct + " ballots");
        }
        assertEquals(distinct, boardSize(d));
        List<Long> seqs = db.tx(() -> service.board(d.id, 1, 1000)).stream().map(BoardLineView::seq).toList();
        List<Long> expected = new ArrayList<>();
        for (long s = 1; s <= distinct; s++) {
            expected.add(s);
        }
        assertEquals(expected, seqs);
        assertTrue(d.view(Optional.of(v.voters().get(voters - 1))).me().hasVoted());

        db.tx(() -> service.close(actor("jonas"), d.id));
        d.decrypt(1, 3);
        ResultView result = db.tx(() -> service.result(d.id));
        assertTrue(result.report().orElseThrow().passed());
        assertEquals(voters, result.ballotsCounted());
    }

    // --- trustee decryption abuse ----------------------------------------------------------------

    @Test
    void aPartialDecryptionThatDoesNotCheckIsRefused() {
        Voting v = open(1);
        ElectionDriver d = v.driver();
        d.cast(v.voters().get(0), d.ballot(v.context(), v.credentials().get(0), 2));
        db.tx(() -> service.close(actor("jonas"), d.id));
        ElectionDriver swapped = driver();
        swapped.follow(d.id, d.insider);
        swapped.trustees.addAll(List.of(d.trustees.get(1), d.trustees.get(0), d.trustees.get(2)));
        // Trustee 1 posts trustee 2's decryption under its own number: its proofs do not check.
        InvalidInput e = assertThrows(InvalidInput.class, () -> swapped.decrypt(1));
        assertTrue(e.getMessage().contains("§6.6"), e.getMessage());
        refused(AccessDenied.class, () -> {
            service.decrypt(actor("chloe"), d.id, new DecryptionShare(1, List.of()));
            return null;
        });
        d.decrypt(1, 2);
        assertEquals(List.of(0L, 0L, 1L), db.tx(() -> service.result(d.id)).contests().get(0).counts());
    }

    // --- privacy ---------------------------------------------------------------------------------

    /**
     * After a secret vote, every column of every table and every log line is searched for what
     * would reveal a choice: the plaintext selections, the nonces that open a cast ballot, a
     * voter next to an option, and a voter next to anything of their ballot (credential,
     * tracking code, ballot digest).
     */
    @Test
    void afterASecretVoteNoTableAndNoLogHoldsAChoiceOrLinksAVoterToABallot() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(new java.util.logging.SimpleFormatter().format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level level = root.getLevel();
        root.setLevel(java.util.logging.Level.ALL);
        root.addHandler(capture);
        try {
            Voting v = open(4);
            ElectionDriver d = v.driver();
            int[] choices = {0, 1, 2, 0};
            List<String> secrets = new ArrayList<>();
            List<List<String>> voterLinks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Booth.PreparedBallot b = d.ballot(v.context(), v.credentials().get(i), choices[i]);
                BallotReceipt r = d.cast(v.voters().get(i), b);
                for (BigInteger nonce : b.opening().nonces().get(0)) {
                    secrets.add(nonce.toString(16));
                    secrets.add(nonce.toString());
                    secrets.add(Bytes.encode(org.unionhall.crypto.group.Scalars.encode(nonce)));
                }
                voterLinks.add(List.of(Bytes.encode(v.credentials().get(i).publicKey().encode()), r.code(),
                        Bytes.encode(b.ballot().digest(v.context().extendedHash()))));
            }
            db.tx(() -> service.close(actor("jonas"), d.id));
            d.decrypt(1, 2);
            assertEquals(List.of(2L, 1L, 1L), db.tx(() -> service.result(d.id)).contests().get(0).counts());

            List<String> rows = allRows();
            assertTrue(rows.stream().anyMatch(r -> r.contains(d.id.toString())), "the search reads the election tables");
            List<String> selections = List.of("[1,0,0]", "[0,1,0]", "[0,0,1]", "1,0,0", "0,1,0", "0,0,1");
            for (String where : List.of("table", "log")) {
                List<String> lines = where.equals("table") ? rows : logged;
                for (String line : lines) {
                    for (String secret : secrets) {
                        assertFalse(line.contains(secret), () -> "a " + where + " holds a ballot's nonce: " + line);
                    }
                    for (String sel : selections) {
                        assertFalse(line.contains(sel), () -> "a " + where + " holds a plaintext selection: " + line);
                    }
                    for (int i = 0; i < 4; i++) {
                        String member = v.voters().get(i).memberId().toString();
                        if (!line.contains(member)) {
                            continue;
                        }
                        for (String link : voterLinks.get(i)) {
                            assertFalse(line.contains(link), () -> "a " + where + " links a voter to their ballot: "
                                    + line);
                        }
                        assertFalse(line.matches("(?s).*\\b(yes|abstain)\\b.*") || line.contains("\"no\""),
                                () -> "a " + where + " puts a voter next to an option: " + line);
                    }
                }
            }
            // "Has voted" is kept, and nothing else about the voter's ballot.
            assertTrue(d.view(Optional.of(v.voters().get(3))).me().hasVoted());
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }
    }

    /**
     * Columns holding a published result: counts per option of all ballots together (and the
     * verifier's words about them), public by design; a result of a one-ballot election from
     * another test would otherwise look like a plaintext selection.
     */
    static final java.util.Set<String> PUBLISHED_AGGREGATES = java.util.Set.of("result_json", "report_json");

    /** Every row of every table of the schema, as the text of all its columns but published results. */
    List<String> allRows() throws java.sql.SQLException {
        List<String> rows = new ArrayList<>();
        try (java.sql.Connection c = db.jdbc()) {
            String schema = c.getSchema();
            List<String> tables = new ArrayList<>();
            try (java.sql.ResultSet t = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (t.next()) {
                    tables.add(t.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.size() >= 10, tables::toString);
            for (String table : tables) {
                try (java.sql.Statement s = c.createStatement();
                     java.sql.ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int col = 1; col <= columns; col++) {
                            if (!PUBLISHED_AGGREGATES.contains(r.getMetaData().getColumnName(col).toLowerCase())) {
                                row.append(' ').append(r.getString(col));
                            }
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    /** A clock tests move by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("always UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
