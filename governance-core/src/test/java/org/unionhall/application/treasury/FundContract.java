package org.unionhall.application.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferOrder;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaGrantRequests;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * The fund page's monthly sums on H2 and PostgreSQL: what a member reads month by month is what
 * came into the funds and went out of them for good, counted once, in the month it was recorded,
 * for the last twelve months.
 */
class FundContract {
    private static final String MODS = "fediverse-moderators";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theMonthsShowWhatWasPostedIntoAndOutOfFundsForTheLastTwelveMonths(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            ManualClock clock = new ManualClock(Instant.parse("2026-01-10T09:00:00Z"));
            Stores stores = db.stores(clock);
            assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
            TreasuryLedgerService treasury = LedgerContract.service(db.em(), stores);
            FundService funds = new DefaultFundService(stores, new JpaLedgers(db.em()),
                    new JpaGrantRequests(db.em()), new JpaBylawsBook(db.em()));
            Actor fatima = actor(db, stores, "fatima");
            Actor chloe = actor(db, stores, "chloe");
            LedgerView ledger = db.tx(() -> treasury.open(fatima, MODS, "EUR"));
            LedgerAccountId general = id(ledger, "General");
            LedgerAccountId legal = id(ledger, "Legal Defence");
            LedgerAccountId bank = id(ledger, "Bank account");
            LedgerAccountId donors = LedgerAccountId.of(db.tx(() -> treasury.openAccount(fatima, MODS,
                    AccountKind.CONTRIBUTOR, "Donors")).id());
            LedgerAccountId team = LedgerAccountId.of(db.tx(() -> treasury.openAccount(fatima, MODS,
                    AccountKind.PAYEE, "mastodon.example moderation team")).id());
            Supplier<List<FundsView.Month>> months = () -> db.tx(() -> funds.funds(Optional.of(chloe), MODS)).months();

            TransferId held = TransferId.generate();
            db.tx(() -> treasury.recordBatch(fatima, MODS, List.of(
                    new TransferOrder.Posted(TransferId.generate(), donors, general, eur(10_000), "dues:2026-01"),
                    new TransferOrder.Posted(TransferId.generate(), general, team, eur(3_000), ""),
                    new TransferOrder.Posted(TransferId.generate(), general, legal, eur(500), ""),
                    new TransferOrder.Pending(held, general, team, eur(1_000), Optional.empty(), ""))));
            db.tx(() -> treasury.record(fatima, MODS, new TransferOrder.VoidPending(TransferId.generate(), held, "")));

            clock.set(Instant.parse("2026-02-27T23:59:59Z"));
            TransferId reserved = TransferId.generate();
            db.tx(() -> treasury.recordBatch(fatima, MODS, List.of(
                    new TransferOrder.Posted(TransferId.generate(), bank, legal, eur(700), ""),
                    new TransferOrder.Pending(reserved, general, team, eur(2_000), Optional.empty(), ""),
                    new TransferOrder.Posted(TransferId.generate(), general, bank, eur(200), ""))));
            db.tx(() -> treasury.record(fatima, MODS, new TransferOrder.PostPending(TransferId.generate(), reserved,
                    Optional.of(eur(1_500)), "")));

            clock.set(Instant.parse("2026-12-31T12:00:00Z"));
            assertEquals(List.of(new FundsView.Month("2026-01", 10_000, 3_000),
                    new FundsView.Month("2026-02", 700, 1_700)), months.get());
            clock.set(Instant.parse("2027-01-01T00:00:00Z"));
            assertEquals(List.of(new FundsView.Month("2026-02", 700, 1_700)), months.get(),
                    "January 2026 is thirteen months back");
        }
    }

    private static Actor actor(TestDatabase db, Stores stores, String handle) {
        return new Actor(db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    private static LedgerAccountId id(LedgerView ledger, String name) {
        return LedgerAccountId.of(ledger.account(name).orElseThrow().id());
    }

    private static Amount eur(long cents) {
        return Amount.of("EUR", cents);
    }
}
