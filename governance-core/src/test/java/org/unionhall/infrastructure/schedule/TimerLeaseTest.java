package org.unionhall.infrastructure.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.testsupport.TestDatabase;

/** The motion timer's lease on both databases: one holder at a time, handed over when it expires. */
class TimerLeaseTest {
    final TimerLease lease = new TimerLease(MotionTimer.LEASE_NAME, Duration.ofSeconds(50));
    final Instant t0 = Instant.parse("2026-12-06T23:05:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void oneNodeHoldsTheLeaseUntilItExpiresThenTheFirstToAskTakesIt(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind); Connection c = db.jdbc()) {
            assertTrue(lease.tryAcquire(c, "node-a", t0));
            assertFalse(lease.tryAcquire(c, "node-b", t0.plusSeconds(1)));
            assertTrue(lease.tryAcquire(c, "node-a", t0.plusSeconds(2)), "the holder keeps its own lease");
            assertFalse(lease.tryAcquire(c, "node-b", t0.plusSeconds(51)), "renewed at +2 s, so held to +52 s");
            assertTrue(lease.tryAcquire(c, "node-b", t0.plusSeconds(60)), "node-a went quiet: node-b takes over");
            assertFalse(lease.tryAcquire(c, "node-a", t0.plusSeconds(61)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void ofNodesAskingAtTheSameMomentExactlyOneGetsTheTick(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            int nodes = 8;
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            try {
                for (int minute = 0; minute < 5; minute++) {
                    Instant tick = t0.plus(Duration.ofMinutes(minute));
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Boolean>> asks = new ArrayList<>();
                    for (int n = 0; n < nodes; n++) {
                        String node = "node-" + n;
                        Callable<Boolean> ask = () -> {
                            try (Connection c = db.jdbc()) {
                                start.await();
                                return lease.tryAcquire(c, node, tick);
                            }
                        };
                        asks.add(pool.submit(ask));
                    }
                    start.countDown();
                    int granted = 0;
                    for (Future<Boolean> ask : asks) {
                        granted += ask.get() ? 1 : 0;
                    }
                    assertEquals(1, granted, "minute " + minute);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
