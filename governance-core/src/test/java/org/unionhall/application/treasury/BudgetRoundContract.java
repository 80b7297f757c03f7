package org.unionhall.application.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.election.DefaultElectionService;
import org.unionhall.application.election.ElectionDriver;
import org.unionhall.application.election.ElectionPublished;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.BudgetRoundStatus;
import org.unionhall.domain.treasury.GrantStatus;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferOrder;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoBylaws;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaBudgetRounds;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.infrastructure.persistence.JpaGrantRequests;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * Participatory budgets as the Fediverse Moderators meet them, on H2 and on PostgreSQL: a
 * treasurer puts five moderation requests that together cost more than the budget before the
 * members; the union's trustees hold the key; five members approve what they want funded in
 * secret; the published counts fund the requests greedily within the budget, a tie broken by cost
 * and a request that no longer fits passed over for one that does, all paid in one batch. Also who
 * may open one, what may compete, an overdraft, and a ballot that is cancelled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class BudgetRoundContract {
    static final String MODS = "fediverse-moderators";

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    Stores stores;
    TreasuryLedgerService ledger;
    GrantService grants;
    DefaultElectionService elections;
    BudgetService budgets;
    final List<ElectionPublished> published = new CopyOnWriteArrayList<>();
    Actor fatima;
    Actor amara;
    Actor chloe;
    LedgerAccountId donors;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        published.clear();
        db = TestDatabase.of(database);
        stores = db.stores(new ManualClock(GrantContract.NOW));
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        db.tx(() -> new DemoBylaws(TreasuryServices.motionStores(db.em(), stores)).seedIfMissing());
        ledger = LedgerContract.service(db.em(), stores);
        grants = TreasuryServices.grants(db.em(), stores);
        elections = new DefaultElectionService(stores, new JpaElections(db.em()), published::add);
        budgets = new DefaultBudgetService(stores, new JpaLedgers(db.em()), new JpaBudgetRounds(db.em()),
                new JpaGrantRequests(db.em()), new JpaBylawsBook(db.em()), TreasuryServices.notifier(db.em(), stores),
                new BallotBox(Optional.of(elections)));
        fatima = actor("fatima");
        amara = actor("amara");
        chloe = actor("chloe");
        call(() -> ledger.open(fatima, MODS, "EUR"));
        donors = LedgerAccountId.of(call(() -> ledger.openAccount(fatima, MODS, AccountKind.CONTRIBUTOR, "Donors"))
                .id());
        give(150_000);
    }

    void give(long cents) {
        LedgerAccountId fund = LedgerAccountId.of(account("Moderation Labour").id());
        call(() -> ledger.record(fatima, MODS, new TransferOrder.Posted(TransferId.generate(), donors, fund,
                Amount.of("EUR", cents), "")));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    Actor actor(String handle) {
        return new Actor(db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    LedgerAccountView account(String name) {
        return call(() -> ledger.ledger(chloe, MODS)).account(name).orElseThrow();
    }

    /** A submitted moderation-labour request by chloe at 20.00 EUR an hour. */
    String submitted(String title, int hours) {
        GrantView draft = call(() -> grants.draft(chloe, MODS, GrantClaim.labour(GrantContract.SOCIAL, title,
                "Reviewed the report queue every evening.", LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-28"), BigDecimal.valueOf(hours), "20.00")));
        call(() -> grants.addLink(chloe, draft.id(), "Moderation log", "https://social.example.org/admin/log"));
        return call(() -> grants.submit(chloe, draft.id())).id();
    }

    GrantStatus status(String request) {
        return call(() -> grants.request(chloe, request)).status();
    }

    ElectionDriver driver(BudgetRoundView round) {
        ElectionDriver driver = new ElectionDriver(elections, new ElectionDriver.Tx() {
            @Override
            public <T> T call(Supplier<T> work) {
                return db.tx(work);
            }
        });
        driver.follow(ElectionId.of(round.electionId()), amara);
        return driver;
    }

    @Test
    void theMembersShareTheBudgetAndTheResultIsPaidInOneBatch() {
        String a = submitted("Evening queue, February", 20);     // 400.00
        String b = submitted("Spam wave clean-up", 30);          // 600.00
        String c = submitted("Appeals backlog", 25);             // 500.00
        String d = submitted("Policy rewrite", 10);              // 200.00
        String e = submitted("Weekend cover", 15);               // 300.00
        long available = account("Moderation Labour").available();

        BudgetRoundView round = call(() -> budgets.open(fatima, MODS, new NewBudgetRound("Moderation, spring",
                null, "1000.00", List.of(a, b, c, d, e), null, null)));
        assertEquals(BudgetRoundStatus.VOTING, round.status());
        assertEquals(ElectionPhase.CEREMONY, round.ballotPhase());
        assertTrue(round.tieRule().contains("the cheaper one comes first"), "the tie rule is stated before voting");
        assertEquals(List.of("400.00", "600.00", "500.00", "200.00", "300.00"),
                round.entries().stream().map(BudgetRoundView.Entry::cost).toList());
        assertEquals(available - 100_000, account("Moderation Labour").available(), "the budget is reserved");
        assertEquals(GrantStatus.WITH_MEMBERS, status(a));
        assertEquals(round.id(), call(() -> grants.request(chloe, a)).budgetRoundId());
        assertThrows(RuleViolation.class, () -> call(() -> grants.approve(fatima, a)),
                "the members decide it now, not the treasurers");
        assertThrows(RuleViolation.class, () -> call(() -> grants.withdraw(chloe, a)));
        assertTrue(call(() -> new JpaNotifications(db.em()).ofMember(actor("yuki").memberId(), 0, 100)).stream()
                .anyMatch(n -> n.kind() == NotificationKind.TRUSTEE_NEEDED
                        && n.budgetRoundId().map(Object::toString).equals(Optional.of(round.id()))),
                "the trustees are asked to the key ceremony");

        ElectionDriver driver = driver(round);
        driver.ceremony();
        List<String> voters = List.of("priya", "jonas", "mateo", "yuki", "diego");
        List<Credential> keys = voters.stream().map(h -> driver.register(actor(h))).toList();
        BudgetRoundView registering = call(() -> budgets.round(amara, round.id()));
        assertEquals(ElectionPhase.REGISTRATION, registering.ballotPhase());
        assertTrue(registering.votingOpens().isAfter(GrantContract.NOW.plus(java.time.Duration.ofDays(1))),
                "members have time to register before voting opens");
        assertTrue(registering.mayOpenVoting(), "a steward may open it sooner");
        assertThrows(AccessDenied.class, () -> call(() -> budgets.openVoting(chloe, round.id())));
        assertEquals(ElectionPhase.OPEN, call(() -> budgets.openVoting(amara, round.id())).ballotPhase());
        ElectionContext context = driver.context();
        int[][] marks = {{1, 1, 1, 0, 1}, {1, 1, 1, 0, 1}, {1, 1, 1, 0, 1}, {0, 1, 1, 0, 0}, {0, 1, 0, 0, 0}};
        for (int i = 0; i < voters.size(); i++) {
            driver.cast(actor(voters.get(i)), driver.approvals(context, keys.get(i), marks[i]));
        }
        assertEquals(0, call(budgets::settleDue), "nothing is paid while the members vote");
        call(() -> elections.close(amara, ElectionId.of(round.electionId())));
        driver.decrypt(1, 2);
        assertEquals(1, published.size());

        assertEquals(1, call(budgets::settleDue));
        assertEquals(0, call(budgets::settleDue), "a budget is executed once");
        BudgetRoundView funded = call(() -> budgets.round(chloe, round.id()));
        assertEquals(BudgetRoundStatus.FUNDED, funded.status());
        assertEquals(5L, funded.ballots());
        assertEquals("900.00", funded.funded());
        Map<String, BudgetRoundView.Entry> entries = funded.entries().stream()
                .collect(Collectors.toMap(BudgetRoundView.Entry::requestId, Function.identity()));
        assertEquals(List.of(3L, 5L, 4L, 0L, 3L), funded.entries().stream().map(BudgetRoundView.Entry::approvals)
                .toList(), "the approvals the election record proves");
        assertEquals(true, entries.get(b).funded());
        assertTrue(entries.get(b).reason().startsWith("Funded: 5 approvals, 1st of 5"), entries.get(b).reason());
        assertEquals(false, entries.get(c).funded(), "500.00 no longer fits in the 400.00 left");
        assertTrue(entries.get(c).reason().contains("only 400.00 EUR of the budget was left"), entries.get(c).reason());
        assertEquals(true, entries.get(e).funded(), "the tie with the 400.00 request goes to the cheaper");
        assertTrue(entries.get(e).reason().startsWith("Funded: 3 approvals, 3rd of 5"), entries.get(e).reason());
        assertEquals(false, entries.get(a).funded());
        assertTrue(entries.get(a).reason().contains("4th of 5"), entries.get(a).reason());
        assertEquals("Not funded: no member approved it.", entries.get(d).reason());

        assertEquals(List.of(GrantStatus.REJECTED, GrantStatus.PAID, GrantStatus.REJECTED, GrantStatus.REJECTED,
                GrantStatus.PAID), List.of(a, b, c, d, e).stream().map(this::status).toList());
        GrantView paid = call(() -> grants.request(chloe, b));
        assertTrue(paid.note().contains("Moderation, spring"), paid.note());
        assertEquals(90_000, account("Moderation team of social.example.org").balance());
        assertEquals(available - 90_000, account("Moderation Labour").available(),
                "the rest of the budget is back in the fund");
        assertEquals(0, account(DefaultBudgetService.HOLDING).balance(), "the reservation was released, never paid");
        assertTrue(call(() -> ledger.verify(fatima, MODS)).sound(), "the books still check");
        List<AuditAction> trail = call(() -> stores.audit().ofUnion(stores.unions().findBySlug(MODS).orElseThrow()
                .id(), 0, 5000)).stream().map(x -> x.action()).toList();
        assertTrue(trail.contains(AuditAction.BUDGET_OPENED) && trail.contains(AuditAction.BUDGET_FUNDED));
    }

    @Test
    void onlyATreasurerOpensOneAndOnlyWhatMayCompeteEntersIt() {
        String x = submitted("Night shift", 30);
        String y = submitted("Report triage", 30);
        assertThrows(AccessDenied.class, () -> call(() -> budgets.open(chloe, MODS, new NewBudgetRound("Mine",
                null, "700.00", List.of(x, y), null, null))));
        RuleViolation fits = assertThrows(RuleViolation.class, () -> call(() -> budgets.open(fatima, MODS,
                new NewBudgetRound("Enough for both", null, "1200.00", List.of(x, y), null, null))));
        assertTrue(fits.getMessage().contains("nothing to share"), fits.getMessage());
        GrantView legal = call(() -> grants.draft(chloe, MODS, GrantClaim.legalAid("Takedown notice",
                "A cease-and-desist letter about a moderation decision.", "300.00")));
        call(() -> grants.submit(chloe, legal.id()));
        RuleViolation confidential = assertThrows(RuleViolation.class, () -> call(() -> budgets.open(fatima, MODS,
                new NewBudgetRound("With a case", "Legal Defence", "100.00", List.of(legal.id(), x), null, null))));
        assertTrue(confidential.getMessage().contains("confidential"), confidential.getMessage());
        assertThrows(NotFound.class, () -> call(() -> budgets.open(fatima, MODS, new NewBudgetRound("Unknown",
                null, "100.00", List.of(x, "00000000-0000-0000-0000-000000000000"), null, null))));
        long available = account("Moderation Labour").available();
        RuntimeException overdraft = assertThrows(RuntimeException.class, () -> call(() -> budgets.open(fatima, MODS,
                new NewBudgetRound("More than the fund holds", null, Amount.decimal(available + 100,
                        java.util.Currency.getInstance("EUR")), List.of(x, y, submitted("Big", 10_000)), null,
                        null))));
        assertTrue(overdraft.getMessage().contains("Moderation Labour"), overdraft.getMessage());
        assertEquals(List.of(GrantStatus.SUBMITTED, GrantStatus.SUBMITTED), List.of(status(x), status(y)),
                "a refused budget changes nothing");
        assertThrows(AccessDenied.class, () -> call(() -> budgets.rounds(actor("lena"), MODS)),
                "another union's member does not see the budgets");
    }

    @Test
    void aCancelledBallotSendsTheRequestsBackToTheTreasurers() {
        String x = submitted("Holiday cover", 30);
        String y = submitted("Moderator training", 30);
        give(70_000);
        long available = account("Moderation Labour").available();
        BudgetRoundView round = call(() -> budgets.open(fatima, MODS, new NewBudgetRound("Nobody votes", null,
                "700.00", List.of(x, y), null, null)));
        ElectionDriver driver = driver(round);
        driver.ceremony();
        driver.register(actor("jonas"));
        call(() -> elections.open(amara, ElectionId.of(round.electionId())));
        call(() -> elections.close(amara, ElectionId.of(round.electionId())));
        assertEquals(1, call(budgets::settleDue), "no ballot was cast, so the ballot was cancelled");
        BudgetRoundView cancelled = call(() -> budgets.round(chloe, round.id()));
        assertEquals(BudgetRoundStatus.CANCELLED, cancelled.status());
        assertNull(cancelled.entries().get(0).funded());
        assertEquals(available, account("Moderation Labour").available(), "the reservation is released");
        assertEquals(List.of(GrantStatus.SUBMITTED, GrantStatus.SUBMITTED), List.of(status(x), status(y)));
        assertNull(call(() -> grants.request(chloe, x)).budgetRoundId());
    }
}
