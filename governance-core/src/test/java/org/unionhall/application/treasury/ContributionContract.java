package org.unionhall.application.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.DefaultPrivacyService;
import org.unionhall.application.MyDataExport;
import org.unionhall.application.MyDataView;
import org.unionhall.application.Stores;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Instance;
import org.unionhall.domain.privacy.PersonalData;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.GiverKind;
import org.unionhall.domain.treasury.PledgePeriod;
import org.unionhall.domain.treasury.PledgeStanding;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaContributions;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.infrastructure.persistence.JpaPersonalData;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * Contributions as the Fediverse Moderators' treasurer Fatima records them and the member Chloé
 * sees them, on H2 and on PostgreSQL: the money goes through the ledger from pooled contributor
 * accounts, who gave stays with the treasurers and the giver, pledges are paid or overdue by the
 * contributions that name them, and a bank statement is previewed without a write and imported
 * once however often it is sent. Each test records into a fund of its own, so their order does
 * not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ContributionContract {
    static final Instant NOW = Instant.parse("2026-03-20T09:30:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-20");
    static final String MODS = "fediverse-moderators";

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    ManualClock clock;
    Stores stores;
    TreasuryLedgerService treasury;
    ContributionService service;
    Actor fatima;
    Actor chloe;
    Actor mateo;
    Actor ravi;
    Instance social;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        db = TestDatabase.of(database);
        clock = new ManualClock(NOW);
        stores = db.stores(clock);
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        treasury = LedgerContract.service(db.em(), stores);
        service = new DefaultContributionService(stores, new JpaLedgers(db.em()), new JpaContributions(db.em()),
                treasury);
        fatima = actor("fatima");
        chloe = actor("chloe");
        mateo = actor("mateo");
        ravi = actor("ravi");
        call(() -> treasury.open(fatima, MODS, "EUR"));
        social = call(() -> stores.instances().ofUnion(stores.unions().findBySlug(MODS).orElseThrow().id())).stream()
                .filter(i -> i.host().equals("social.example.org")).findFirst().orElseThrow();
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

    String fund(String name) {
        return call(() -> treasury.openAccount(fatima, MODS, AccountKind.FUND, name)).id();
    }

    LedgerAccountView account(String name) {
        return call(() -> treasury.ledger(chloe, MODS)).account(name).orElseThrow();
    }

    static NewContribution dues(String id, Actor member, String fund, String amount) {
        return new NewContribution(id, ContributionKind.DUES, GiverKind.MEMBER, member.memberId().toString(), null,
                fund, amount, "EUR", TODAY, null, null);
    }

    static NewContribution anonymous(String fund, String amount, String currency) {
        return new NewContribution(UUID.randomUUID().toString(), ContributionKind.DONATION, GiverKind.ANONYMOUS, null,
                null, fund, amount, currency, TODAY, null, null);
    }

    RecordedContribution record(NewContribution c) {
        return call(() -> service.record(fatima, MODS, c));
    }

    /** What anyone could compare before and after a refused call: rows, contributions, audit entries. */
    List<Long> written() {
        return List.of(call(() -> treasury.ledger(chloe, MODS)).transferCount(),
                call(() -> service.contributions(fatima, MODS, 0, 1)).total(), (long) trail().size());
    }

    List<AuditEntry> trail() {
        return call(() -> stores.audit().ofUnion(stores.unions().findBySlug(MODS).orElseThrow().id(), 0, 5000));
    }

    StatementPreview preview(String fund, String csv) {
        return call(() -> service.previewStatement(fatima, MODS, fund, stream(csv)));
    }

    StatementPreview importing(String fund, String csv) {
        return call(() -> service.importStatement(fatima, MODS, fund, stream(csv)));
    }

    static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Refused with a message containing the words, and nothing written. */
    void refusedUnchanged(Class<? extends DomainException> type, String words, Executable call) {
        List<Long> before = written();
        String message = assertThrows(type, call).getMessage();
        assertTrue(message.contains(words), message);
        assertEquals(before, written(), "a refused call writes nothing");
    }

    // --- recording ----------------------------------------------------------------------------------

    @Test
    void aTreasurerRecordsDuesAndDonationsThroughPooledContributorAccounts() {
        String fund = fund("Recording fund");
        record(dues(UUID.randomUUID().toString(), chloe, fund, "12.50"));
        record(new NewContribution(UUID.randomUUID().toString(), ContributionKind.DONATION, GiverKind.INSTANCE, null,
                social.id().toString(), fund, "100.00", "EUR", TODAY, null, null));
        record(new NewContribution(UUID.randomUUID().toString(), ContributionKind.DONATION, GiverKind.INSTANCE, null,
                social.id().toString(), fund, "50.00", "EUR", TODAY, "Example Social, a proud sponsor", null));
        RecordedContribution gift = record(anonymous(fund, "7.00", "EUR"));

        assertEquals("169.50", account("Recording fund").balanceText().replace(" EUR", ""));
        assertEquals(AccountKind.CONTRIBUTOR, account(DefaultContributionService.MEMBER_DUES).kind());
        assertEquals(AccountKind.CONTRIBUTOR, account(DefaultContributionService.INSTANCE_CONTRIBUTIONS).kind());
        assertEquals(AccountKind.CONTRIBUTOR, account(DefaultContributionService.ANONYMOUS_DONATIONS).kind());
        assertEquals(AccountKind.CONTRIBUTOR, account("Example Social, a proud sponsor").kind(),
                "an instance that chose a public name is named in the ledger");
        assertFalse(gift.retry());
        assertEquals(GiverKind.ANONYMOUS, gift.contribution().giver());
        assertEquals("Recording fund", gift.contribution().fundName());

        List<ContributionView> all = call(() -> service.contributions(fatima, MODS, 0, 100)).items();
        assertTrue(all.stream().anyMatch(c -> c.memberName().equals(Optional.of("Chloé Martin"))
                && c.kind() == ContributionKind.DUES && c.amountText().equals("12.50 EUR")));
        assertTrue(all.stream().anyMatch(c -> c.instanceName().equals(Optional.of("Example Social"))));
        assertTrue(trail().stream().anyMatch(e -> e.action() == AuditAction.CONTRIBUTION_RECORDED
                && e.detail().startsWith("Recorded a donation of 7.00 EUR from an anonymous giver into Recording fund")
                && e.actor().equals(Optional.of(fatima.memberId()))));
        assertTrue(call(() -> treasury.verify(chloe, MODS)).sound());
    }

    @Test
    void aRetryReturnsTheFirstRecordAndTheSameIdWithOtherDetailsIsRefused() {
        String fund = fund("Retry fund");
        String id = UUID.randomUUID().toString();
        RecordedContribution first = record(dues(id, chloe, fund, "20.00"));
        List<Long> before = written();
        RecordedContribution again = record(dues(id, chloe, fund, "20.00"));
        assertTrue(again.retry());
        assertEquals(first.contribution(), again.contribution());
        assertEquals(before, written(), "a retry writes nothing");
        refusedUnchanged(RuleViolation.class, "was recorded already with other details",
                () -> record(dues(id, chloe, fund, "21.00")));
        assertEquals("20.00", account("Retry fund").balanceText().replace(" EUR", ""));
    }

    @Test
    void badAmountsCurrenciesAndGiversAreRefusedWithASentenceAndNothingIsWritten() {
        String fund = fund("Refusals fund");
        refusedUnchanged(InvalidInput.class, "more than zero", () -> record(anonymous(fund, "0.00", "EUR")));
        refusedUnchanged(InvalidInput.class, "without a sign", () -> record(anonymous(fund, "-5.00", "EUR")));
        refusedUnchanged(InvalidInput.class, "too large", () -> record(anonymous(fund, "99999999999999999", "EUR")));
        refusedUnchanged(InvalidInput.class, "2 decimal places", () -> record(anonymous(fund, "1.005", "EUR")));
        refusedUnchanged(InvalidInput.class, "This ledger keeps EUR; an amount in USD cannot be recorded",
                () -> record(anonymous(fund, "5.00", "USD")));
        refusedUnchanged(InvalidInput.class, "ISO 4217", () -> record(anonymous(fund, "5.00", "EURO")));
        refusedUnchanged(RuleViolation.class, "Only members pay dues", () -> record(new NewContribution(
                UUID.randomUUID().toString(), ContributionKind.DUES, GiverKind.ANONYMOUS, null, null, fund, "5.00",
                "EUR", TODAY, null, null)));
        refusedUnchanged(InvalidInput.class, "is the name of a pooled contributor account", () -> record(
                new NewContribution(UUID.randomUUID().toString(), ContributionKind.DONATION, GiverKind.INSTANCE, null,
                        social.id().toString(), fund, "5.00", "EUR", TODAY, "Member dues", null)));
        String bank = account("Bank account").id();
        refusedUnchanged(InvalidInput.class, "is not one", () -> record(anonymous(bank, "5.00", "EUR")));
        refusedUnchanged(InvalidInput.class, "is not, and was not, a member", () -> record(dues(
                UUID.randomUUID().toString(), ravi, fund, "5.00")));
        refusedUnchanged(InvalidInput.class, "cannot be in the future", () -> record(new NewContribution(
                UUID.randomUUID().toString(), ContributionKind.DONATION, GiverKind.ANONYMOUS, null, null, fund,
                "5.00", "EUR", TODAY.plusDays(1), null, null)));
        refusedUnchanged(AccessDenied.class, "Only a treasurer",
                () -> call(() -> service.record(chloe, MODS, anonymous(fund, "5.00", "EUR"))));
        assertEquals(0, account("Refusals fund").balance());
    }

    // --- privacy ------------------------------------------------------------------------------------

    @Test
    void aMemberSeesTheirOwnContributionsOnlyAndTheBooksNeverNameAGiverWhoDidNotChooseIt() throws Exception {
        String fund = fund("Privacy fund");
        record(dues(UUID.randomUUID().toString(), chloe, fund, "15.00"));
        record(dues(UUID.randomUUID().toString(), mateo, fund, "16.00"));
        record(new NewContribution(UUID.randomUUID().toString(), ContributionKind.DONATION, GiverKind.MEMBER,
                mateo.memberId().toString(), null, fund, "30.00", "EUR", TODAY, "Mateo the Generous", null));

        MyContributions hers = call(() -> service.mine(chloe, MODS));
        assertTrue(hers.contributions().stream().anyMatch(c -> c.amountText().equals("15.00 EUR")));
        assertTrue(hers.contributions().stream().allMatch(c -> c.memberId().equals(Optional.of(
                chloe.memberId().toString()))), "Chloé sees only her own contributions");
        assertThrows(AccessDenied.class, () -> call(() -> service.contributions(chloe, MODS, 0, 10)));
        assertThrows(AccessDenied.class, () -> call(() -> service.pledges(chloe, MODS)));
        assertThrows(AccessDenied.class, () -> call(() -> service.mine(ravi, MODS)));
        assertThrows(AccessDenied.class, () -> call(() -> service.totals(ravi, MODS)));

        ContributionTotals totals = call(() -> service.totals(chloe, MODS));
        assertTrue(totals.months().stream().anyMatch(m -> m.month().equals("2026-03") && m.fundName().equals(
                "Privacy fund") && m.amountText().equals("61.00 EUR") && m.contributions() == 3), totals.toString());
        assertTrue(totals.publicDonors().contains(new ContributionTotals.PublicDonor("Mateo the Generous",
                "Privacy fund", "2026-03")));
        assertFalse(totals.toString().contains("Chloé") || totals.toString().contains("García"),
                totals.toString());

        String books = call(() -> treasury.journal(chloe, MODS)) + call(() -> treasury.csv(chloe, MODS))
                + call(() -> treasury.ledger(chloe, MODS)) + trail();
        for (String personal : List.of("Chlo", "Martin", "chloe@", "mateo@", "García", "Mateo the Generous", chloe.memberId().toString(),
                mateo.memberId().toString())) {
            assertFalse(books.contains(personal), "the ledger, its exports and the audit trail never hold " + personal);
        }
    }

    @Test
    void erasingAMemberKeepsTheMoneyAndCutsTheLinkToThePerson() throws Exception {
        String fund = fund("Erasure fund");
        Actor kwame = actor("kwame");
        record(new NewContribution(UUID.randomUUID().toString(), ContributionKind.DONATION, GiverKind.MEMBER,
                kwame.memberId().toString(), null, fund, "40.00", "EUR", TODAY, "Kwame from Accra", null));
        call(() -> service.pledge(kwame, MODS, new NewPledge(ContributionKind.DUES, fund, "5.00", "EUR",
                PledgePeriod.MONTHLY, null)));
        long rows = call(() -> treasury.ledger(chloe, MODS)).transferCount();

        DefaultPrivacyService privacy = new DefaultPrivacyService(stores, new JpaPersonalData(db.em()),
                new Argon2PasswordHasher(), new InMemorySignInThrottle());
        MyDataView his = call(() -> privacy.myData(kwame));
        assertEquals(List.of(new PersonalData.ContributionGiven("Fediverse Moderators' Union", "Erasure fund",
                "DONATION", "40.00 EUR", TODAY, Optional.of("Kwame from Accra"), false)), his.contributions());
        assertEquals(List.of("DUES 5.00 EUR MONTHLY"), his.pledges().stream()
                .map(p -> p.kind() + " " + p.amount() + " " + p.period()).toList());
        String export = MyDataExport.json(his, NOW).toString();
        assertTrue(export.contains("Kwame from Accra") && export.contains("Erasure fund"), export);
        assertTrue(his.onErasure().stream().anyMatch(line -> line.startsWith("What you gave stays")));
        call(() -> privacy.erase(kwame, DemoData.PASSWORD));

        assertEquals(rows, call(() -> treasury.ledger(chloe, MODS)).transferCount());
        assertEquals("40.00", account("Erasure fund").balanceText().replace(" EUR", ""));
        assertTrue(call(() -> treasury.verify(chloe, MODS)).sound());
        assertEquals(0, count("SELECT COUNT(*) FROM contribution WHERE member_id = '" + kwame.memberId() + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM contribution WHERE public_name = 'Kwame from Accra'"));
        assertEquals(1, count("SELECT COUNT(*) FROM contribution WHERE fund_id = '" + fund + "'"),
                "the contribution stays, under the pseudonym");
        assertTrue(call(() -> service.pledges(fatima, MODS)).stream().noneMatch(p -> p.fundId().equals(fund)),
                "the erased member's pledges are cancelled");
        assertTrue(call(() -> service.totals(chloe, MODS)).publicDonors().stream()
                .noneMatch(d -> d.name().contains("Kwame")));
    }

    long count(String sql) throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    // --- pledges ------------------------------------------------------------------------------------

    @Test
    void pledgesArePaidByTheContributionsThatNameThemAndOverdueWhenAPeriodEndedWithout() {
        String fund = fund("Pledge fund");
        PledgeView pledge = call(() -> service.pledge(chloe, MODS, new NewPledge(ContributionKind.DUES, fund, "10.00",
                "EUR", PledgePeriod.MONTHLY, null)));
        assertEquals(PledgeStanding.DUE, pledge.standing());
        assertEquals("2026-03", pledge.currentPeriod());
        assertTrue(assertThrows(RuleViolation.class, () -> call(() -> service.pledge(chloe, MODS, new NewPledge(
                ContributionKind.DUES, fund, "12.00", "EUR", PledgePeriod.MONTHLY, null)))).getMessage()
                .startsWith("You have a pledge into Pledge fund already"));
        assertThrows(AccessDenied.class, () -> call(() -> service.pledge(chloe, MODS, new NewPledge(
                ContributionKind.DONATION, fund, "12.00", "EUR", PledgePeriod.YEARLY, social.id().toString()))));
        assertThrows(AccessDenied.class, () -> call(() -> service.pledge(ravi, MODS, new NewPledge(
                ContributionKind.DONATION, fund, "12.00", "EUR", PledgePeriod.YEARLY, null))));
        PledgeView instance = call(() -> service.pledge(fatima, MODS, new NewPledge(ContributionKind.DONATION, fund,
                "300.00", "EUR", PledgePeriod.YEARLY, social.id().toString())));
        assertEquals(Optional.of("Example Social"), instance.instanceName());
        assertTrue(trail().stream().anyMatch(e -> e.action() == AuditAction.PLEDGE_MADE
                && e.detail().contains("pledge " + instance.id())));

        record(new NewContribution(UUID.randomUUID().toString(), ContributionKind.DUES, GiverKind.MEMBER,
                chloe.memberId().toString(), null, fund, "10.00", "EUR", TODAY, null, pledge.id()));
        refusedUnchanged(RuleViolation.class, "is for another giver, fund or kind", () -> record(new NewContribution(
                UUID.randomUUID().toString(), ContributionKind.DUES, GiverKind.MEMBER, mateo.memberId().toString(),
                null, fund, "10.00", "EUR", TODAY, null, pledge.id())));
        assertEquals(PledgeStanding.PAID, standing(fatima, pledge.id()));
        assertEquals(PledgeStanding.DUE, standing(fatima, instance.id()));
        try {
            clock.set(Instant.parse("2026-04-10T12:00:00Z"));
            assertEquals(PledgeStanding.DUE, standing(fatima, pledge.id()), "March was paid; April is due");
            clock.set(Instant.parse("2026-05-10T12:00:00Z"));
            assertEquals(PledgeStanding.OVERDUE, standing(fatima, pledge.id()), "April ended without its dues");
        } finally {
            clock.set(NOW);
        }
        assertEquals(List.of(PledgeStanding.PAID), call(() -> service.mine(chloe, MODS)).pledges().stream()
                .filter(p -> p.id().equals(pledge.id())).map(PledgeView::standing).toList());

        assertThrows(AccessDenied.class, () -> call(() -> service.cancelPledge(mateo, MODS, pledge.id())));
        int audit = trail().size();
        assertEquals(PledgeStanding.CANCELLED, call(() -> service.cancelPledge(chloe, MODS, pledge.id())).standing());
        assertEquals(audit, trail().size(), "a member's own pledge leaves no entry that names them");
        assertEquals("This pledge was cancelled already.", assertThrows(RuleViolation.class,
                () -> call(() -> service.cancelPledge(fatima, MODS, pledge.id()))).getMessage());
        call(() -> service.cancelPledge(fatima, MODS, instance.id()));
        assertTrue(trail().stream().anyMatch(e -> e.action() == AuditAction.PLEDGE_CANCELLED
                && e.detail().contains("pledge " + instance.id())));
        assertTrue(call(() -> service.pledges(fatima, MODS)).stream().noneMatch(p -> p.fundId().equals(fund)));
    }

    PledgeStanding standing(Actor treasurer, String pledge) {
        return call(() -> service.pledges(treasurer, MODS)).stream().filter(p -> p.id().equals(pledge)).findFirst()
                .orElseThrow().standing();
    }

    // --- bank statements ----------------------------------------------------------------------------

    static final String HEADER = "date,amount,currency,payer,reference\r\n";

    @Test
    void aPreviewWritesNothingAndImportingTheSameStatementAgainAddsNothing() {
        String fund = fund("Statement fund");
        String march = HEADER
                + "2026-03-02,25.00,EUR,Jane Doe,Donation\r\n"
                + "2026-03-02,25.00,EUR,\"Doe, John\",\"Thanks, all\"\r\n"
                + "2026-03-03,-80.00,EUR,Hosting company,Invoice 42\r\n"
                + "2026-03-04,+7.50,EUR,A. Nonymous,\r\n";
        List<Long> before = written();
        StatementPreview preview = preview(fund, march);
        assertEquals(before, written(), "a preview writes nothing");
        assertEquals(List.of(StatementLineStatus.NEW, StatementLineStatus.NEW, StatementLineStatus.OUTGOING,
                StatementLineStatus.NEW), preview.lines().stream().map(StatementLineView::status).toList());
        assertEquals(List.of(2, 3, 4, 5), preview.lines().stream().map(StatementLineView::line).toList());
        assertEquals("Doe, John", preview.lines().get(1).payer());
        assertEquals(3, preview.newLines());
        assertEquals("57.50 EUR", preview.newAmountText());
        assertFalse(preview.imported());

        StatementPreview imported = importing(fund, march);
        assertTrue(imported.imported());
        assertEquals(3, imported.newLines());
        assertEquals("57.50", account("Statement fund").balanceText().replace(" EUR", ""));
        assertEquals(before.get(0) + 6, written().get(0), "two legs per line: into the fund, into the bank account");
        assertEquals(preview.lines().stream().map(StatementLineView::transferId).toList(),
                imported.lines().stream().map(StatementLineView::transferId).toList(), "the preview names the ids");
        assertTrue(trail().stream().anyMatch(e -> e.action() == AuditAction.BANK_STATEMENT_IMPORTED
                && e.detail().contains("3 new contributions of 57.50 EUR")));

        List<Long> after = written();
        StatementPreview again = importing(fund, march);
        assertEquals(0, again.newLines());
        assertEquals(3, again.alreadyImported());
        assertEquals(after, written(), "importing the same statement again adds nothing");

        String overlapping = HEADER
                + "2026-03-04,7.50,EUR,A. Nonymous,\r\n"
                + "2026-03-02,25.00,EUR,\"Doe, John\",\"Thanks, all\"\r\n"
                + "2026-03-02,25.00,EUR,Jane Doe,Donation\r\n"
                + "2026-03-02,25.00,EUR,Third Person,Another gift\r\n"
                + "2026-03-05,12.00,EUR,Someone,Gift\r\n";
        StatementPreview more = importing(fund, overlapping);
        assertEquals(List.of(StatementLineStatus.ALREADY_IMPORTED, StatementLineStatus.ALREADY_IMPORTED,
                StatementLineStatus.ALREADY_IMPORTED, StatementLineStatus.NEW, StatementLineStatus.NEW),
                more.lines().stream().map(StatementLineView::status).toList());
        assertEquals("94.50", account("Statement fund").balanceText().replace(" EUR", ""));
        String books = call(() -> treasury.csv(chloe, MODS)) + trail();
        for (String payer : List.of("Jane", "Doe", "Nonymous", "Third Person", "Thanks")) {
            assertFalse(books.contains(payer), "a statement's payers and texts are never stored: " + payer);
        }
        assertTrue(call(() -> treasury.verify(chloe, MODS)).sound());
    }

    @Test
    void aStatementLinePaysThePledgeItsReferenceNames() {
        String fund = fund("Statement pledge fund");
        String other = fund("Statement other fund");
        PledgeView pledge = call(() -> service.pledge(mateo, MODS, new NewPledge(ContributionKind.DUES, fund, "9.00",
                "EUR", PledgePeriod.MONTHLY, null)));
        importing(other, HEADER + "2026-03-06,9.00,EUR,M Rossi,\"Dues pledge:" + pledge.id() + "\"\r\n");
        assertEquals(PledgeStanding.PAID, standing(fatima, pledge.id()));
        assertEquals("9.00", account("Statement pledge fund").balanceText().replace(" EUR", ""));
        assertEquals(0, account("Statement other fund").balance());
        assertTrue(call(() -> service.mine(mateo, MODS)).contributions().stream()
                .anyMatch(c -> c.pledgeId().equals(Optional.of(pledge.id())) && c.fromStatement()));
        call(() -> service.cancelPledge(mateo, MODS, pledge.id()));
    }

    @Test
    void aMalformedStatementIsRefusedNamingTheLineAndNothingIsWritten() {
        String fund = fund("Malformed fund");
        refusedUnchanged(InvalidInput.class, "Line 1: a statement starts with the header line",
                () -> importing(fund, "Datum;Betrag;Währung\r\n2026-03-02;5,00;EUR\r\n"));
        refusedUnchanged(InvalidInput.class, "Line 3 has 6 fields",
                () -> importing(fund, HEADER + "2026-03-02,5.00,EUR,A,B\r\n2026-03-02,5,00,EUR,A,B\r\n"));
        refusedUnchanged(InvalidInput.class, "Line 2: a quoted field is not closed",
                () -> preview(fund, HEADER + "2026-03-02,5.00,EUR,\"A,B\r\n"));
        refusedUnchanged(InvalidInput.class, "no lines after its header", () -> preview(fund, HEADER));
        refusedUnchanged(InvalidInput.class, "not UTF-8", () -> call(() -> service.previewStatement(fatima, MODS,
                fund, new ByteArrayInputStream(new byte[] {'d', (byte) 0xff, (byte) 0xfe}))));
        refusedUnchanged(InvalidInput.class, "is not one",
                () -> preview(account("Bank account").id(), HEADER + "2026-03-02,5.00,EUR,A,B\r\n"));

        String values = HEADER
                + "2026-03-02,5.00,EUR,Fine,Line\r\n"
                + "02.03.2026,5.00,EUR,Date,Wrong\r\n"
                + "2026-03-02,5.00,USD,Currency,Wrong\r\n"
                + "2026-03-02,0.00,EUR,Zero,Amount\r\n"
                + "2026-03-02,99999999999999999,EUR,Huge,Amount\r\n"
                + "2026-03-02,\"1,234.00\",EUR,Thousands,Separator\r\n"
                + "2026-03-02,5.00,EUR,Unknown,pledge:" + UUID.randomUUID() + "\r\n";
        List<Long> before = written();
        StatementPreview preview = preview(fund, values);
        assertEquals(before, written());
        assertEquals(1, preview.newLines());
        assertEquals(6, preview.refused());
        assertEquals(List.of("The date \"02.03.2026\" is not a day written as 2026-03-02.",
                        "This ledger keeps EUR; an amount in USD cannot be recorded in it.",
                        "An amount must be more than zero.",
                        "The amount is too large.",
                        "The amount must be a number such as 12.50, without a sign or thousands separators."),
                preview.lines().subList(1, 6).stream().map(l -> l.reason().orElseThrow()).toList());
        assertTrue(preview.lines().get(6).reason().orElseThrow().startsWith("There is no pledge"));
        refusedUnchanged(InvalidInput.class, "Nothing was imported: 6 lines are refused. Line 3: The date",
                () -> importing(fund, values));
        assertEquals(0, account("Malformed fund").balance());
        assertThrows(AccessDenied.class, () -> call(() -> service.previewStatement(chloe, MODS, fund,
                stream(HEADER + "2026-03-02,5.00,EUR,A,B\r\n"))));
    }
}
