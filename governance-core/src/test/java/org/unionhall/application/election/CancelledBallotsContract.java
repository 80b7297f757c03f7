package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.motion.CallElection;
import org.unionhall.application.motion.CancelledBallots;
import org.unionhall.application.motion.MotionEventView;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.motion.NominationView;
import org.unionhall.application.notification.NotificationView;
import org.unionhall.application.notification.Notifier;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.motion.ElectionMethod;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.motion.NominationId;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaCongressVotes;
import org.unionhall.infrastructure.persistence.JpaMotions;
import org.unionhall.infrastructure.persistence.JpaNominations;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaProxies;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.testsupport.TestDatabase;

/**
 * A secret ballot cancelled each way it can be (no voting key registered by the opening, no
 * ballot cast by the close, too few trustees left after a complaint in the key ceremony) ends its
 * motion or officer election: failed, the reason in plain words in its history and on its page,
 * every member of the union told once in the application and through the mail hook, and a second
 * run, or a second node running at the same moment, changes nothing more. Subclasses pick H2 or
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class CancelledBallotsContract {
    static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
    static final Duration VOTING = Duration.ofDays(3);
    static final String NO_KEY = "The secret ballot was cancelled: no member registered a voting key before voting "
            + "opened.";
    static final String NO_BALLOT = "The secret ballot was cancelled: voting closed without a single ballot cast, so "
            + "there was nothing to count.";
    static final String TOO_FEW_TRUSTEES = "The secret ballot was cancelled: a complaint in the key ceremony excluded "
            + "a trustee, and too few trustees remained to decrypt the result.";

    UnionWorld w;
    CancelledBallots cancelled;

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase.Kind kind() {
        return database;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void found() {
        w = new UnionWorld(kind(), START);
        cancelled = cancelledBallots(w.motionStores, w.elections, w.db.em(), Optional.empty());
    }

    @BeforeEach
    void rewind() {
        w.clock.set(START);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        w.close();
    }

    /** The step as the timer runs it on one node, writing mail to the outbox through the node's entity manager. */
    static CancelledBallots cancelledBallots(MotionStores stores, ElectionService elections, EntityManager em,
                                             Optional<CyclicBarrier> meetAtFirstRead) {
        ElectionService seen = meetAtFirstRead.map(b -> meetingAtFirstRead(elections, b)).orElse(elections);
        return new CancelledBallots(stores, new Notifier(stores.core(), stores.notifications(), new JpaOutbox(em),
                new JpaMailPreferences(em)),
                new BallotBox(Optional.of(seen)));
    }

    /**
     * The real election service, except that the first read of an election waits until the other
     * node reached its own first read too: both nodes have then loaded the motion as still open,
     * and neither has written anything yet.
     */
    static ElectionService meetingAtFirstRead(ElectionService real, CyclicBarrier barrier) {
        AtomicBoolean met = new AtomicBoolean();
        return (ElectionService) Proxy.newProxyInstance(ElectionService.class.getClassLoader(),
                new Class<?>[] {ElectionService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("view") && !met.getAndSet(true)) {
                        barrier.await(60, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    int run() {
        return w.call(cancelled::endDue);
    }

    MotionView motion(MotionId id) {
        return w.call(() -> w.motions.motion(w.a("n6"), id));
    }

    List<NotificationView> told(String handle, NotificationKind kind, MotionId motion) {
        return w.call(() -> w.notifications.notifications(w.a(handle), 0, 100)).items().stream()
                .filter(n -> n.kind() == kind && n.motionId().equals(motion.toString())).toList();
    }

    List<UnionWorld.Mail> mailed(String handle, String text) {
        return w.mails().stream().filter(m -> m.to().equals(handle + "@abuse.example")
                && m.subject().equals("Unionhall: a result was published") && m.text().startsWith(text)).toList();
    }

    ElectionPhase phase(MotionView m) {
        return w.call(() -> w.elections.view(Optional.empty(), ElectionId.of(m.electionId().orElseThrow()))).phase();
    }

    /** The state a second run must leave exactly as it found it. */
    record Snapshot(MotionView motion, List<List<NotificationView>> notifications, int mails) {
    }

    Snapshot snapshot(MotionId id) {
        List<List<NotificationView>> all = new ArrayList<>();
        for (String h : w.everyone()) {
            all.add(w.call(() -> w.notifications.notifications(w.a(h), 0, 100)).items().stream()
                    .filter(n -> n.motionId().equals(id.toString())).toList());
        }
        return new Snapshot(motion(id), all, w.mails().size());
    }

    /**
     * The motion failed with the reason as its decision note and the last line of its history,
     * and every member of the union was told once, in the application and by mail.
     */
    void assertEnded(MotionId id, String title, String note) {
        MotionView m = motion(id);
        assertEquals(MotionStatus.FAILED, m.status());
        assertEquals(Optional.of(note), m.decisionNote());
        assertEquals(Optional.empty(), m.result(), "nothing was counted, so no figures are shown");
        MotionEventView last = m.history().get(m.history().size() - 1);
        assertEquals("Failed. " + note, last.what());
        assertEquals("", last.actorName(), "ended by rule, not by a person");
        assertEquals(1, m.history().stream().filter(e -> e.what().startsWith("Failed.")).count());
        String message = "\"" + title + "\" failed. " + note;
        for (String h : w.everyone()) {
            List<NotificationView> result = told(h, NotificationKind.RESULT_PUBLISHED, id);
            assertEquals(1, result.size(), "every member of the union hears that it ended: " + h);
            assertEquals(message, result.get(0).message());
            assertEquals(1, mailed(h, message).size(), "the mail hook carried it to " + h);
        }
    }

    void assertSecondRunChangesNothing(MotionId id) {
        Snapshot before = snapshot(id);
        assertEquals(0, run(), "nothing left to end");
        w.clock.set(w.clock.instant().plus(Duration.ofMinutes(1)));
        assertEquals(0, run(), "nothing left to end a minute later either");
        assertEquals(before, snapshot(id));
    }

    /** A general motion proposed by n6, seconded, and scheduled to open in an hour. */
    MotionView scheduled(String title) {
        MotionId id = w.seconded(MotionKind.GENERAL, title);
        return w.call(() -> w.motions.schedule(w.a("stella"), id, Optional.of(START.plus(Duration.ofHours(1))),
                Optional.of(START.plus(VOTING))));
    }

    ElectionDriver driverOf(MotionView m) {
        ElectionDriver d = w.driver();
        d.follow(ElectionId.of(m.electionId().orElseThrow()), w.a("stella"));
        return d;
    }

    @Test
    void aBallotWithNoBallotCastByTheCloseEndsTheMotionInItsVote() {
        UnionWorld.Ballot b = w.secretVoting("Nobody votes on this", START.plus(VOTING), List.of("n6", "n7", "s2"));
        w.clock.set(START.plus(VOTING).plusSeconds(30));
        w.call(() -> w.elections.advanceDue(w.clock.instant()));
        MotionView before = motion(b.motion());
        assertEquals(ElectionPhase.CANCELLED, phase(before));
        assertEquals(MotionStatus.VOTING, before.status(), "until the step runs, the motion still waits");

        assertTrue(run() >= 1);
        assertEnded(b.motion(), "Nobody votes on this", NO_BALLOT);
        assertSecondRunChangesNothing(b.motion());
    }

    @Test
    void aBallotWithNoVotingKeyByTheOpeningEndsTheScheduledMotionBeforeItIsAnnouncedAsOpen() {
        MotionView m = scheduled("Nobody registers for this");
        MotionId id = MotionId.of(m.id());
        driverOf(m).ceremony();
        w.clock.set(START.plus(Duration.ofHours(1)).plusSeconds(30));
        w.call(() -> w.elections.advanceDue(w.clock.instant()));
        assertEquals(ElectionPhase.CANCELLED, phase(motion(id)));
        assertEquals(MotionStatus.SCHEDULED, motion(id).status());

        // The minute's steps in the timer's order: cancelled ballots first, then due openings.
        assertTrue(run() >= 1);
        w.call(w.motions::advanceDue);
        assertEnded(id, "Nobody registers for this", NO_KEY);
        for (String h : w.everyone()) {
            assertTrue(told(h, NotificationKind.VOTE_OPENED, id).isEmpty(), "no vote was announced to " + h);
        }
        assertSecondRunChangesNothing(id);
    }

    /** Trustee {@code by} falsely complains about the honest share trustee {@code about} sent them. */
    String falseComplaint(ElectionDriver d, List<EncryptedShare> shares, int about, int by) {
        EncryptedShare honest = shares.stream().filter(s -> s.from() == about && s.to() == by).findFirst()
                .orElseThrow();
        Map<String, Object> complaint = new TreeMap<>();
        complaint.put("from", (long) about);
        complaint.put("to", (long) by);
        complaint.put("sharedSecret", Bytes.encode(honest.ephemeral().encode()));
        complaint.put("proof", Bytes.encode(new byte[48]));
        Actor author = d.trusteeActorOf(by);
        return w.call(() -> w.elections.complain(author, d.id, ProtocolMessages.complaint(complaint)));
    }

    /** Every trustee of the current round announces and sends honest shares. */
    List<EncryptedShare> honestRound(ElectionDriver d) {
        List<TrusteeAnnouncement> announcements = d.announceAll();
        List<EncryptedShare> all = new ArrayList<>();
        for (Trustee t : d.trustees) {
            List<EncryptedShare> shares = t.sharesFor(announcements);
            all.addAll(shares);
            d.sendShares(t.index(), shares);
        }
        return all;
    }

    @Test
    void aComplaintLeavingTooFewTrusteesEndsTheScheduledMotionButARestartedCeremonyDoesNot() {
        MotionView m = scheduled("The trustees fall out");
        MotionId id = MotionId.of(m.id());
        ElectionDriver d = driverOf(m);

        String restarted = falseComplaint(d, honestRound(d), 1, 2);
        assertTrue(restarted.contains("restarts"), restarted);
        assertEquals(ElectionPhase.CEREMONY, phase(motion(id)));
        run();
        assertEquals(MotionStatus.SCHEDULED, motion(id).status(), "two trustees of the three remain: the ballot goes on");
        for (String h : w.everyone()) {
            assertTrue(told(h, NotificationKind.RESULT_PUBLISHED, id).isEmpty(), h);
        }

        String verdict = falseComplaint(d, honestRound(d), 1, 2);
        assertTrue(verdict.contains("cancelled"), verdict);
        assertEquals(ElectionPhase.CANCELLED, phase(motion(id)));
        assertTrue(run() >= 1);
        assertEnded(id, "The trustees fall out", TOO_FEW_TRUSTEES);
        assertSecondRunChangesNothing(id);
    }

    @Test
    void anOfficerElectionWhoseBallotWasCancelledElectsNobody() {
        MotionView call = w.call(() -> w.motions.callElection(w.a("n6"), new CallElection(MotionScope.UNION,
                UnionWorld.UNION, "Treasurer", "Keeps the union's books.", ElectionMethod.ONE_OF_N, 1)));
        MotionId id = MotionId.of(call.id());
        for (String candidate : List.of("s3", "n8")) {
            NominationView n = w.call(() -> w.motions.nominate(w.a("n6"), id, w.people.get(candidate)));
            w.call(() -> w.motions.acceptNomination(w.a(candidate), NominationId.of(n.id()),
                    "I kept the books of my server for years."));
        }
        w.call(() -> w.motions.submit(w.a("n6"), id));
        w.call(() -> w.motions.second(w.a("n7"), id));
        w.call(() -> w.motions.second(w.a("s2"), id));
        MotionView m = w.call(() -> w.motions.schedule(w.a("stella"), id, Optional.of(START.plus(Duration.ofHours(1))),
                Optional.of(START.plus(VOTING))));
        driverOf(m).ceremony();
        w.clock.set(START.plus(Duration.ofHours(2)));
        w.call(() -> w.elections.advanceDue(w.clock.instant()));
        w.call(w.motions::advanceDue);
        assertEquals(MotionStatus.SCHEDULED, motion(id).status(), "a motion opens with its ballot, never before");
        assertEquals(ElectionPhase.CANCELLED, phase(motion(id)));

        assertTrue(run() >= 1);
        assertEnded(id, "Treasurer", "Nobody elected. " + NO_KEY);
        assertSecondRunChangesNothing(id);
    }

    /** Another node: its own entity manager, repositories, services and transactions on the same database. */
    final class Node implements AutoCloseable {
        final EntityManager em = w.db.secondEntityManager();
        final CancelledBallots step;

        Node(CyclicBarrier barrier) {
            Stores stores = TestDatabase.stores(em, w.clock);
            MotionStores motionStores = new MotionStores(stores, new JpaBylawsBook(em), new JpaMotions(em),
                    new JpaNominations(em), new JpaCongressVotes(em), new JpaProxies(em), new JpaNotifications(em));
            step = cancelledBallots(motionStores, new DefaultElectionService(stores, new JpaElections(em), p -> {
            }), em, Optional.of(barrier));
        }

        <T> T tx(Supplier<T> work) {
            return TestDatabase.tx(em, work);
        }

        @Override
        public void close() {
            em.close();
        }
    }

    @Test
    void twoNodesEndingTheSameMotionAtOnceTellTheMembersOnce() throws InterruptedException, TimeoutException {
        UnionWorld.Ballot b = w.secretVoting("Two nodes see it at once", START.plus(VOTING), List.of("n6"));
        w.clock.set(START.plus(VOTING).plusSeconds(30));
        w.call(() -> w.elections.advanceDue(w.clock.instant()));
        assertEquals(ElectionPhase.CANCELLED, phase(motion(b.motion())));

        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Node first = new Node(barrier); Node second = new Node(barrier)) {
            List<Future<Integer>> runs = List.of(pool.submit(() -> first.tx(first.step::endDue)),
                    pool.submit(() -> second.tx(second.step::endDue)));
            int succeeded = 0;
            List<Throwable> failures = new ArrayList<>();
            for (Future<Integer> run : runs) {
                try {
                    assertEquals(1, run.get(120, TimeUnit.SECONDS));
                    succeeded++;
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertEquals(1, succeeded, "exactly one node ends the motion; the other failed with " + failures);
            assertEquals(1, failures.size());
            assertFalse(failures.get(0) instanceof UndeclaredThrowableException,
                    "both nodes read the motion before either wrote: " + failures.get(0));
            assertInstanceOf(RuntimeException.class, failures.get(0), "the losing node's transaction rolled back");
        } finally {
            pool.shutdownNow();
        }

        MotionView m = motion(b.motion());
        assertEquals(MotionStatus.FAILED, m.status());
        assertEquals(1, m.history().stream().filter(e -> e.what().startsWith("Failed.")).count());
        for (String h : w.everyone()) {
            assertEquals(1, told(h, NotificationKind.RESULT_PUBLISHED, b.motion()).size(), "told once: " + h);
        }
        assertEquals(0, run(), "and a later run finds nothing left");
    }
}
