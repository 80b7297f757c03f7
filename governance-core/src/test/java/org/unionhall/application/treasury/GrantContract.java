package org.unionhall.application.treasury;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionView;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.Term;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.notification.Notification;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.GrantStatus;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferKind;
import org.unionhall.domain.treasury.TransferOrder;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.crypto.Ed25519InstallationSigner;
import org.unionhall.infrastructure.demo.DemoBylaws;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaLedgerCheckpoints;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * Grant requests as the Fediverse Moderators' members and treasurers meet them, on H2 and on
 * PostgreSQL: a moderation team's request approved by two treasurers and paid by a third, the
 * rules of who may approve and pay, confidential legal aid, evidence files checked by content, a
 * request returned for changes, a rejection that releases the money, the bylaws' limit, an
 * overdraft, two approvals at once, and an approval that runs out. Each test writes requests of
 * its own; the funds are topped up as each test needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class GrantContract {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final String MODS = "fediverse-moderators";
    static final String SOCIAL = "social.example.org";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    ManualClock clock;
    Stores stores;
    TreasuryLedgerService ledger;
    GrantService grants;
    MotionService motions;
    LedgerUpkeep upkeep;
    Actor fatima;
    Actor marta;
    Actor kwame;
    Actor chloe;
    Actor jonas;
    LedgerAccountId donors;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        db = TestDatabase.of(database);
        clock = new ManualClock(NOW);
        stores = db.stores(clock);
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        db.tx(() -> new DemoBylaws(TreasuryServices.motionStores(db.em(), stores)).seedIfMissing());
        ledger = LedgerContract.service(db.em(), stores);
        grants = service(db.em(), stores);
        motions = TreasuryServices.motions(db.em(), stores);
        upkeep = new DefaultLedgerUpkeep(stores, new JpaLedgers(db.em()), new JpaLedgerCheckpoints(db.em()),
                new Ed25519InstallationSigner(db.em(), new SecureRandom()));
        fatima = actor("fatima");
        marta = actor("marta");
        kwame = actor("kwame");
        chloe = actor("chloe");
        jonas = actor("jonas");
        db.run(() -> {
            appointTreasurer("marta");
            appointTreasurer("kwame");
        });
        call(() -> ledger.open(fatima, MODS, "EUR"));
        donors = LedgerAccountId.of(call(() -> ledger.openAccount(fatima, MODS, AccountKind.CONTRIBUTOR, "Donors"))
                .id());
        give("Moderation Labour", 100_000);
        give("Legal Defence", 100_000);
    }

    static GrantService service(EntityManager em, Stores stores) {
        return TreasuryServices.grants(em, stores);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    void appointTreasurer(String handle) {
        Union mods = stores.unions().findBySlug(MODS).orElseThrow();
        Member holder = member(handle);
        Member amara = member("amara");
        LocalDate today = stores.time().today();
        Mandate mandate = mods.appoint(MandateRole.TREASURER, holder.id(), stores.memberships().ofMember(holder.id()),
                new Term(today.minusDays(1), today.plusYears(2)), stores.mandates().ofUnion(mods.id()), amara.id(),
                stores.time().now(), today);
        stores.mandates().add(mandate);
    }

    Member member(String handle) {
        return stores.members().findByEmail(handle + "@" + DemoData.DOMAIN).orElseThrow();
    }

    Actor actor(String handle) {
        return new Actor(db.tx(() -> member(handle)).id());
    }

    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    void give(String fund, long cents) {
        LedgerAccountId to = LedgerAccountId.of(call(() -> ledger.ledger(chloe, MODS)).account(fund).orElseThrow().id());
        call(() -> ledger.record(fatima, MODS, new TransferOrder.Posted(TransferId.generate(), donors, to,
                Amount.of("EUR", cents), "")));
    }

    LedgerAccountView account(String name) {
        return call(() -> ledger.ledger(chloe, MODS)).account(name).orElseThrow();
    }

    /** A submitted moderation-labour request by chloe for the hours at 20.00 EUR an hour, with a link as evidence. */
    GrantView submittedLabour(String title, String hours) {
        GrantView draft = call(() -> grants.draft(chloe, MODS, GrantClaim.labour(SOCIAL, title,
                "Reviewed the report queue every evening.", LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-28"), new BigDecimal(hours), "20.00")));
        call(() -> grants.addLink(chloe, draft.id(), "Moderation log", "https://social.example.org/admin/log"));
        return call(() -> grants.submit(chloe, draft.id()));
    }

    List<Notification> notificationsOf(Actor actor) {
        return call(() -> new JpaNotifications(db.em()).ofMember(actor.memberId(), 0, 500));
    }

    List<AuditEntry> trail() {
        return call(() -> stores.audit().ofUnion(stores.unions().findBySlug(MODS).orElseThrow().id(), 0, 5000));
    }

    // --- the whole way ---------------------------------------------------------------------------

    @Test
    void aModerationTeamIsApprovedByTwoTreasurersAndPaidByAThird() {
        long available = account("Moderation Labour").available();
        GrantView draft = call(() -> grants.draft(chloe, MODS, GrantClaim.labour(SOCIAL, "February moderation",
                "Reviewed 412 reports and answered 37 appeals.", LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-28"), new BigDecimal("12.5"), "20.00")));
        assertEquals(GrantStatus.DRAFT, draft.status());
        assertEquals("250.00", draft.amount());
        assertEquals("Example Social", draft.instanceName());
        assertEquals("Add evidence of the work (a link or a file) before submitting.", assertThrows(
                RuleViolation.class, () -> call(() -> grants.submit(chloe, draft.id()))).getMessage());
        call(() -> grants.addFile(chloe, draft.id(), "log.pdf", "application/pdf", PDF));
        GrantView submitted = call(() -> grants.submit(chloe, draft.id()));
        assertEquals(GrantStatus.SUBMITTED, submitted.status());
        assertEquals(2, submitted.approvalsNeeded());
        for (Actor treasurer : List.of(fatima, marta, kwame)) {
            assertTrue(notificationsOf(treasurer).stream().anyMatch(n -> n.kind() == NotificationKind.GRANT_TO_APPROVE
                    && n.grantRequestId().map(Object::toString).equals(Optional.of(draft.id()))));
        }

        GrantView once = call(() -> grants.approve(fatima, draft.id()));
        assertEquals(GrantStatus.SUBMITTED, once.status());
        assertEquals(available, account("Moderation Labour").available(), "nothing is reserved before enough approve");
        assertEquals("You approved this request already; it needs another treasurer's approval.", assertThrows(
                RuleViolation.class, () -> call(() -> grants.approve(fatima, draft.id()))).getMessage());
        assertThrows(AccessDenied.class, () -> call(() -> grants.approve(jonas, draft.id())));

        GrantView approved = call(() -> grants.approve(marta, draft.id()));
        assertEquals(GrantStatus.APPROVED, approved.status());
        assertEquals(available - 25_000, account("Moderation Labour").available(), "approval reserves the amount");
        assertEquals(0, account("Moderation team of social.example.org").balance());
        assertTrue(notificationsOf(kwame).stream().anyMatch(n -> n.kind() == NotificationKind.GRANT_TO_PAY));
        assertFalse(notificationsOf(fatima).stream().anyMatch(n -> n.kind() == NotificationKind.GRANT_TO_PAY),
                "an approver is not asked to pay");
        assertTrue(call(() -> grants.request(kwame, draft.id())).may().pay());
        assertFalse(call(() -> grants.request(marta, draft.id())).may().pay());

        assertEquals("You approved this request, so another treasurer must pay it.", assertThrows(RuleViolation.class,
                () -> call(() -> grants.pay(fatima, draft.id()))).getMessage());
        assertThrows(RuleViolation.class, () -> call(() -> grants.pay(marta, draft.id())));
        GrantView paid = call(() -> grants.pay(kwame, draft.id()));
        assertEquals(GrantStatus.PAID, paid.status());
        assertEquals(25_000, account("Moderation team of social.example.org").balance());
        assertEquals(available - 25_000, account("Moderation Labour").available());
        assertThrows(RuleViolation.class, () -> call(() -> grants.pay(kwame, draft.id())), "paid once");
        assertTrue(call(() -> ledger.verify(chloe, MODS)).findings().isEmpty());

        List<AuditEntry> trail = trail();
        for (AuditAction action : List.of(AuditAction.GRANT_SUBMITTED, AuditAction.GRANT_APPROVED,
                AuditAction.TRANSFER_RESERVED, AuditAction.RESERVATION_POSTED, AuditAction.GRANT_PAID)) {
            assertTrue(trail.stream().anyMatch(e -> e.action() == action && e.detail().contains(
                    action.name().startsWith("GRANT") ? draft.id() : "Moderation Labour")), action.name());
        }
        assertTrue(notificationsOf(chloe).stream().filter(n -> n.kind() == NotificationKind.GRANT_DECIDED)
                .map(Notification::message).anyMatch(m -> m.contains("was paid: 250.00 EUR")));
    }

    @Test
    void nobodyApprovesPaysOrDecidesTheirOwnRequest() {
        GrantView own = call(() -> grants.draft(fatima, MODS, GrantClaim.legalAid("Own case", "A takedown letter.",
                "80.00")));
        call(() -> grants.submit(fatima, own.id()));
        assertEquals("Nobody may approve their own request; another treasurer must.", assertThrows(
                RuleViolation.class, () -> call(() -> grants.approve(fatima, own.id()))).getMessage());
        assertThrows(RuleViolation.class, () -> call(() -> grants.reject(fatima, own.id(), "no")));
        assertFalse(call(() -> grants.request(fatima, own.id())).may().approve());
        call(() -> grants.approve(marta, own.id()));
        call(() -> grants.approve(kwame, own.id()));
        assertThrows(RuleViolation.class, () -> call(() -> grants.pay(fatima, own.id())), "the requester pays not");
        assertThrows(RuleViolation.class, () -> call(() -> grants.pay(kwame, own.id())), "an approver pays not");
        assertEquals(GrantStatus.APPROVED, call(() -> grants.request(marta, own.id())).status());
    }

    @Test
    void legalAidIsSeenOnlyByItsRequesterAndTheTreasurersAndTheBooksNeverNameTheCase() {
        GrantView draft = call(() -> grants.draft(chloe, MODS, GrantClaim.legalAid("Defamation claim against Ada",
                "A lawyer's advice on the letter from the platform.", "300.00")));
        assertThrows(NotFound.class, () -> call(() -> grants.request(fatima, draft.id())), "a draft is the requester's");
        call(() -> grants.submit(chloe, draft.id()));
        assertThrows(NotFound.class, () -> call(() -> grants.request(jonas, draft.id())));
        assertTrue(call(() -> grants.requests(jonas, MODS, false, Set.of(), 0, 100)).items().stream()
                .noneMatch(s -> s.id().equals(draft.id())));
        assertTrue(call(() -> grants.requests(fatima, MODS, false, Set.of(), 0, 100)).items().stream()
                .anyMatch(s -> s.id().equals(draft.id())));
        call(() -> grants.approve(fatima, draft.id()));
        call(() -> grants.approve(marta, draft.id()));
        call(() -> grants.pay(kwame, draft.id()));
        assertEquals(30_000, account(UnionBooks.LEGAL_PAYEE).balance());
        String journal = call(() -> ledger.journal(jonas, MODS));
        assertFalse(journal.contains("Defamation") || journal.contains("Ada"), "the ledger never names the case");
        assertTrue(trail().stream().noneMatch(e -> e.detail().contains("Defamation")), "nor does the audit trail");
        assertTrue(notificationsOf(kwame).stream().map(Notification::message).noneMatch(m -> m.contains("Defamation")),
                "nor do the treasurers' notifications");
    }

    @Test
    void evidenceFilesAreCheckedByTheirContentAndServedOnlyToThoseWhoMaySeeThem() {
        GrantView draft = call(() -> grants.draft(chloe, MODS, GrantClaim.labour(SOCIAL, "Evidence test",
                "Night shifts.", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-07"), BigDecimal.TEN,
                "15.00")));
        EvidenceView pdf = call(() -> grants.addFile(chloe, draft.id(), "../../etc/shifts.pdf", "application/pdf", PDF));
        assertEquals("application/pdf", pdf.mediaType());
        assertEquals("shifts.pdf", pdf.label());
        assertEquals("The file says it is image/png but its content is application/pdf.", assertThrows(
                InvalidInput.class, () -> call(() -> grants.addFile(chloe, draft.id(), "x.pdf", "image/png", PDF)))
                .getMessage());
        assertEquals("The file's name says it is image/png but its content is application/pdf.", assertThrows(
                InvalidInput.class, () -> call(() -> grants.addFile(chloe, draft.id(), "x.png", null, PDF)))
                .getMessage());
        assertThrows(InvalidInput.class, () -> call(() -> grants.addFile(chloe, draft.id(), "notes.pdf",
                "application/pdf", "<html><script>alert(1)</script>".getBytes())));
        byte[] big = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
        assertTrue(assertThrows(InvalidInput.class, () -> call(() -> grants.addFile(chloe, draft.id(), "big.png",
                "image/png", big))).getMessage().startsWith("A file of evidence is at most 10 MB"));
        assertThrows(InvalidInput.class, () -> call(() -> grants.addLink(chloe, draft.id(), "Log",
                "javascript:alert(1)")));
        assertThrows(NotFound.class, () -> call(() -> grants.addLink(fatima, draft.id(), "Log",
                "https://example.org")), "a draft is its requester's alone");
        call(() -> grants.addFile(chloe, draft.id(), "screen.png", "image/png", PNG));
        call(() -> grants.submit(chloe, draft.id()));

        assertArrayEquals(PDF, call(() -> grants.evidenceFile(chloe, draft.id(), pdf.id())).content());
        assertArrayEquals(PDF, call(() -> grants.evidenceFile(fatima, draft.id(), pdf.id())).content());
        assertThrows(NotFound.class, () -> call(() -> grants.evidenceFile(jonas, draft.id(), pdf.id())));
        assertTrue(call(() -> grants.request(jonas, draft.id())).evidence().isEmpty(), "members see no evidence");
        assertEquals(2, call(() -> grants.request(fatima, draft.id())).evidence().size());
        assertThrows(RuleViolation.class, () -> call(() -> grants.addLink(chloe, draft.id(), "Late",
                "https://example.org")), "no evidence is added once submitted");
    }

    @Test
    void aRequestReturnedForChangesLosesItsApprovalsAndIsSubmittedAgain() {
        GrantView request = submittedLabour("Returned request", "4");
        call(() -> grants.approve(fatima, request.id()));
        GrantView returned = call(() -> grants.returnForChanges(marta, request.id(), "Split the hours by week."));
        assertEquals(GrantStatus.RETURNED, returned.status());
        assertTrue(returned.approvals().isEmpty());
        assertTrue(notificationsOf(chloe).stream().anyMatch(n -> n.message().contains("Split the hours by week.")));
        GrantView revised = call(() -> grants.revise(chloe, request.id(), GrantClaim.labour(SOCIAL, "Returned request",
                "Week 1: 2 h, week 2: 2.5 h.", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-14"),
                new BigDecimal("4.5"), "20.00")));
        assertEquals("90.00", revised.amount());
        assertEquals(GrantStatus.SUBMITTED, call(() -> grants.submit(chloe, request.id())).status());
    }

    @Test
    void rejectingAnApprovedRequestReleasesItsMoney() {
        long available = account("Moderation Labour").available();
        GrantView request = submittedLabour("Rejected after approval", "5");
        call(() -> grants.approve(fatima, request.id()));
        call(() -> grants.approve(kwame, request.id()));
        assertEquals(available - 10_000, account("Moderation Labour").available());
        GrantView rejected = call(() -> grants.reject(marta, request.id(), "The instance left the union."));
        assertEquals(GrantStatus.REJECTED, rejected.status());
        assertEquals(available, account("Moderation Labour").available());
        assertThrows(RuleViolation.class, () -> call(() -> grants.pay(marta, request.id())));
        assertTrue(call(() -> ledger.verify(chloe, MODS)).findings().isEmpty());
    }

    @Test
    void aRequestAboveTheBylawsLimitGoesToTheMembersWithItsMoneyReservedAndIsReleasedWhenTheirMotionFails() {
        give("Legal Defence", 600_000);
        long available = account("Legal Defence").available();
        GrantView big = call(() -> grants.draft(chloe, MODS, GrantClaim.legalAid("Appeal against Ada",
                "Court of appeal.", "6000.00")));
        GrantView referred = call(() -> grants.submit(chloe, big.id()));
        assertEquals(GrantStatus.WITH_MEMBERS, referred.status());
        assertEquals(available - 600_000, account("Legal Defence").available(), "reserved while the members decide");
        MotionView motion = call(() -> motions.motion(jonas, MotionId.of(referred.motionId())));
        assertEquals(MotionKind.BUDGET, motion.kind());
        assertEquals(MotionStatus.SUBMITTED, motion.status(), "it asks for seconds as every motion does");
        assertFalse(motion.text().contains("Ada") || motion.title().contains("Ada"), "the case stays confidential");
        assertTrue(motion.text().contains("6000.00 EUR"), motion.text());
        assertThrows(RuleViolation.class, () -> call(() -> grants.approve(fatima, big.id())), "not the treasurers'");
        assertThrows(RuleViolation.class, () -> call(() -> grants.reject(fatima, big.id(), "no")));
        assertEquals(0, call(grants::settleVotes), "nothing to settle while the motion is open");

        call(() -> motions.withdraw(chloe, MotionId.of(referred.motionId())));
        assertEquals(1, call(grants::settleVotes));
        GrantView settled = call(() -> grants.request(chloe, big.id()));
        assertEquals(GrantStatus.REJECTED, settled.status());
        assertEquals("The members' motion on this request withdrawn.", settled.note());
        assertEquals(available, account("Legal Defence").available(), "the reservation is released");
        assertEquals(0, call(grants::settleVotes), "settled once");
        assertTrue(call(() -> ledger.verify(chloe, MODS)).findings().isEmpty());
    }

    @Test
    void badClaimsAreRefused() {
        assertThrows(InvalidInput.class, () -> call(() -> grants.draft(chloe, MODS, GrantClaim.legalAid("Zero", "x",
                "0"))));
        assertThrows(InvalidInput.class, () -> call(() -> grants.draft(chloe, MODS, GrantClaim.legalAid("Cents", "x",
                "1.001"))));
        assertThrows(InvalidInput.class, () -> call(() -> grants.draft(chloe, MODS, GrantClaim.labour(SOCIAL, "Hours",
                "x", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-02"), new BigDecimal("-3"), "20.00"))));
        assertEquals("The period ends before it begins.", assertThrows(InvalidInput.class, () -> call(() ->
                grants.draft(chloe, MODS, GrantClaim.labour(SOCIAL, "Period", "x", LocalDate.parse("2026-02-02"),
                        LocalDate.parse("2026-02-01"), BigDecimal.ONE, "20.00")))).getMessage());
        assertThrows(InvalidInput.class, () -> call(() -> grants.draft(chloe, MODS, GrantClaim.labour(
                "unknown.example", "Host", "x", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-02"),
                BigDecimal.ONE, "20.00"))));
        assertThrows(AccessDenied.class, () -> call(() -> grants.draft(actor("ravi"), MODS, GrantClaim.legalAid("x",
                "y", "1.00"))), "a member of another union asks this one for nothing");
    }

    @Test
    void anApprovalTheFundCannotCoverIsRefusedAndChangesNothing() {
        GrantView request = submittedLabour("Too much", "245");
        call(() -> grants.approve(fatima, request.id()));
        long before = account("Moderation Labour").available();
        assertTrue(assertThrows(RuleViolation.class, () -> call(() -> grants.approve(marta, request.id())))
                .getMessage().contains("available"));
        GrantView after = call(() -> grants.request(marta, request.id()));
        assertEquals(GrantStatus.SUBMITTED, after.status());
        assertEquals(1, after.approvals().size());
        assertEquals(before, account("Moderation Labour").available());
    }

    @Test
    void twoTreasurersApprovingAtOnceReserveTheMoneyOnce() throws Exception {
        GrantView request = submittedLabour("At once", "3");
        call(() -> grants.approve(kwame, request.id()));
        long available = account("Moderation Labour").available();
        List<String> outcomes = db.twiceAtOnce((em, i) -> {
            Stores node = TestDatabase.stores(em, clock);
            return service(em, node).approve(i == 0 ? fatima : marta, request.id()).status().name();
        });
        assertEquals(1, outcomes.stream().filter("APPROVED"::equals).count(), outcomes.toString());
        assertEquals(available - 6_000, account("Moderation Labour").available());
        assertEquals(2, call(() -> grants.request(kwame, request.id())).approvals().size());
    }

    @Test
    void anApprovalNotPaidInTimeExpiresAndItsMoneyIsReleased() {
        GrantView request = submittedLabour("Runs out", "2");
        call(() -> grants.approve(fatima, request.id()));
        String reservation = call(() -> grants.approve(marta, request.id())).reservationId();
        clock.advance(Duration.ofDays(91));
        try {
            call(upkeep::expireDue);
            assertTrue(call(grants::lapseDue) >= 1);
            assertEquals(GrantStatus.EXPIRED, call(() -> grants.request(chloe, request.id())).status());
            assertTrue(call(() -> ledger.transfers(chloe, MODS, 0, 100)).items().stream().anyMatch(t ->
                    t.kind() == TransferKind.EXPIRE_PENDING && t.pendingId().equals(Optional.of(reservation))),
                    "the reservation was released");
            assertThrows(RuleViolation.class, () -> call(() -> grants.pay(kwame, request.id())));
            assertTrue(trail().stream().anyMatch(e -> e.action() == AuditAction.GRANT_EXPIRED
                    && e.detail().contains(request.id()) && e.actor().isEmpty()));
        } finally {
            clock.advance(Duration.ofDays(-91));
        }
        assertNull(call(() -> grants.request(chloe, request.id())).paymentId());
    }
}
