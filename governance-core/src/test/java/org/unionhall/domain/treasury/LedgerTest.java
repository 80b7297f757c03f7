package org.unionhall.domain.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/** The ledger's rules in memory: what a treasurer meets before any database is involved. */
class LedgerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    private final MemoryBooks books = new MemoryBooks(Ledger.ofUnion(UnionId.generate(), Currency.getInstance("EUR"),
            NOW));
    private final LedgerAccount legal = books.open(AccountKind.FUND, "Legal Defence", NOW);
    private final LedgerAccount donor = books.open(AccountKind.CONTRIBUTOR, "Donor", NOW);
    private final LedgerAccount lawyer = books.open(AccountKind.PAYEE, "Lawyer", NOW);

    private static Amount eur(long cents) {
        return Amount.of("EUR", cents);
    }

    private TransferOrder.Posted give(long cents) {
        return new TransferOrder.Posted(TransferId.generate(), donor.id(), legal.id(), eur(cents), "");
    }

    private TransferOrder.Pending reserve(long cents, Optional<Duration> timeout) {
        return new TransferOrder.Pending(TransferId.generate(), legal.id(), lawyer.id(), eur(cents), timeout, "");
    }

    private Transfer one(TransferOrder order) {
        return books.record(List.of(order), NOW).transfers().get(0);
    }

    @Test
    void aFundNeverGoesBelowZeroCountingReservations() {
        one(give(10_000));
        one(reserve(7_000, Optional.empty()));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> one(reserve(4_000, Optional.empty())));
        assertEquals("Legal Defence has 30.00 EUR available (reservations counted), so 40.00 EUR cannot be taken "
                + "from it.", refused.getMessage());
        assertThrows(RuleViolation.class, () -> one(new TransferOrder.Posted(TransferId.generate(), legal.id(),
                lawyer.id(), eur(3_001), "")));
        one(new TransferOrder.Posted(TransferId.generate(), legal.id(), lawyer.id(), eur(3_000), ""));
        assertEquals(0, legal.balances().available(AccountKind.Side.CREDIT));
        assertTrue(books.verify().sound());
    }

    @Test
    void aPendingTransferIsPostedInPartAndResolvedOnce() {
        one(give(10_000));
        Transfer pending = one(reserve(6_000, Optional.empty()));
        Transfer posted = one(new TransferOrder.PostPending(TransferId.generate(), pending.id(),
                Optional.of(eur(4_500)), "grant:42"));
        assertEquals(new Balances(0, 4_500, 0, 10_000), legal.balances());
        assertEquals(new Balances(0, 0, 0, 4_500), lawyer.balances());
        assertEquals(Optional.of(pending.id()), posted.pending());
        RuleViolation twice = assertThrows(RuleViolation.class, () -> one(new TransferOrder.VoidPending(
                TransferId.generate(), pending.id(), "")));
        assertTrue(twice.getMessage().startsWith("The reservation " + pending.id() + " was posted from a reservation "
                + "already"), twice.getMessage());
        Transfer other = one(reserve(1_000, Optional.empty()));
        assertThrows(RuleViolation.class, () -> one(new TransferOrder.PostPending(TransferId.generate(), other.id(),
                Optional.of(eur(1_001)), "")));
        assertTrue(books.verify().sound());
    }

    @Test
    void aRetryReturnsTheFirstRowAndAnotherBodyIsRefused() {
        TransferOrder.Posted order = give(2_500);
        Transfer first = one(order);
        Recording again = books.record(List.of(order), NOW.plusSeconds(60));
        assertTrue(again.retry());
        assertEquals(first.hash(), again.transfers().get(0).hash());
        assertEquals(1, books.rows.size());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> one(new TransferOrder.Posted(order.id(),
                donor.id(), legal.id(), eur(2_600), "")));
        assertEquals("Transfer " + order.id() + " was recorded already with other details. A retry must send exactly "
                + "the same details; a new transfer needs a new id.", refused.getMessage());
        assertEquals(new Balances(0, 0, 0, 2_500), legal.balances());
    }

    @Test
    void aLinkedBatchWithOneRefusedLegChangesNothing() {
        one(give(1_000));
        Balances before = legal.balances();
        String head = books.ledger.headHash();
        TransferOrder ok = give(500);
        TransferOrder overdraw = new TransferOrder.Posted(TransferId.generate(), legal.id(), lawyer.id(), eur(2_000),
                "");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> books.record(List.of(ok, overdraw), NOW));
        assertTrue(refused.getMessage().startsWith("Nothing was recorded: transfer 2 of 2 (" + overdraw.id()
                + ") was refused. Legal Defence has 15.00 EUR available"), refused.getMessage());
        assertEquals(before, legal.balances());
        assertEquals(head, books.ledger.headHash());
        assertEquals(1, books.rows.size());
        List<Transfer> both = books.record(List.of(ok, new TransferOrder.Posted(TransferId.generate(), legal.id(),
                lawyer.id(), eur(1_500), "")), NOW).transfers();
        assertEquals(List.of(true, false), both.stream().map(Transfer::linked).toList());
        assertEquals(0, legal.balances().available(AccountKind.Side.CREDIT));
    }

    @Test
    void aReservationExpiresOnceItsTimeIsUpAndNoEarlier() {
        one(give(1_000));
        Transfer pending = one(reserve(800, Optional.of(Duration.ofMinutes(10))));
        assertEquals(List.of(), books.expire(NOW.plus(Duration.ofMinutes(9))));
        List<Transfer> expired = books.expire(NOW.plus(Duration.ofMinutes(10)));
        assertEquals(1, expired.size());
        assertEquals(TransferKind.EXPIRE_PENDING, expired.get(0).kind());
        assertEquals(Ledger.expiryId(pending.id()), expired.get(0).id());
        assertEquals(new Balances(0, 0, 0, 1_000), legal.balances());
        assertEquals(List.of(), books.expire(NOW.plus(Duration.ofMinutes(20))));
        Instant later = NOW.plus(Duration.ofMinutes(30));
        Transfer late = books.record(List.of(reserve(100, Optional.of(Duration.ofSeconds(1)))), later).transfers()
                .get(0);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> books.record(List.of(
                new TransferOrder.PostPending(TransferId.generate(), late.id(), Optional.empty(), "")),
                later.plusSeconds(1)));
        assertEquals("The reservation " + late.id() + " expired at " + Moments.inWords(later.plusSeconds(1)) + "; it cannot be posted "
                + "any more.", refused.getMessage());
        assertTrue(books.verify().sound());
    }

    @Test
    void aReversalMovesTheMoneyBackOnceAndKeepsTheLimits() {
        Transfer gift = one(give(1_000));
        one(new TransferOrder.Posted(TransferId.generate(), legal.id(), lawyer.id(), eur(600), ""));
        assertThrows(RuleViolation.class, () -> one(new TransferOrder.Reversal(TransferId.generate(), gift.id(), "")));
        Transfer payout = books.rows.get(1);
        Transfer back = one(new TransferOrder.Reversal(TransferId.generate(), payout.id(), "fix:1"));
        assertEquals(lawyer.id(), back.debitAccount());
        assertEquals(Optional.of(payout.id()), back.corrects());
        assertEquals("Transfer " + payout.id() + " has been reversed already.", assertThrows(RuleViolation.class,
                () -> one(new TransferOrder.Reversal(TransferId.generate(), payout.id(), ""))).getMessage());
        Transfer pending = one(reserve(100, Optional.empty()));
        assertThrows(RuleViolation.class, () -> one(new TransferOrder.Reversal(TransferId.generate(), pending.id(),
                "")));
        assertTrue(books.verify().sound());
    }

    @Test
    void malformedOrdersAreRefusedWhereTheyEnter() {
        assertThrows(InvalidInput.class, () -> one(new TransferOrder.Posted(TransferId.generate(), donor.id(),
                legal.id(), Amount.of("USD", 100), "")));
        assertThrows(InvalidInput.class, () -> one(new TransferOrder.Posted(TransferId.generate(), legal.id(),
                legal.id(), eur(100), "")));
        assertThrows(NotFound.class, () -> one(new TransferOrder.Posted(TransferId.generate(),
                LedgerAccountId.generate(), legal.id(), eur(100), "")));
        assertThrows(InvalidInput.class, () -> new TransferOrder.Posted(TransferId.generate(), donor.id(),
                legal.id(), eur(1), "Jane Doe"));
        assertThrows(InvalidInput.class, () -> reserve(1, Optional.of(Duration.ofMillis(500))));
        TransferOrder twice = give(1);
        assertThrows(InvalidInput.class, () -> books.record(List.of(twice, twice), NOW));
        assertThrows(InvalidInput.class, () -> books.record(List.of(), NOW));
        assertEquals(0, books.rows.size());
    }

    @Test
    void theVerifierFindsARowChangedBehindTheLedgersBack() throws Exception {
        one(give(1_000));
        Transfer second = one(give(2_000));
        one(give(3_000));
        java.lang.reflect.Field amount = Transfer.class.getDeclaredField("amount");
        amount.setAccessible(true);
        amount.setLong(second, 200_000);
        LedgerReport report = books.verify();
        assertFalse(report.sound());
        assertTrue(report.first("L3").orElseThrow().message().contains(second.id().toString()));
        assertTrue(report.first("L8").isPresent());
    }

    @Test
    void aSignedCheckpointVerifiesAndAnotherTrialBalanceDoesNot() {
        one(give(1_000));
        CheckpointStatement statement = books.ledger.statement(books.accounts.values(), NOW);
        LedgerCheckpoint good = new LedgerCheckpoint(statement, MemoryBooks.SIGNER.publicKey(),
                MemoryBooks.SIGNER.sign(statement.bytes()));
        one(give(500));
        assertTrue(books.verify(List.of(good)).sound());
        CheckpointStatement later = books.ledger.statement(books.accounts.values(), NOW);
        CheckpointStatement lying = new CheckpointStatement(statement.ledger(), statement.currency(),
                statement.transferCount(), statement.headHash(), statement.takenAt(), later.balances());
        LedgerCheckpoint forged = new LedgerCheckpoint(lying, MemoryBooks.SIGNER.publicKey(),
                MemoryBooks.SIGNER.sign(statement.bytes()));
        LedgerReport report = books.verify(List.of(forged));
        assertTrue(report.first("L10").isPresent(), report.toString());
        assertEquals(3, report.findings().stream().filter(f -> f.check().equals("L10")).count(), report.toString());
        assertTrue(report.findings().get(0).message().endsWith("its signature does not verify."), report.toString());
    }
}
