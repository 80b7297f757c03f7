package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.RuleViolation;

/** Group commit's hand-over between real threads: every ballot gets its own answer, in groups, one group at a time. */
class BallotQueueTest {

    static final class Numbered extends BallotQueue.Waiting {
        final int number;

        Numbered(int number) {
            this.number = number;
        }
    }

    @Test
    void everyBallotGetsItsOwnAnswerOrRefusalAndGroupsNeverOverlap() throws Exception {
        BallotQueue<Numbered> queue = new BallotQueue<>();
        AtomicInteger appending = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger groups = new AtomicInteger();
        RuleViolation late = new RuleViolation("Voting closed; this ballot arrived too late.");
        int ballots = 60;
        ExecutorService pool = Executors.newFixedThreadPool(ballots);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BallotReceipt>> answers = new ArrayList<>();
        for (int i = 0; i < ballots; i++) {
            Numbered b = new Numbered(i);
            answers.add(pool.submit(() -> {
                go.await();
                return queue.submit(b, group -> {
                    if (appending.incrementAndGet() != 1) {
                        overlaps.incrementAndGet();
                    }
                    groups.incrementAndGet();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    for (Numbered n : group) {
                        if (n.number % 2 == 0) {
                            n.answer(new BallotReceipt(n.number, "code-" + n.number, Optional.empty(), true));
                        } else {
                            n.refuse(late);
                        }
                    }
                    appending.decrementAndGet();
                });
            }));
        }
        go.countDown();
        for (int i = 0; i < ballots; i++) {
            Future<BallotReceipt> f = answers.get(i);
            if (i % 2 == 0) {
                assertEquals("code-" + i, f.get().code());
            } else {
                java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                        f::get);
                assertSame(late, e.getCause(), "a refusal reaches its own thread as it was made");
            }
        }
        pool.shutdown();
        assertEquals(0, overlaps.get());
        assertTrue(groups.get() < ballots, groups.get() + " groups for " + ballots + " ballots arriving together");
    }

    @Test
    void aFailedGroupRefusesItsBallotsAndTheNextBallotIsStillServed() {
        BallotQueue<Numbered> queue = new BallotQueue<>();
        IllegalStateException down = new IllegalStateException("database unreachable");
        assertSame(down, assertThrows(IllegalStateException.class, () -> queue.submit(new Numbered(1), group -> {
            throw down;
        })));
        IllegalStateException forgotten = assertThrows(IllegalStateException.class,
                () -> queue.submit(new Numbered(2), group -> { }));
        assertTrue(forgotten.getMessage().contains("without answering"), forgotten.getMessage());
        BallotReceipt served = queue.submit(new Numbered(3), group -> group.forEach(n ->
                n.answer(new BallotReceipt(7, "code-7", Optional.empty(), true))));
        assertEquals(7, served.seq());
    }
}
