package org.unionhall.domain.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.DomainException;

/**
 * 100,000 random histories of a small ledger (gifts, payouts, reservations posted in full or in
 * part, voided or left to expire, linked batches that may fail on any leg, reversals, retries with
 * the same id and with another body), each checked after every step: a refused step changed
 * nothing, debits equal credits, no fund is below zero counting reservations, and at the end the
 * verifier finds the hash chain and every balance sound. The seed is fixed, so a failure repeats.
 */
class LedgerPropertyTest {
    private static final long SEED = 20_261_215L;
    private static final int HISTORIES = 100_000;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void everyRandomHistoryBalancesKeepsItsFundsAndVerifies() {
        Random random = new Random(SEED);
        long rows = 0;
        long refused = 0;
        for (int history = 0; history < HISTORIES; history++) {
            History h = new History(random);
            int steps = 2 + random.nextInt(9);
            for (int step = 0; step < steps; step++) {
                if (!h.step()) {
                    refused++;
                }
                h.checkInvariants(history, step);
            }
            LedgerReport report = h.books.verify();
            if (!report.sound()) {
                fail("history " + history + ": " + report.findings());
            }
            rows += h.books.rows.size();
        }
        assertTrue(rows > HISTORIES * 3L, "the histories wrote rows: " + rows);
        assertTrue(refused > HISTORIES / 10, "some steps were refused: " + refused);
    }

    /** One ledger and what was done to it. */
    private static final class History {
        private final Random random;
        private final MemoryBooks books = new MemoryBooks(Ledger.ofUnion(UnionId.generate(), EUR, START));
        private final List<LedgerAccount> funds = new ArrayList<>();
        private final List<LedgerAccount> outside = new ArrayList<>();
        private final List<TransferOrder> sent = new ArrayList<>();
        private Instant now = START;

        History(Random random) {
            this.random = random;
            funds.add(books.open(AccountKind.FUND, "General", now));
            funds.add(books.open(AccountKind.FUND, "Legal Defence", now));
            outside.add(books.open(AccountKind.CONTRIBUTOR, "Donor", now));
            outside.add(books.open(AccountKind.PAYEE, "Instance team", now));
            outside.add(books.open(AccountKind.BANK, "Bank account", now));
        }

        /** One random step; whether it was accepted. */
        boolean step() {
            now = now.plusSeconds(random.nextInt(120));
            if (random.nextInt(10) == 0) {
                books.expire(now);
                return true;
            }
            if (random.nextInt(12) == 0 && !sent.isEmpty()) {
                return retry();
            }
            int legs = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
            List<TransferOrder> batch = new ArrayList<>();
            for (int i = 0; i < legs; i++) {
                batch.add(order());
            }
            return attempt(batch);
        }

        private boolean retry() {
            TransferOrder earlier = sent.get(random.nextInt(sent.size()));
            Optional<Transfer> first = books.transfer(earlier.id());
            if (first.isEmpty() || first.get().linked()) {
                return attempt(List.of(order()));
            }
            if (random.nextBoolean()) {
                Recording again = books.record(List.of(earlier), now);
                assertTrue(again.retry());
                assertEquals(first.get().hash(), again.transfers().get(0).hash());
                return true;
            }
            TransferOrder other = new TransferOrder.Posted(earlier.id(), outside.get(0).id(), funds.get(0).id(),
                    new Amount(EUR, 1 + random.nextInt(1_000_000)), "other");
            return attempt(List.of(other));
        }

        private boolean attempt(List<TransferOrder> batch) {
            Map<LedgerAccountId, Balances> before = snapshot();
            String head = books.ledger.headHash();
            int rowsBefore = books.rows.size();
            try {
                Recording recording = books.record(batch, now);
                if (!recording.retry()) {
                    sent.addAll(batch);
                }
                return true;
            } catch (DomainException refused) {
                assertEquals(before, snapshot(), "a refused batch changed a balance: " + refused.getMessage());
                assertEquals(head, books.ledger.headHash());
                assertEquals(rowsBefore, books.rows.size());
                return false;
            }
        }

        private TransferOrder order() {
            TransferId id = new TransferId(new UUID(random.nextLong(), random.nextLong()));
            LedgerAccount fund = funds.get(random.nextInt(funds.size()));
            Amount amount = new Amount(EUR, 1 + random.nextInt(random.nextBoolean() ? 100 : 5_000));
            List<Transfer> pending = books.rows.stream().filter(t -> t.kind() == TransferKind.PENDING).toList();
            List<Transfer> movers = books.rows.stream().filter(t -> t.kind().movesMoney()).toList();
            switch (random.nextInt(7)) {
                case 0, 1:
                    return new TransferOrder.Posted(id, outside.get(random.nextBoolean() ? 0 : 2).id(), fund.id(),
                            amount, "");
                case 2:
                    return new TransferOrder.Posted(id, fund.id(), random.nextBoolean() ? outside.get(1).id()
                            : funds.get(1 - funds.indexOf(fund)).id(), amount, "");
                case 3:
                    return new TransferOrder.Pending(id, fund.id(), outside.get(1).id(), amount,
                            random.nextBoolean() ? Optional.empty()
                                    : Optional.of(Duration.ofSeconds(1 + random.nextInt(600))), "");
                case 4:
                    if (!pending.isEmpty()) {
                        Transfer p = pending.get(random.nextInt(pending.size()));
                        Optional<Amount> part = random.nextBoolean() ? Optional.empty()
                                : Optional.of(new Amount(EUR, 1 + random.nextInt((int) p.amount() + 10)));
                        return new TransferOrder.PostPending(id, p.id(), part, "");
                    }
                    return new TransferOrder.Posted(id, outside.get(0).id(), fund.id(), amount, "");
                case 5:
                    if (!pending.isEmpty()) {
                        return new TransferOrder.VoidPending(id, pending.get(random.nextInt(pending.size())).id(), "");
                    }
                    return new TransferOrder.Posted(id, outside.get(0).id(), fund.id(), amount, "");
                default:
                    if (!movers.isEmpty()) {
                        return new TransferOrder.Reversal(id, movers.get(random.nextInt(movers.size())).id(), "");
                    }
                    return new TransferOrder.Posted(id, outside.get(0).id(), fund.id(), amount, "");
            }
        }

        private Map<LedgerAccountId, Balances> snapshot() {
            Map<LedgerAccountId, Balances> balances = new HashMap<>();
            books.accounts.values().forEach(a -> balances.put(a.id(), a.balances()));
            return balances;
        }

        void checkInvariants(int history, int step) {
            long debitsPosted = 0;
            long creditsPosted = 0;
            long debitsPending = 0;
            long creditsPending = 0;
            for (LedgerAccount a : books.accounts.values()) {
                Balances b = a.balances();
                debitsPosted += b.debitsPosted();
                creditsPosted += b.creditsPosted();
                debitsPending += b.debitsPending();
                creditsPending += b.creditsPending();
                if (a.kind() == AccountKind.FUND && b.available(AccountKind.Side.CREDIT) < 0) {
                    fail("history " + history + ", step " + step + ": " + a.name() + " below zero: " + b);
                }
            }
            assertEquals(debitsPosted, creditsPosted, "posted debits and credits");
            assertEquals(debitsPending, creditsPending, "pending debits and credits");
            assertEquals(books.rows.size(), books.ledger.transferCount());
        }
    }
}
