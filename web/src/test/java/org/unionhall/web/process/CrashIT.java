package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Members;

/**
 * Issues 8 and 11: an answer that says a write was accepted is true after a crash. Members cast
 * ballots into a secret ballot from many threads while delegates vote in congress roll calls,
 * members second motions and the treasurers of both demo unions record linked batches of
 * transfers ({@link Treasurers}); the server is killed with {@code kill -9} at random moments
 * three times and restarted on the same data each time. Then every ballot answered 201 is on the
 * board at the sequence number its answer named with the same tracking code, every acknowledged
 * roll-call vote is in the closed roll call, every acknowledged second is on its motion, and the
 * downloaded election record passes every check of the verifier; every leg of every batch
 * answered 201 is in its ledger as the answer named it, every batch whose answer never came is
 * there whole or not at all, the books verify, and each acknowledged batch sent again is answered
 * 200 with its first rows and writes nothing. Then the running server is backed up with
 * {@code ./unionhall backup} and restored into a fresh installation, which must show the same.
 * Once on the embedded H2 default, once on PostgreSQL.
 */
class CrashIT {
    private static final List<String> VOTERS = List.of("amara", "jonas", "priya", "mateo", "kwame", "fatima", "yuki",
            "chloe", "marta");
    private static final List<List<String>> SECONDERS = List.of(List.of("mateo", "Mateo García"),
            List.of("yuki", "Yuki Tanaka"));
    private static final int KILLS = 3;
    private static final int ROLL_CALLS = 16;
    private static final int MOTIONS = 24;
    /** Between two batches of one treasurer's thread: the books keep moving without crowding out the voters. */
    private static final int BATCH_PAUSE_MILLIS = 100;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgementSurvivesKillNineAndABackupRestoresOnTheEmbeddedDatabase() throws Exception {
        crashAndCheck(Installation.h2(dir.resolve("crashed")), Installation.h2(dir.resolve("restored")));
    }

    @Test
    void everyAcknowledgementSurvivesKillNineAndABackupRestoresOnPostgreSql() throws Exception {
        try (TestPostgres.Database crashed = TestPostgres.create("crash");
             TestPostgres.Database restored = TestPostgres.create("restored")) {
            crashAndCheck(Installation.postgres(dir.resolve("crashed"), crashed),
                    Installation.postgres(dir.resolve("restored"), restored));
        }
    }

    /**
     * An acknowledged ballot: the sequence number, tracking code and signed receipt its 201 answer
     * gave, and when it came.
     */
    private record Cast(long seq, String code, String receipt, long answeredAt) {
    }

    /** An acknowledged step on a motion: who, which motion, what (a vote's choice, or "second"). */
    private record Step(String who, String motionId, String what, long answeredAt) {
    }

