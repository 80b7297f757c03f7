package org.unionhall.application.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.LedgerReport;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferKind;
import org.unionhall.domain.treasury.TransferOrder;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.crypto.Ed25519InstallationSigner;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaLedgerCheckpoints;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * The ledger as the demo unions' treasurers and members use it, on H2 and on PostgreSQL: the
 * guarantees of docs/ledger.md checked where they are kept, in the real database. Each test
 * opens funds of its own in the Fediverse Moderators' ledger, so the order of tests does not
 * matter; the tests that tamper with rows use the Indie Sellers' ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class LedgerContract {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final String MODS = "fediverse-moderators";
    static final String SELLERS = "indie-sellers";

    /** The database the contract runs on. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    ManualClock clock;
    Stores stores;
    TreasuryLedgerService treasury;
    LedgerUpkeep upkeep;
    Actor fatima;
    Actor ravi;
    Actor chloe;
    LedgerAccountId donors;
    LedgerAccountId team;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        db = TestDatabase.of(database);
        clock = new ManualClock(NOW);
        stores = db.stores(clock);
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        treasury = service(db.em(), stores);
        upkeep = new DefaultLedgerUpkeep(stores, new JpaLedgers(db.em()), new JpaLedgerCheckpoints(db.em()),
                new Ed25519InstallationSigner(db.em(), new SecureRandom()));
        fatima = actor("fatima");
        ravi = actor("ravi");
        chloe = actor("chloe");
        call(() -> treasury.open(fatima, MODS, "EUR"));
        call(() -> treasury.open(ravi, SELLERS, "USD"));
        donors = account(fatima, MODS, AccountKind.CONTRIBUTOR, "Donors");
        team = account(fatima, MODS, AccountKind.PAYEE, "mastodon.example moderation team");
    }

    static TreasuryLedgerService service(EntityManager em, Stores stores) {
        return new DefaultTreasuryLedgerService(stores, new JpaLedgers(em), new JpaLedgerCheckpoints(em),
                new Ed25519InstallationSigner(em, new SecureRandom()));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    Actor actor(String handle) {
        return new Actor(db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    LedgerAccountId account(Actor treasurer, String union, AccountKind kind, String name) {
        return LedgerAccountId.of(call(() -> treasury.openAccount(treasurer, union, kind, name)).id());
    }

    /** A fund of the test's own, given the amount by the donors. */
    LedgerAccountId fundWith(String name, long cents) {
        LedgerAccountId fund = account(fatima, MODS, AccountKind.FUND, name);
        if (cents > 0) {
            record(new TransferOrder.Posted(TransferId.generate(), donors, fund, eur(cents), ""));
        }
        return fund;
    }

    static Amount eur(long cents) {
        return Amount.of("EUR", cents);
    }

    TransferView record(TransferOrder order) {
        return call(() -> treasury.record(fatima, MODS, order));
    }

    LedgerAccountView balance(LedgerAccountId account) {
        return call(() -> treasury.ledger(chloe, MODS)).accounts().stream()
                .filter(a -> a.id().equals(account.toString())).findFirst().orElseThrow();
    }

    long rows(String union) {
        return call(() -> treasury.ledger(union.equals(MODS) ? chloe : ravi, union)).transferCount();
    }

    List<AuditEntry> trail(String union) {
        return call(() -> stores.audit().ofUnion(stores.unions().findBySlug(union).orElseThrow().id(), 0, 1000));
    }

    // --- opening and who may do what -----------------------------------------------------------

    @Test
    void aLedgerOpensOnceWithTheStandardFundsAndTheBankAccount() {
        LedgerView ledger = call(() -> treasury.ledger(chloe, MODS));
        assertEquals("EUR", ledger.currency());
        for (String fund : List.of("Moderation Labour", "Legal Defence", "General")) {
            assertEquals(AccountKind.FUND, ledger.account(fund).orElseThrow().kind());
        }
        assertEquals(AccountKind.BANK, ledger.account("Bank account").orElseThrow().kind());
        assertEquals("Fediverse Moderators' Union has a ledger already.",
                assertThrows(RuleViolation.class, () -> call(() -> treasury.open(fatima, MODS, "EUR"))).getMessage());
        assertThrows(RuleViolation.class, () -> call(() -> treasury.openAccount(fatima, MODS, AccountKind.BANK,
                "Second bank")));
        assertThrows(RuleViolation.class, () -> call(() -> treasury.openAccount(fatima, MODS, AccountKind.FUND,
                "General")));
        assertTrue(trail(MODS).stream().anyMatch(e -> e.action() == AuditAction.LEDGER_OPENED
                && e.actor().equals(Optional.of(fatima.memberId()))));
    }

    @Test
    void membersReadTheBooksAndOnlyTheUnionsTreasurerRecords() {
        LedgerAccountId fund = fundWith("Powers fund", 1_000);
        TransferOrder order = new TransferOrder.Posted(TransferId.generate(), fund, team, eur(100), "");
        assertEquals("Only a treasurer of Fediverse Moderators' Union may do this.",
                assertThrows(AccessDenied.class, () -> call(() -> treasury.record(chloe, MODS, order))).getMessage());
        assertThrows(AccessDenied.class, () -> call(() -> treasury.record(ravi, MODS, order)));
        assertThrows(AccessDenied.class, () -> call(() -> treasury.checkpoint(chloe, MODS)));
        assertThrows(AccessDenied.class, () -> call(() -> treasury.ledger(ravi, MODS)));
        assertThrows(AccessDenied.class, () -> call(() -> treasury.transfers(ravi, MODS, 0, 10)));
        assertEquals(1_000, balance(fund).balance());
        Actor withoutCode = new Actor(fatima.memberId(), org.unionhall.domain.membership.SecondFactor.NOT_GIVEN);
        assertTrue(assertThrows(AccessDenied.class, () -> call(() -> treasury.record(withoutCode, MODS, order)))
                .getMessage().startsWith("Turn on two-factor sign-in"));
        assertEquals(1_000, balance(fund).balance());
        assertTrue(call(() -> treasury.keepsBooks(fatima, MODS)));
        assertFalse(call(() -> treasury.keepsBooks(chloe, MODS)), "a member keeps no books");
        assertFalse(call(() -> treasury.keepsBooks(ravi, MODS)), "another union's treasurer keeps none of these");
        assertFalse(call(() -> treasury.keepsBooks(withoutCode, MODS)), "not without the second factor");
    }

    // --- idempotency -----------------------------------------------------------------------------

    @Test
    void aRetryWithTheSameIdAndBodyReturnsTheFirstResultAndWritesNothing() {
        LedgerAccountId fund = fundWith("Retry fund", 0);
        TransferOrder order = new TransferOrder.Posted(TransferId.generate(), donors, fund, eur(2_500), "dues:2026-03");
        TransferView first = record(order);
        long rows = rows(MODS);
        int audit = trail(MODS).size();
        clock.advance(Duration.ofMinutes(1));
        TransferView again = record(order);
        assertEquals(first, again);
        assertEquals(rows, rows(MODS));
        assertEquals(audit, trail(MODS).size());
        assertEquals(2_500, balance(fund).balance());
    }

    @Test
    void theSameIdWithAnotherBodyIsRefused() {
        LedgerAccountId fund = fundWith("Other body fund", 0);
        TransferId id = TransferId.generate();
        record(new TransferOrder.Posted(id, donors, fund, eur(2_500), ""));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> record(new TransferOrder.Posted(id, donors,
                fund, eur(2_600), "")));
        assertEquals("Transfer " + id + " was recorded already with other details. A retry must send exactly the "
                + "same details; a new transfer needs a new id.", refused.getMessage());
        assertThrows(RuleViolation.class, () -> record(new TransferOrder.Pending(id, donors, fund, eur(2_500),
                Optional.empty(), "")));
        assertEquals(2_500, balance(fund).balance());
    }

    // --- two-phase -------------------------------------------------------------------------------

    @Test
    void aReservationIsPostedInFullOrInPartAndResolvedOnce() {
        LedgerAccountId fund = fundWith("Two-phase fund", 10_000);
        TransferView full = record(new TransferOrder.Pending(TransferId.generate(), fund, team, eur(3_000),
                Optional.empty(), ""));
        TransferView part = record(new TransferOrder.Pending(TransferId.generate(), fund, team, eur(5_000),
                Optional.empty(), ""));
        assertEquals(2_000, balance(fund).available());
        assertEquals(10_000, balance(fund).balance());
        record(new TransferOrder.PostPending(TransferId.generate(), TransferId.of(full.id()), Optional.empty(), ""));
        TransferView posted = record(new TransferOrder.PostPending(TransferId.generate(), TransferId.of(part.id()),
                Optional.of(eur(4_000)), ""));
        assertEquals(TransferKind.POST_PENDING, posted.kind());
        assertEquals(Optional.of(part.id()), posted.pendingId());
        assertEquals(3_000, balance(fund).balance());
        assertEquals(3_000, balance(fund).available());
        assertThrows(RuleViolation.class, () -> record(new TransferOrder.VoidPending(TransferId.generate(),
                TransferId.of(part.id()), "")));
        assertThrows(RuleViolation.class, () -> record(new TransferOrder.PostPending(TransferId.generate(),
                TransferId.of(full.id()), Optional.empty(), "")));
    }

    @Test
    void aVoidedReservationReleasesTheMoney() {
        LedgerAccountId fund = fundWith("Void fund", 5_000);
        TransferView pending = record(new TransferOrder.Pending(TransferId.generate(), fund, team, eur(5_000),
                Optional.empty(), ""));
        assertEquals(0, balance(fund).available());
        TransferView voided = record(new TransferOrder.VoidPending(TransferId.generate(), TransferId.of(pending.id()),
                ""));
        assertEquals(TransferKind.VOID_PENDING, voided.kind());
        assertEquals(5_000, balance(fund).available());
        assertEquals(new org.unionhall.domain.treasury.Balances(0, 0, 0, 5_000), balance(fund).balances());
    }

    @Test
    void aReservationExpiresWhenItsTimeIsUpAndCannotBePostedAfter() {
        LedgerAccountId fund = fundWith("Expiry fund", 5_000);
        TransferView pending = record(new TransferOrder.Pending(TransferId.generate(), fund, team, eur(4_000),
                Optional.of(Duration.ofHours(1)), ""));
        clock.advance(Duration.ofMinutes(59));
        call(() -> upkeep.expireDue());
        assertEquals(1_000, balance(fund).available());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(call(() -> upkeep.expireDue()) >= 1);
        assertEquals(5_000, balance(fund).available());
        assertEquals(0, call(() -> upkeep.expireDue()));
        assertThrows(RuleViolation.class, () -> record(new TransferOrder.PostPending(TransferId.generate(),
                TransferId.of(pending.id()), Optional.empty(), "")));
        TransferView expiry = call(() -> treasury.transfers(chloe, MODS, 0, 100)).items().stream()
                .filter(t -> t.pendingId().equals(Optional.of(pending.id()))).findFirst().orElseThrow();
        assertEquals(TransferKind.EXPIRE_PENDING, expiry.kind());
        assertTrue(trail(MODS).stream().anyMatch(e -> e.action() == AuditAction.RESERVATION_EXPIRED
                && e.actor().isEmpty() && e.detail().contains(pending.id())));
    }

    // --- linked batches, limits, corrections -----------------------------------------------------

    @Test
    void aLinkedBatchIsRecordedWholeOrNotAtAll() {
        LedgerAccountId fund = fundWith("Linked fund", 1_000);
        long rows = rows(MODS);
        int audit = trail(MODS).size();
        TransferOrder in = new TransferOrder.Posted(TransferId.generate(), donors, fund, eur(500), "");
        TransferOrder out = new TransferOrder.Posted(TransferId.generate(), fund, team, eur(2_000), "");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> call(() -> treasury.recordLinked(fatima, MODS,
                List.of(in, out))));
        assertTrue(refused.getMessage().startsWith("Nothing was recorded: transfer 2 of 2"), refused.getMessage());
        assertEquals(rows, rows(MODS));
        assertEquals(audit, trail(MODS).size());
        assertEquals(1_000, balance(fund).balance());
        assertTrue(call(() -> treasury.transfers(chloe, MODS, 0, 100)).items().stream()
                .noneMatch(t -> t.id().equals(in.id().toString())));
        TransferOrder enough = new TransferOrder.Posted(TransferId.generate(), fund, team, eur(1_500), "");
        List<TransferView> both = call(() -> treasury.recordLinked(fatima, MODS, List.of(in, enough)));
        assertEquals(List.of(true, false), both.stream().map(TransferView::linked).toList());
        assertEquals(0, balance(fund).balance());
        assertEquals(both, call(() -> treasury.recordLinked(fatima, MODS, List.of(in, enough))));
    }

    @Test
    void aBatchPostsAndReversesItsOwnEarlierLegsAndAuditsEveryLeg() {
        LedgerAccountId fund = fundWith("Own legs fund", 5_000);
        int audit = trail(MODS).size();
        TransferId reserved = TransferId.generate();
        TransferId paid = TransferId.generate();
        List<TransferOrder> legs = List.of(
                new TransferOrder.Pending(reserved, fund, team, eur(1_000), Optional.empty(), ""),
                new TransferOrder.PostPending(TransferId.generate(), reserved, Optional.of(eur(600)), ""),
                new TransferOrder.Posted(paid, fund, team, eur(700), ""),
                new TransferOrder.Reversal(TransferId.generate(), paid, "correction:duplicate"),
                new TransferOrder.Posted(TransferId.generate(), fund, team, eur(100), ""));
        List<TransferView> rows = call(() -> treasury.recordLinked(fatima, MODS, legs));
        assertEquals(Optional.of(reserved.toString()), rows.get(1).pendingId());
        assertEquals(Optional.of(paid.toString()), rows.get(3).correctsId());
        LedgerAccountView after = balance(fund);
        assertEquals(4_300, after.balance());
        assertEquals(4_300, after.available());
        assertEquals(audit + 5, trail(MODS).size());
        assertTrue(call(() -> treasury.verify(chloe, MODS)).sound());
    }

    @Test
    void anOverdraftCountingReservationsIsRefused() {
        LedgerAccountId fund = fundWith("Overdraft fund", 10_000);
        record(new TransferOrder.Pending(TransferId.generate(), fund, team, eur(8_000), Optional.empty(), ""));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> record(new TransferOrder.Posted(
                TransferId.generate(), fund, team, eur(2_001), "")));
        assertEquals("Overdraft fund has 20.00 EUR available (reservations counted), so 20.01 EUR cannot be taken "
                + "from it.", refused.getMessage());
        record(new TransferOrder.Posted(TransferId.generate(), fund, team, eur(2_000), ""));
        assertEquals(0, balance(fund).available());
        assertThrows(InvalidInput.class, () -> record(new TransferOrder.Posted(TransferId.generate(), donors, fund,
                Amount.of("USD", 100), "")));
    }

    @Test
    void aReversalCorrectsATransferOnceAndNamesIt() {
        LedgerAccountId fund = fundWith("Reversal fund", 3_000);
        TransferView payout = record(new TransferOrder.Posted(TransferId.generate(), fund, team, eur(1_200), ""));
        TransferView reversal = record(new TransferOrder.Reversal(TransferId.generate(), TransferId.of(payout.id()),
                "correction:typo"));
        assertEquals(Optional.of(payout.id()), reversal.correctsId());
        assertEquals(team.toString(), reversal.debitAccountId());
        assertEquals(3_000, balance(fund).balance());
        assertThrows(RuleViolation.class, () -> record(new TransferOrder.Reversal(TransferId.generate(),
                TransferId.of(payout.id()), "")));
        assertTrue(trail(MODS).stream().anyMatch(e -> e.action() == AuditAction.TRANSFER_REVERSED
                && e.detail().contains("correcting " + payout.id())));
    }

    // --- the database keeps the rules ------------------------------------------------------------

    @Test
    void theDatabaseRefusesToChangeOrDeleteARow() throws SQLException {
        LedgerAccountId fund = fundWith("Append-only fund", 700);
        call(() -> treasury.checkpoint(fatima, MODS));
        String id = call(() -> treasury.transfers(chloe, MODS, 0, 1)).items().get(0).id();
        try (Connection c = db.jdbc()) {
            for (String sql : List.of("UPDATE ledger_transfer SET amount = amount + 100 WHERE id = ?",
                    "UPDATE ledger_transfer SET reference = 'x' WHERE id = ?",
                    "DELETE FROM ledger_transfer WHERE id = ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, id);
                    SQLException refused = assertThrows(SQLException.class, s::executeUpdate, sql);
                    assertTrue(refused.getMessage().contains("Rows of ledger_transfer are only ever added"),
                            refused.getMessage());
                }
            }
            try (Statement s = c.createStatement()) {
                for (String sql : List.of("DELETE FROM ledger_checkpoint_balance", "DELETE FROM ledger_checkpoint",
                        "UPDATE ledger_checkpoint SET transfer_count = 0")) {
                    assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                }
                assertThrows(SQLException.class, () -> s.execute("TRUNCATE TABLE ledger_transfer"));
            }
            try (PreparedStatement s = c.prepareStatement("SELECT amount FROM ledger_transfer WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(700, rs.getLong(1));
                }
            }
        }
        assertEquals(700, balance(fund).balance());
    }

    @Test
    void theDatabaseRefusesAFundBelowZero() throws SQLException {
        LedgerAccountId fund = fundWith("Check fund", 500);
        try (Connection c = db.jdbc(); PreparedStatement s = c.prepareStatement(
                "UPDATE ledger_account SET debits_pending = debits_pending + 501 WHERE id = ?")) {
            s.setString(1, fund.toString());
            SQLException refused = assertThrows(SQLException.class, s::executeUpdate);
            assertEquals("23", refused.getSQLState().substring(0, 2), refused.getMessage());
        }
        assertEquals(500, balance(fund).available());
    }

    @Test
    void theChainVerifiesAndARowChangedBehindTheTriggersBackIsFound() throws SQLException {
        LedgerAccountId fund = LedgerAccountId.of(call(() -> treasury.ledger(ravi, SELLERS)).account("General")
                .orElseThrow().id());
        LedgerAccountId buyers = LedgerAccountId.of(call(() -> treasury.openAccount(ravi, SELLERS,
                AccountKind.CONTRIBUTOR, "Buyers")).id());
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            long cents = 1_000L * i;
            ids.add(call(() -> treasury.record(ravi, SELLERS, new TransferOrder.Posted(TransferId.generate(), buyers,
                    fund, Amount.of("USD", cents), ""))).id());
        }
        call(() -> treasury.checkpoint(ravi, SELLERS));
        LedgerReport sound = call(() -> treasury.verify(sellersMember(), SELLERS));
        assertTrue(sound.sound(), sound.findings().toString());
        assertEquals(5, sound.transfersChecked());
        assertEquals(1, sound.checkpointsChecked());

        String tampered = ids.get(2);
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            s.execute(database == TestDatabase.Kind.H2 ? "DROP TRIGGER ledger_transfer_append_only"
                    : "ALTER TABLE ledger_transfer DISABLE TRIGGER ledger_transfer_append_only");
            s.executeUpdate("UPDATE ledger_transfer SET amount = 1 WHERE id = '" + tampered + "'");
            s.execute(database == TestDatabase.Kind.H2 ? "CREATE TRIGGER ledger_transfer_append_only BEFORE UPDATE, "
                    + "DELETE ON ledger_transfer FOR EACH ROW CALL 'org.unionhall.infrastructure.persistence."
                    + "AppendOnlyTrigger'" : "ALTER TABLE ledger_transfer ENABLE TRIGGER ledger_transfer_append_only");
        }
        LedgerReport report = call(() -> treasury.verify(sellersMember(), SELLERS));
        assertFalse(report.sound());
        assertTrue(report.first("L3").orElseThrow().message().contains(tampered), report.findings().toString());
        assertTrue(report.first("L8").isPresent(), report.findings().toString());
        assertTrue(report.first("L10").isPresent(), report.findings().toString());
    }

    Actor sellersMember() {
        return actor("lena");
    }

    @Test
    void aCheckpointIsSignedWithTheOneInstallationKey() {
        fundWith("Checkpoint fund", 900);
        CheckpointView first = call(() -> treasury.checkpoint(fatima, MODS));
        CheckpointView second = call(() -> treasury.checkpoint(fatima, MODS));
        assertEquals(first.publicKey(), second.publicKey());
        Ed25519InstallationSigner signer = new Ed25519InstallationSigner(db.em(), new SecureRandom());
        byte[] key = HexFormat.of().parseHex(first.publicKey());
        byte[] statement = HexFormat.of().parseHex(first.statement());
        assertTrue(signer.verifies(key, statement, HexFormat.of().parseHex(first.signature())));
        statement[statement.length - 1] ^= 1;
        assertFalse(signer.verifies(key, statement, HexFormat.of().parseHex(first.signature())));
        assertEquals(rows(MODS), second.transferCount());
        assertEquals(call(() -> treasury.ledger(chloe, MODS)).headHash(), second.headHash());
        assertTrue(call(() -> treasury.checkpoints(chloe, MODS)).size() >= 2);
        assertEquals(1, call(() -> db.em().createNativeQuery("SELECT COUNT(*) FROM installation_key")
                .getSingleResult()) instanceof Number n ? n.intValue() : -1);
    }

    // --- concurrency -----------------------------------------------------------------------------

    @Test
    void ofAHundredParallelWithdrawalsOfSixtyPercentExactlyOneSucceeds() throws Exception {
        LedgerAccountId fund = fundWith("Race fund", 100_000);
        int withdrawals = 100;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < withdrawals; i++) {
                outcomes.add(pool.submit(() -> {
                    EntityManager em = db.secondEntityManager();
                    try {
                        TreasuryLedgerService mine = service(em, TestDatabase.stores(em, clock));
                        start.await(10, TimeUnit.SECONDS);
                        TestDatabase.tx(em, () -> mine.record(fatima, MODS, new TransferOrder.Posted(
                                TransferId.generate(), fund, team, eur(60_000), "")));
                        return "posted";
                    } catch (RuleViolation refused) {
                        return refused.getMessage();
                    } finally {
                        em.close();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter("posted"::equals).count(), results.toString());
            assertEquals(withdrawals - 1, results.stream().filter(("Race fund has 400.00 EUR available, so 600.00 EUR "
                    + "cannot be taken from it.")::equals).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40_000, balance(fund).balance());
        LedgerReport report = call(() -> treasury.verify(chloe, MODS));
        assertTrue(report.sound(), report.findings().toString());
    }
}
