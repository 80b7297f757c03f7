package org.unionhall.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.election.DefaultElectionService;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.application.treasury.BudgetRoundView;
import org.unionhall.application.treasury.DefaultBudgetService;
import org.unionhall.application.treasury.DefaultFundService;
import org.unionhall.application.treasury.DefaultTreasuryLedgerService;
import org.unionhall.application.treasury.FundService;
import org.unionhall.application.treasury.FundsView;
import org.unionhall.application.treasury.GrantSummary;
import org.unionhall.application.treasury.LedgerView;
import org.unionhall.application.treasury.TreasuryLedgerService;
import org.unionhall.application.treasury.TreasuryServices;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.TreasuryRules;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.BudgetRoundStatus;
import org.unionhall.domain.treasury.GrantStatus;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.crypto.Ed25519InstallationSigner;
import org.unionhall.infrastructure.persistence.JpaBudgetRounds;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaCongressVotes;
import org.unionhall.infrastructure.persistence.JpaGrantRequests;
import org.unionhall.infrastructure.persistence.JpaLedgerCheckpoints;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.infrastructure.persistence.JpaMotions;
import org.unionhall.infrastructure.persistence.JpaNominations;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaProxies;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * The demo treasury a newcomer meets, on H2 and PostgreSQL: both unions' books hold a year of
 * history that verifies, no fund is below zero, paid grants fill the list, and today requests wait
 * at every step (a second approval, a payment, the members' vote); a second start writes nothing.
 * The fund page charts twelve months, never names a legal-aid case, and is for members until the
 * bylaws make it public.
 */
class DemoTreasuryContract {
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void bothDemoUnionsKeepAYearOfBooksThatVerifyWithRequestsWaitingAtEveryStep(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Stores stores = db.stores(new ManualClock(NOW));
            MotionStores motions = new MotionStores(stores, new JpaBylawsBook(db.em()), new JpaMotions(db.em()),
                    new JpaNominations(db.em()), new JpaCongressVotes(db.em()), new JpaProxies(db.em()),
                    new JpaNotifications(db.em()));
            Ed25519InstallationSigner signer = new Ed25519InstallationSigner(db.em(), new SecureRandom());
            BallotBox ballots = new BallotBox(Optional.of(new DefaultElectionService(stores,
                    new JpaElections(db.em()), published -> { })));
            DemoTreasury treasury = new DemoTreasury(motions, new JpaLedgers(db.em()),
                    new JpaLedgerCheckpoints(db.em()), signer, new JpaGrantRequests(db.em()),
                    new JpaBudgetRounds(db.em()), new JpaOutbox(db.em()), new JpaMailPreferences(db.em()), ballots);
            assertTrue(db.tx(() -> {
                new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty();
                new DemoBylaws(motions).seedIfMissing();
                return treasury.seedIfMissing();
            }));
            assertFalse(db.tx(treasury::seedIfMissing), "a second start writes nothing");

            TreasuryLedgerService ledger = new DefaultTreasuryLedgerService(stores, new JpaLedgers(db.em()),
                    new JpaLedgerCheckpoints(db.em()), signer);
            Actor chloe = actor(db, stores, "chloe");
            Actor hana = actor(db, stores, "hana");
            for (Map.Entry<String, Actor> union : Map.of("fediverse-moderators", chloe, "indie-sellers", hana)
                    .entrySet()) {
                LedgerView books = db.tx(() -> ledger.ledger(union.getValue(), union.getKey()));
                assertTrue(books.transferCount() >= 24, union.getKey() + " has a year of dues: " + books.transferCount());
                Instant oldest = db.tx(() -> ledger.transfers(union.getValue(), union.getKey(),
                        (int) books.transferCount() - 1, 1)).items().get(0).recordedAt();
                assertTrue(oldest.isBefore(NOW.minus(java.time.Duration.ofDays(330))), "kept since " + oldest);
                assertTrue(books.accounts().stream().filter(a -> a.kind() == AccountKind.FUND)
                        .allMatch(a -> a.available() >= 0 && a.balance() >= 0), books.accounts().toString());
                assertTrue(db.tx(() -> ledger.verify(union.getValue(), union.getKey())).findings().isEmpty());
            }

            Actor fatima = actor(db, stores, "fatima");
            var grants = TreasuryServices.grants(db.em(), stores);
            List<GrantSummary> all = db.tx(() -> grants.requests(fatima, "fediverse-moderators", false, Set.of(), 0,
                    100)).items();
            Map<GrantStatus, Long> byStatus = all.stream().collect(Collectors.groupingBy(GrantSummary::status,
                    Collectors.counting()));
            assertTrue(byStatus.getOrDefault(GrantStatus.PAID, 0L) >= 12, byStatus.toString());
            for (GrantStatus waiting : List.of(GrantStatus.SUBMITTED, GrantStatus.APPROVED, GrantStatus.WITH_MEMBERS)) {
                assertTrue(byStatus.getOrDefault(waiting, 0L) >= 1, waiting + " in " + byStatus);
            }
            DefaultBudgetService budgetService = new DefaultBudgetService(stores, new JpaLedgers(db.em()),
                    new JpaBudgetRounds(db.em()), new JpaGrantRequests(db.em()), new JpaBylawsBook(db.em()),
                    TreasuryServices.notifier(db.em(), stores), ballots);
            List<BudgetRoundView> budgets = db.tx(() -> budgetService.rounds(chloe, "fediverse-moderators"));
            assertEquals(1, budgets.size(), "one participatory budget is before the members");
            BudgetRoundView winter = db.tx(() -> budgetService.round(chloe, budgets.get(0).id()));
            assertEquals(BudgetRoundStatus.VOTING, winter.status());
            assertEquals(ElectionPhase.CEREMONY, winter.ballotPhase(), "its trustees hold the key ceremony");
            assertEquals(3, winter.entries().size());
            Map<GrantStatus, Long> sellers = db.tx(() -> grants.requests(actor(db, stores, "ravi"), "indie-sellers",
                    false, Set.of(), 0, 100)).items().stream().collect(Collectors.groupingBy(GrantSummary::status,
                    Collectors.counting()));
            assertEquals(Map.of(GrantStatus.PAID, 2L, GrantStatus.SUBMITTED, 1L), sellers);

            FundService funds = new DefaultFundService(stores, new JpaLedgers(db.em()), new JpaGrantRequests(db.em()),
                    new JpaBylawsBook(db.em()));
            FundsView page = db.tx(() -> funds.funds(Optional.of(chloe), "fediverse-moderators"));
            assertTrue(page.months().size() >= 11, "a year of months: " + page.months());
            assertTrue(page.months().stream().allMatch(m -> m.in() > 0), page.months().toString());
            assertTrue(page.months().stream().filter(m -> m.out() > 0).count() >= 10, page.months().toString());
            assertTrue(page.paid().stream().anyMatch(g -> g.title().equals("Legal aid") && g.instance() == null));
            assertTrue(page.paid().stream().noneMatch(g -> g.title().contains("defamation")),
                    "a legal-aid case is never on the fund page");
            assertThrows(NotFound.class, () -> db.tx(() -> funds.funds(Optional.empty(), "fediverse-moderators")),
                    "members only under the founding bylaws");
            assertThrows(AccessDenied.class, () -> db.tx(() -> funds.funds(Optional.of(hana), "fediverse-moderators")));
            db.run(() -> {
                Bylaws current = motions.bylaws().inForceOfUnion(stores.unions().findBySlug("fediverse-moderators")
                        .orElseThrow().id()).orElseThrow();
                Bylaws open = current.proposeNext(current.terms().withTreasury(new TreasuryRules(2, 0, 500_000, true)),
                        NOW);
                motions.bylaws().add(open);
                open.adoptAfter(current, "test", NOW);
            });
            assertTrue(db.tx(() -> funds.funds(Optional.empty(), "fediverse-moderators")).publicPage(),
                    "anyone reads it once the bylaws say so");
        }
    }

    private static Actor actor(TestDatabase db, Stores stores, String handle) {
        Function<String, Actor> find = h -> new Actor(stores.members().findByEmail(h + "@" + DemoData.DOMAIN)
                .orElseThrow().id());
        return db.tx(() -> find.apply(handle));
    }
}