    /**
     * The crash test on one installation, then issue 8's backup test: {@code ./unionhall backup} of
     * the running server, {@code ./unionhall restore} into a fresh installation, which then shows
     * every member, motion and ballot as the first did, and whose election record still verifies.
     */
    private void crashAndCheck(Installation installation, Installation fresh) throws Exception {
        long began = System.nanoTime();
        ServerProcess server = installation.start();
        List<Long> startSeconds = new ArrayList<>(List.of((System.nanoTime() - began) / 1_000_000_000L));
        try {
            String readiness = server.readiness();
            assertTrue(readiness.contains("\"writeDelay\":\"0\"") || readiness.contains("\"synchronousCommit\":\"on\""),
                    "the database commits durably: " + readiness);
            Members members = new Members(new Api(server.url()));
            SecretBallot ballot = SecretBallot.opened(members, "Survive a crash", VOTERS);
            Motions motions = new Motions(members);
            List<String> rollCalls = new ArrayList<>();
            for (int i = 0; i < ROLL_CALLS; i++) {
                rollCalls.add(motions.inCongressVote("roll call " + i));
            }
            List<String> submitted = new ArrayList<>();
            for (int i = 0; i < MOTIONS; i++) {
                submitted.add(motions.submitted("motion " + i));
            }
            long opening = System.nanoTime();
            Treasurers treasurers = Treasurers.atWork(members);
            long ledgerSetupMillis = (System.nanoTime() - opening) / 1_000_000L;

            long setupSeconds = (System.nanoTime() - began) / 1_000_000_000L - startSeconds.get(0);
            Load load = new Load(ballot, motions, rollCalls, submitted, treasurers);
            long loading = System.nanoTime();
            load.start();
            List<Long> kills = new ArrayList<>();
            for (int k = 0; k < KILLS; k++) {
                load.awaitCasts(25 + ThreadLocalRandom.current().nextInt(40));
                Thread.sleep(ThreadLocalRandom.current().nextInt(1500));
                load.up = false;
                kills.add(System.nanoTime());
                server.kill9();
                long restart = System.nanoTime();
                server = installation.start();
                startSeconds.add((System.nanoTime() - restart) / 1_000_000_000L);
                load.up = true;
            }
            load.awaitCasts(25);
            load.stop();
            long loadSeconds = (System.nanoTime() - loading) / 1_000_000_000L - startSeconds.stream().skip(1)
                    .mapToLong(Long::longValue).sum();

            Map<Long, String> board = ballot.board();
            List<Cast> casts = new ArrayList<>(load.casts);
            for (Cast c : casts) {
                assertEquals(c.code(), board.get(c.seq()), "the ballot answered 201 at seq " + c.seq()
                        + " is on the board there with its code");
            }
            List<Step> steps = new ArrayList<>(load.steps);
            for (String id : submitted) {
                List<String> seconders = motions.seconders(id);
                steps.stream().filter(s -> s.motionId().equals(id) && s.what().equals("second"))
                        .forEach(s -> assertTrue(seconders.contains(s.who()), s + " is on the motion: " + seconders));
            }
            for (String id : rollCalls) {
                List<String> lines = motions.closeRollCall(id);
                steps.stream().filter(s -> s.motionId().equals(id) && !s.what().equals("second"))
                        .forEach(s -> assertTrue(lines.contains(s.who() + "|" + s.what()), s + " is in the roll call: "
                                + lines));
            }
            ballot.closeAndDecrypt();
            // Every receipt is proof against the record: a ballot the server dropped would fail V18.
            List<Verifier.ReceiptText> receipts = casts.stream()
                    .map(c -> new Verifier.ReceiptText("ballot at seq " + c.seq(), c.receipt())).toList();
            VerificationReport report = SecretBallot.verifyRecord(members, ballot.id, dir.resolve("record"), receipts);
            assertTrue(report.passed(), "the record verifies: " + report);
            assertEquals(List.of(), report.rejectedReceipts(), "every receipt is signed by the board key");
            assertEquals(casts.size(), report.check("V18").checked(), "every receipt was judged");

            long checking = System.nanoTime();
            int whole = treasurers.check(members, true);
            long ledgerCheckMillis = (System.nanoTime() - checking) / 1_000_000L;
            List<Treasurers.Acknowledged> batches = new ArrayList<>(treasurers.acknowledged);

            long secondsSteps = steps.stream().filter(s -> s.what().equals("second")).count();
            System.out.printf("crash test: %d kills; %d ballots acknowledged (%d within 500 ms before a kill), "
                            + "board %d entries, %d unanswered; %d roll-call votes and %d seconds acknowledged "
                            + "(%d steps within 500 ms before a kill); record and %d receipts: every check passed%n",
                    KILLS, casts.size(), casts.stream().filter(c -> justBefore(c.answeredAt(), kills)).count(),
                    board.size(), load.unanswered.get(), steps.size() - secondsSteps, secondsSteps,
                    steps.stream().filter(s -> justBefore(s.answeredAt(), kills)).count(), casts.size());
            System.out.printf("crash test: %d linked batches acknowledged (%d within 500 ms before a kill), %d "
                            + "unanswered of which %d were recorded whole; ledgers opened in %d ms, checked and every "
                            + "batch sent again in %d ms%n", batches.size(), batches.stream()
                            .filter(b -> justBefore(b.answeredAt(), kills)).count(), treasurers.unanswered.size(),
                    whole, ledgerSetupMillis, ledgerCheckMillis);
            System.out.printf("crash test: starts took %s s, setup %d s, load between the starts %d s, all %d s%n",
                    startSeconds, setupSeconds, loadSeconds, (System.nanoTime() - began) / 1_000_000_000L);
            assertTrue(casts.size() >= KILLS * 25 && steps.size() > 0 && !batches.isEmpty(), "the load ran");

            Map<String, String> before = Snapshot.of(members, ballot.id);
            Path backup = dir.resolve("unionhall.backup");
            Launcher.run(installation, "backup", backup.toString());
            server.close();
            Launcher.run(fresh, "restore", backup.toString());
            try (ServerProcess restored = fresh.start()) {
                Members again = new Members(new Api(restored.url()));
                Map<String, String> after = Snapshot.of(again, ballot.id);
                assertEquals(before.keySet(), after.keySet());
                before.forEach((what, json) -> assertEquals(json, after.get(what), what + " after the restore"));
                VerificationReport restoredRecord = SecretBallot.verifyRecord(again, ballot.id,
                        dir.resolve("restored-record"), receipts);
                assertTrue(restoredRecord.passed(), "the restored record verifies with every receipt: " + restoredRecord);
                assertEquals(List.of(), restoredRecord.rejectedReceipts());
                treasurers.check(again, true);
            }
        } finally {
            server.close();
        }
    }

    private static boolean justBefore(long answeredAt, List<Long> kills) {
        return kills.stream().anyMatch(k -> answeredAt <= k && k - answeredAt < 500_000_000L);
    }

    /**
     * The members' traffic: one thread per voter casting (and revoting) without pause, one thread of
     * delegates working through the roll calls, one of members seconding motions and one per
     * treasurer's desk recording linked batches a little apart. While the server is down the
     * threads wait; a request the crash cut off has no answer and proves nothing about what was
     * kept, so only answered requests are recorded as acknowledged (a cut-off vote or second is sent
     * again and may then be refused as already done, which also shows it was kept; a cut-off batch
     * is kept aside, to be found whole or not at all).
     */
    private static final class Load {
        volatile boolean up = true;
        private volatile boolean running = true;
        final ConcurrentLinkedQueue<Cast> casts = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Step> steps = new ConcurrentLinkedQueue<>();
        final AtomicInteger unanswered = new AtomicInteger();
        private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();
        private final SecretBallot ballot;
        private final Motions motions;
        private final List<String> rollCalls;
        private final List<String> submitted;
        private final Treasurers treasurers;

        Load(SecretBallot ballot, Motions motions, List<String> rollCalls, List<String> submitted,
             Treasurers treasurers) {
            this.ballot = ballot;
            this.motions = motions;
            this.rollCalls = rollCalls;
            this.submitted = submitted;
            this.treasurers = treasurers;
        }

        void start() {
            for (String voter : VOTERS) {
                threads.add(start("voter-" + voter, () -> run(() -> castOnce(voter))));
            }
            List<Runnable> votes = new ArrayList<>();
            for (String id : rollCalls) {
                for (List<String> d : Motions.DELEGATES) {
                    String choice = ThreadLocalRandom.current().nextBoolean() ? "FOR" : "AGAINST";
                    votes.add(() -> step(() -> motions.vote(d.get(0), id, choice), d.get(1), id, choice));
                }
            }
            List<Runnable> seconds = new ArrayList<>();
            for (String id : submitted) {
                for (List<String> s : SECONDERS) {
                    seconds.add(() -> step(() -> motions.second(s.get(0), id), s.get(1), id, "second"));
                }
            }
            threads.add(start("congress", () -> run(paced(votes))));
            threads.add(start("seconds", () -> run(paced(seconds))));
            List<Runnable> desks = treasurers.desks();
            for (int i = 0; i < desks.size(); i++) {
                Runnable desk = desks.get(i);
                threads.add(start("treasurer-" + i, () -> run(() -> {
                    desk.run();
                    pause(BATCH_PAUSE_MILLIS);
                })));
            }
        }

        private static Thread start(String name, Runnable body) {
            Thread thread = new Thread(body, name);
            thread.start();
            return thread;
        }

        /** Runs the steps one after another, a little apart so that they spread over the kills. */
        private Runnable paced(List<Runnable> work) {
            AtomicInteger next = new AtomicInteger();
            return () -> {
                if (next.get() < work.size()) {
                    work.get(next.get()).run();
                    next.incrementAndGet();
                    pause(150);
                } else {
                    pause(50);
                }
            };
        }

        private void run(Runnable once) {
            while (running) {
                if (!up) {
                    pause(20);
                    continue;
                }
                try {
                    once.run();
                } catch (UncheckedIOException cutOff) {
                    unanswered.incrementAndGet();
                    pause(20);
                } catch (Throwable t) {
                    failures.add(t);
                    return;
                }
            }
        }

        private void castOnce(String voter) {
            String body = ballot.ballot(voter, ThreadLocalRandom.current().nextInt(3));
            Answer answer = ballot.cast(voter, body);
            long at = System.nanoTime();
            if (answer.status() == 201) {
                casts.add(new Cast(answer.json().getJsonNumber("seq").longValue(), answer.json().getString("code"),
                        answer.json().getJsonObject("receipt").toString(), at));
            } else if (answer.status() != 503) {
                throw new AssertionError("a ballot was answered " + answer.status() + ": " + answer.body());
            }
        }

        /** One vote or second; retried while the crash cuts it off, done once answered. */
        private void step(java.util.function.Supplier<Answer> send, String who, String motionId, String what) {
            while (running) {
                if (!up) {
                    pause(20);
                    continue;
                }
                Answer answer;
                try {
                    answer = send.get();
                } catch (UncheckedIOException cutOff) {
                    unanswered.incrementAndGet();
                    pause(20);
                    continue;
                }
                if (answer.status() == 200) {
                    steps.add(new Step(who, motionId, what, System.nanoTime()));
                    return;
                }
                if (answer.status() == 409) {
                    return;
                }
                if (answer.status() != 503) {
                    throw new AssertionError(what + " by " + who + " was answered " + answer.status() + ": "
                            + answer.body());
                }
            }
        }

        void awaitCasts(int more) {
            int target = casts.size() + more;
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (casts.size() < target) {
                if (!failures.isEmpty()) {
                    throw new AssertionError("a client failed", failures.peek());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no progress: " + casts.size() + " ballots acknowledged");
                }
                pause(20);
            }
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread t : threads) {
                t.join(60_000);
            }
            if (!failures.isEmpty()) {
                throw new AssertionError("a client failed", failures.peek());
            }
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
