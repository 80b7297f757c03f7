package org.unionhall.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.domain.membership.JoinRequestStatus;
import org.unionhall.domain.membership.MandateId;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaPasswordResets;
import org.unionhall.infrastructure.persistence.JpaSignInSessions;
import org.unionhall.infrastructure.persistence.JpaTwoFactors;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.TestDatabase;
import org.unionhall.testsupport.TickingClock;

/**
 * The application services on a real database seeded with the demo data, as the stewards and
 * members of the demo would use them. Each test works with its own people so the order of tests
 * does not matter. Subclasses pick H2 or PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ServicesContract {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    TestDatabase db;
    Stores stores;
    DirectoryService directory;
    MembershipService membership;
    MandateService mandates;
    AuditService audit;
    SignInService signIn;
    AccountService accounts;

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase.Kind kind() {
        return database;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        db = TestDatabase.of(kind());
        stores = db.stores(new TickingClock(NOW));
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        assertTrue(db.tx(() -> new DemoData(stores, hasher).seedIfEmpty()));
        directory = new DefaultDirectoryService(stores);
        membership = new DefaultMembershipService(stores);
        mandates = new DefaultMandateService(stores);
        audit = new DefaultAuditService(stores);
        signIn = new DefaultSignInService(stores, hasher, new InMemorySignInThrottle(),
                new JpaSignInSessions(db.em()), new JpaTwoFactors(db.em()));
        accounts = new DefaultAccountService(stores, hasher, new InMemorySignInThrottle(),
                new JpaSignInSessions(db.em()), new JpaPasswordResets(db.em()), new JpaOutbox(db.em()),
                new PublicAddress("https://union.example"));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    Actor actor(String handle) {
        return new Actor(db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    MemberId id(String handle) {
        return actor(handle).memberId();
    }

    JoinRequestId pendingRequest(String handle, String chapterSlug) {
        return db.tx(() -> stores.joinRequests().pending(id(handle),
                stores.chapters().findBySlug(chapterSlug).orElseThrow().id())).orElseThrow().id();
    }

    <T> T call(java.util.function.Supplier<T> work) {
        return db.tx(work);
    }

    List<String> memberNames(Actor who, String chapter) {
        return call(() -> directory.members(who, chapter, 0, 100, Optional.empty())).items().stream()
                .map(MemberSummary::displayName).toList();
    }

    // --- seeding ---------------------------------------------------------------------------------

    @Test
    void theDemoIsSeededOnceAndShowsEveryRole() {
        assertFalse(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        List<UnionSummary> unions = call(() -> directory.unions(actor("chloe")));
        assertEquals(List.of("Fediverse Moderators' Union", "Indie Sellers' Union"),
                unions.stream().map(UnionSummary::name).toList());
        assertEquals(4, unions.stream().mapToInt(UnionSummary::chapterCount).sum());
        DashboardView amara = call(() -> directory.dashboard(actor("amara")));
        assertTrue(amara.mandates().stream().anyMatch(m -> m.role() == MandateRole.STEWARD
                && m.scopeKind() == ScopeKind.UNION));
        assertTrue(call(() -> directory.dashboard(actor("yuki"))).mandates().stream()
                .anyMatch(m -> m.role() == MandateRole.TRUSTEE));
        assertTrue(call(() -> directory.dashboard(actor("fatima"))).mandates().stream()
                .anyMatch(m -> m.role() == MandateRole.TREASURER));
        assertTrue(call(() -> directory.dashboard(actor("priya"))).mandates().stream()
                .anyMatch(m -> m.role() == MandateRole.DELEGATE));
        UnionView mods = call(() -> directory.union(actor("chloe"), "fediverse-moderators"));
        assertEquals("Fediverse Workers Federation", mods.federationName());
        assertEquals(2, mods.instances().size());
        assertTrue(mods.viewerIsMember());
        assertFalse(mods.viewerIsSteward());
    }

    // --- join requests ---------------------------------------------------------------------------

    @Test
    void aChapterStewardAdmitsAPendingRequestAndTheNewMemberIsListed() {
        Actor jonas = actor("jonas");
        DashboardView before = call(() -> directory.dashboard(jonas));
        JoinRequestView request = before.requestsToDecide().stream()
                .filter(r -> r.memberDisplayName().equals("Olu Adeyemi") && r.chapterSlug().equals("moderators-europe"))
                .findFirst().orElseThrow();
        assertFalse(memberNames(jonas, "moderators-europe").contains("Olu Adeyemi"));

        JoinRequestView admitted = call(() -> membership.admit(jonas, JoinRequestId.of(request.id()),
                "Welcome to the pay campaign"));

        assertEquals(JoinRequestStatus.ADMITTED, admitted.status());
        assertEquals(Optional.of("Jonas Lindqvist"), admitted.decidedByDisplayName());
        assertTrue(memberNames(jonas, "moderators-europe").contains("Olu Adeyemi"));
        assertTrue(call(() -> directory.dashboard(jonas)).requestsToDecide().stream()
                .noneMatch(r -> r.id().equals(request.id())));
        AuditEntryView entry = call(() -> audit.trail(jonas, ScopeKind.CHAPTER, "moderators-europe", 0, 5))
                .items().get(0);
        assertEquals(AuditAction.JOIN_ADMITTED, entry.action());
        assertEquals("Jonas Lindqvist", entry.actorDisplayName());
        assertEquals(Optional.of("Olu Adeyemi"), entry.subjectDisplayName());
        assertEquals("Welcome to the pay campaign", entry.reason());
    }

    @Test
    void aStewardOfAnotherChapterAndAPlainMemberHaveNoPowerHere() {
        JoinRequestId request = pendingRequest("sam", "moderators-americas");
        Actor jonas = actor("jonas");
        Actor chloe = actor("chloe");
        assertThrows(AccessDenied.class, () -> call(() -> membership.admit(jonas, request, "")));
        assertThrows(AccessDenied.class, () -> call(() -> membership.decline(chloe, request, "no")));
        assertThrows(AccessDenied.class, () -> call(() -> directory.joinRequests(jonas, "moderators-americas")));
        assertThrows(AccessDenied.class, () -> call(() -> directory.joinRequests(chloe, "moderators-europe")));
        assertThrows(AccessDenied.class, () -> call(() -> membership.suspend(jonas, "moderators-americas",
                id("kwame"), "testing powers")));
        assertThrows(AccessDenied.class, () -> call(() -> membership.suspend(chloe, "moderators-europe",
                id("yuki"), "testing powers")));
        assertThrows(AccessDenied.class, () -> call(() -> audit.trail(chloe, ScopeKind.CHAPTER,
                "moderators-europe", 0, 10)));
        assertThrows(AccessDenied.class, () -> call(() -> audit.trail(jonas, ScopeKind.CHAPTER,
                "moderators-americas", 0, 10)));
        assertThrows(AccessDenied.class, () -> call(() -> audit.trail(jonas, ScopeKind.UNION,
                "fediverse-moderators", 0, 10)));
        assertThrows(AccessDenied.class, () -> call(() -> mandates.assign(jonas, new AssignMandate(
                MandateRole.DELEGATE, id("marta").toString(), ScopeKind.CHAPTER, "moderators-americas",
                TODAY, TODAY.plusYears(1), "not my chapter"))));
        assertThrows(AccessDenied.class, () -> call(() -> mandates.assign(chloe, new AssignMandate(
                MandateRole.DELEGATE, id("yuki").toString(), ScopeKind.CHAPTER, "moderators-europe",
                TODAY, TODAY.plusYears(1), "plain member"))));
        assertEquals(JoinRequestStatus.PENDING, db.tx(() -> stores.joinRequests().find(request)).orElseThrow().status());
    }

    @Test
    void aUnionStewardActsInEveryChapterOfTheUnionButNotInAnotherUnion() {
        Actor amara = actor("amara");
        JoinRequestId marta = pendingRequest("marta", "makers-crafters");
        assertThrows(AccessDenied.class, () -> call(() -> membership.admit(amara, marta, "")));
        Actor lena = actor("lena");
        assertEquals(JoinRequestStatus.ADMITTED, call(() -> membership.admit(lena, marta, "")).status());
        assertTrue(call(() -> audit.trail(lena, ScopeKind.UNION, "indie-sellers", 0, 50)).items().stream()
                .anyMatch(e -> e.action() == AuditAction.JOIN_ADMITTED && e.scopeSlug().equals("makers-crafters")
                        && e.subjectDisplayName().equals(Optional.of("Marta Nowak"))));
    }

    @Test
    void aStewardCannotDecideTheirOwnRequest() {
        Actor amara = actor("amara");
        JoinRequestView own = call(() -> membership.requestToJoin(amara, "moderators-americas",
                "I want to help the chapter too"));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> call(() -> membership.admit(amara, JoinRequestId.of(own.id()), "")));
        assertTrue(refused.getMessage().contains("own request"));
        assertFalse(call(() -> directory.dashboard(amara)).requestsToDecide().stream()
                .anyMatch(r -> r.id().equals(own.id())));
        JoinRequestView admitted = call(() -> membership.admit(actor("diego"), JoinRequestId.of(own.id()), ""));
        assertEquals(JoinRequestStatus.ADMITTED, admitted.status());
        assertThrows(RuleViolation.class, () -> call(() -> membership.decline(actor("diego"),
                JoinRequestId.of(own.id()), "changed my mind")));
    }

    @Test
    void duplicateMembershipAndDuplicatePendingRequestsAreRefused() {
        Actor chloe = actor("chloe");
        RuleViolation member = assertThrows(RuleViolation.class,
                () -> call(() -> membership.requestToJoin(chloe, "moderators-europe", "")));
        assertTrue(member.getMessage().contains("already a member"), member.getMessage());
        Actor olu = actor("olu");
        assertThrows(RuleViolation.class, () -> call(() -> membership.requestToJoin(olu, "digital-creators", "again")));
        assertEquals(1, db.tx(() -> stores.joinRequests().pendingOf(id("olu"))).stream()
                .filter(r -> r.note().isEmpty()).count());
    }

    @Test
    void declineNeedsAReasonAndThePersonCanAskAgainLater() {
        Actor tomas = actor("tomas");
        JoinRequestId request = pendingRequest("olu", "digital-creators");
        assertThrows(InvalidInput.class, () -> call(() -> membership.decline(tomas, request, "  ")));
        JoinRequestView declined = call(() -> membership.decline(tomas, request,
                "Please tell us which marketplace you sell on"));
        assertEquals(Optional.of("Please tell us which marketplace you sell on"), declined.decisionReason());
        assertEquals(JoinRequestStatus.PENDING, call(() -> membership.requestToJoin(actor("olu"),
                "digital-creators", "I sell fonts on two marketplaces")).status());
    }

    // --- mandates --------------------------------------------------------------------------------

    @Test
    void delegateMandatesNeverOutnumberTheSeats() {
        Actor diego = actor("diego");
        String crowdMember = call(() -> directory.members(diego, "moderators-americas", 0, 100, Optional.empty()))
                .items().stream().filter(m -> m.roles().isEmpty() && !m.displayName().equals("Marta Nowak"))
                .findFirst().orElseThrow().memberId();
        MandateView second = call(() -> mandates.assign(diego, new AssignMandate(MandateRole.DELEGATE,
                id("marta").toString(), ScopeKind.CHAPTER, "moderators-americas", TODAY, TODAY.plusYears(2),
                "Elected at the March meeting")));
        assertTrue(second.active());
        RuleViolation full = assertThrows(RuleViolation.class, () -> call(() -> mandates.assign(diego,
                new AssignMandate(MandateRole.DELEGATE, crowdMember, ScopeKind.CHAPTER, "moderators-americas",
                        TODAY, TODAY.plusYears(1), "One more"))));
        assertTrue(full.getMessage().contains("no free delegate seat (2 of 2 taken)"), full.getMessage());
        ChapterView chapter = call(() -> directory.chapter(diego, "moderators-americas"));
        assertEquals(2, chapter.delegatesSeated());

        MandateView ended = call(() -> mandates.end(diego, MandateId.of(second.id()), "Moved to another chapter"));
        assertFalse(ended.active());
        assertEquals(Optional.of(TODAY), ended.endedEarlyOn());
        MandateView replacement = call(() -> mandates.assign(diego, new AssignMandate(MandateRole.DELEGATE,
                crowdMember, ScopeKind.CHAPTER, "moderators-americas", TODAY, TODAY.plusYears(1), "By-election")));
        assertTrue(replacement.active());
        assertTrue(call(() -> audit.trail(diego, ScopeKind.CHAPTER, "moderators-americas", 0, 10)).items().stream()
                .anyMatch(e -> e.action() == AuditAction.MANDATE_ENDED && e.reason().equals("Moved to another chapter")));
    }

    @Test
    void aDelegateMustBeAnActiveMemberOfTheChapterAndNobodyAppointsThemselves() {
        Actor jonas = actor("jonas");
        RuleViolation notMember = assertThrows(RuleViolation.class, () -> call(() -> mandates.assign(jonas,
                new AssignMandate(MandateRole.DELEGATE, id("sam").toString(), ScopeKind.CHAPTER,
                        "moderators-europe", TODAY, TODAY.plusYears(1), "Not a member"))));
        assertTrue(notMember.getMessage().contains("active member"), notMember.getMessage());
        assertThrows(RuleViolation.class, () -> call(() -> mandates.assign(jonas, new AssignMandate(
                MandateRole.DELEGATE, id("jonas").toString(), ScopeKind.CHAPTER, "moderators-europe", TODAY,
                TODAY.plusYears(1), "Myself"))));
        assertThrows(RuleViolation.class, () -> call(() -> mandates.assign(jonas, new AssignMandate(
                MandateRole.TRUSTEE, id("chloe").toString(), ScopeKind.CHAPTER, "moderators-europe", TODAY,
                TODAY.plusYears(1), "Trustees are union-wide"))));
        assertThrows(InvalidInput.class, () -> call(() -> mandates.assign(jonas, new AssignMandate(
                MandateRole.STEWARD, id("chloe").toString(), ScopeKind.CHAPTER, "moderators-europe", TODAY,
                TODAY.minusDays(1), "Backwards term"))));
    }

    @Test
    void aChapterStewardCannotEndAUnionMandateButTheHolderCanStepDown() {
        MandateView trustee = call(() -> directory.unionMandates(actor("chloe"), "fediverse-moderators")).stream()
                .filter(m -> m.role() == MandateRole.TRUSTEE && m.memberId().equals(id("yuki").toString()))
                .findFirst().orElseThrow();
        assertThrows(AccessDenied.class, () -> call(() -> mandates.end(actor("jonas"), MandateId.of(trustee.id()),
                "Not mine to end")));
        MandateView stepped = call(() -> mandates.end(actor("yuki"), MandateId.of(trustee.id()),
                "Stepping down for personal reasons"));
        assertFalse(stepped.active());
        assertThrows(RuleViolation.class, () -> call(() -> mandates.end(actor("amara"), MandateId.of(trustee.id()),
                "Twice")));
    }

    // --- membership status ------------------------------------------------------------------------

    @Test
    void suspendingADelegateEndsTheMandateAndRestoringKeepsTheHistory() {
        Actor jonas = actor("jonas");
        MemberId priya = id("priya");
        MembershipView suspended = call(() -> membership.suspend(jonas, "moderators-europe", priya,
                "Shared private reports outside the team"));
        assertEquals(MembershipStatus.SUSPENDED, suspended.status());
        assertTrue(call(() -> directory.mandates(jonas, "moderators-europe")).stream()
                .filter(m -> m.memberId().equals(priya.toString()) && m.role() == MandateRole.DELEGATE)
                .allMatch(m -> !m.active() && m.endReason().orElse("").startsWith("Membership suspended")));
        assertFalse(memberNames(actor("chloe"), "moderators-europe").contains("Priya Raman"));
        assertTrue(memberNames(jonas, "moderators-europe").contains("Priya Raman"));

        MembershipView restored = call(() -> membership.restore(jonas, "moderators-europe", priya,
                "Apologised to the team"));
        assertEquals(MembershipStatus.ACTIVE, restored.status());
        assertEquals(List.of(MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED, MembershipStatus.ACTIVE),
                restored.history().stream().map(StatusChangeView::status).toList());
        assertThrows(RuleViolation.class, () -> call(() -> membership.suspend(jonas, "moderators-europe",
                id("jonas"), "Myself")));
        assertThrows(NotFound.class, () -> call(() -> membership.suspend(jonas, "moderators-europe",
                id("sam"), "Not a member")));
    }

    @Test
    void leavingEndsMandatesAndAMemberMayJoinAgain() {
        Actor mateo = actor("mateo");
        MembershipView left = call(() -> membership.leave(mateo, "moderators-europe"));
        assertEquals(MembershipStatus.LEFT, left.status());
        assertTrue(call(() -> directory.dashboard(mateo)).mandates().isEmpty());
        assertThrows(RuleViolation.class, () -> call(() -> membership.leave(mateo, "moderators-europe")));
        assertThrows(AccessDenied.class, () -> call(() -> directory.members(actor("mateo"), "moderators-europe",
                0, 10, Optional.empty())), "the next request knows he left");
        JoinRequestView again = call(() -> membership.requestToJoin(mateo, "moderators-europe", "I am back"));
        call(() -> membership.admit(actor("jonas"), JoinRequestId.of(again.id()), "Welcome back"));
        MembershipView back = call(() -> directory.dashboard(mateo)).memberships().get(0);
        assertEquals(MembershipStatus.ACTIVE, back.status());
        assertEquals(3, back.history().size());
    }

    // --- lists -----------------------------------------------------------------------------------

    @Test
    void everyPageOfTheMemberListGivesTheSameTotalAsTheCountOfItsRows() {
        for (String who : List.of("chloe", "jonas")) {
            Actor actor = actor(who);
            List<MemberSummary> all = call(() -> directory.members(actor, "moderators-europe", 0, 100,
                    Optional.empty())).items();
            assertTrue(all.size() > 5 && all.size() < 100, "members " + all.size());
            for (int size : List.of(1, 3, 4, all.size() - 1, all.size(), all.size() + 1)) {
                for (int page = 0; page <= all.size() / size + 1; page++) {
                    int p = page;
                    Page<MemberSummary> got = call(() -> directory.members(actor, "moderators-europe", p, size,
                            Optional.empty()));
                    assertEquals(all.size(), got.total(), who + ": page " + p + " of size " + size);
                    assertEquals(all.subList(Math.min(all.size(), p * size), Math.min(all.size(), (p + 1) * size)),
                            got.items(), who + ": page " + p + " of size " + size);
                }
            }
            assertEquals(1, call(() -> directory.members(actor, "moderators-europe", 0, 10,
                    Optional.of("LINDq"))).total());
            assertEquals(0, call(() -> directory.members(actor, "moderators-europe", 3, 10,
                    Optional.of("LINDq"))).items().size());
            assertEquals(1, call(() -> directory.members(actor, "moderators-europe", 3, 10,
                    Optional.of("LINDq"))).total());
        }
    }

    /** Every name on every page of the list as the caller sees it, with its status, in list order. */
    static List<String> wholeList(DirectoryService directory, EntityManager em, Actor who, int size) {
        List<String> rows = new java.util.ArrayList<>();
        long total;
        int page = 0;
        do {
            int p = page++;
            Page<MemberSummary> got = TestDatabase.tx(em, () -> directory.members(who, "moderators-europe", p, size,
                    Optional.empty()));
            got.items().forEach(m -> rows.add(m.displayName() + " " + m.status()));
            total = got.total();
        } while ((long) page * size < total);
        assertEquals(total, rows.size(), "the total counts the rows of all pages");
        return rows;
    }

    @Test
    void theMemberListShowsEveryJoinSuspensionRestorationRenameAndLeavingAtOnceOnEveryNode() throws Exception {
        // A second node: its own entity manager and its own kept lists, on the same database.
        EntityManager otherEm = db.secondEntityManager();
        DirectoryService there = new DefaultDirectoryService(TestDatabase.stores(otherEm, new TickingClock(NOW)));
        Member newcomer = db.tx(() -> {
            Member m = new Member("Nell Newcomer", "nell@" + DemoData.DOMAIN, "en", NOW);
            stores.members().add(m);
            return m;
        });
        // What a steward (all current members) and a plain member (active ones only) see, on either node,
        // read page by page in pages of 3 and in one page.
        java.util.function.BiFunction<String, String, List<String>> seen = (who, node) -> {
            DirectoryService d = node.equals("here") ? directory : there;
            EntityManager em = node.equals("here") ? db.em() : otherEm;
            List<String> paged = wholeList(d, em, actor(who), 3);
            assertEquals(paged, wholeList(d, em, actor(who), 100), who + " on " + node);
            return paged;
        };
        List<String> stewardBefore = seen.apply("jonas", "here");
        List<String> memberBefore = seen.apply("chloe", "here");
        assertEquals(stewardBefore, seen.apply("jonas", "there"));
        assertEquals(memberBefore, seen.apply("chloe", "there"));
        java.util.function.Consumer<String> expect = nell -> {
            for (String node : List.of("here", "there")) {
                List<String> steward = seen.apply("jonas", node);
                List<String> member = seen.apply("chloe", node);
                List<String> others = steward.stream().filter(r -> !r.startsWith("Nell ")).toList();
                assertEquals(stewardBefore, others, "the others stay as they were, on " + node);
                assertEquals(nell == null ? List.of() : List.of(nell),
                        steward.stream().filter(r -> r.startsWith("Nell ")).toList(), "the steward, on " + node);
                assertEquals(nell != null && nell.endsWith(" ACTIVE") ? List.of(nell) : List.of(),
                        member.stream().filter(r -> r.startsWith("Nell ")).toList(), "a member, on " + node);
                assertEquals(memberBefore, member.stream().filter(r -> !r.startsWith("Nell ")).toList());
            }
        };
        expect.accept(null);

        Actor nell = new Actor(newcomer.id());
        JoinRequestView asked = call(() -> membership.requestToJoin(nell, "moderators-europe", "Hello"));
        call(() -> membership.admit(actor("jonas"), JoinRequestId.of(asked.id()), "Welcome"));
        expect.accept("Nell Newcomer ACTIVE");
        call(() -> membership.suspend(actor("jonas"), "moderators-europe", newcomer.id(), "Spam"));
        expect.accept("Nell Newcomer SUSPENDED");
        call(() -> membership.restore(actor("jonas"), "moderators-europe", newcomer.id(), "Sorted out"));
        expect.accept("Nell Newcomer ACTIVE");
        try (java.sql.Connection c = db.jdbc(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE union_member SET display_name = 'Nell Renamed' WHERE id = '" + newcomer.id() + "'");
        }
        expect.accept("Nell Renamed ACTIVE");
        call(() -> membership.leave(new Actor(newcomer.id()), "moderators-europe"));
        expect.accept(null);
        otherEm.close();
    }

    @Test
    void eachUnionCountsTheActiveMembersOfItsOwnChapters() {
        Actor chloe = actor("chloe");
        for (UnionSummary union : call(() -> directory.unions(chloe))) {
            List<ChapterSummary> chapters = call(() -> directory.chapters(chloe, union.slug()));
            assertEquals(chapters.size(), union.chapterCount(), union.name());
            // Every demo chapter has at least five members, so every count is shown whole.
            assertEquals(chapters.stream().mapToLong(c -> c.activeMembers().count().orElseThrow()).sum(),
                    union.activeMembers().count().orElseThrow(), union.name());
            assertTrue(union.activeMembers().count().orElseThrow() > 0, union.name());
        }
    }

    @Test
    void theMemberListIsPagedSortedFilteredAndOnlyForMembersOfTheUnion() {
        Actor chloe = actor("chloe");
        Page<MemberSummary> first = call(() -> directory.members(chloe, "moderators-europe", 0, 4, Optional.empty()));
        assertEquals(4, first.items().size());
        assertTrue(first.total() >= 14, "total " + first.total());
        Page<MemberSummary> all = call(() -> directory.members(chloe, "moderators-europe", 0, 100, Optional.empty()));
        List<String> names = all.items().stream().map(MemberSummary::displayName).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
        assertEquals(names.subList(4, 8), call(() -> directory.members(chloe, "moderators-europe", 1, 4,
                Optional.empty())).items().stream().map(MemberSummary::displayName).toList());
        assertEquals(List.of("Jonas Lindqvist"), call(() -> directory.members(chloe, "moderators-europe", 0, 10,
                Optional.of("LINDq"))).items().stream().map(MemberSummary::displayName).toList());
        assertEquals(0, call(() -> directory.members(chloe, "moderators-europe", 0, 10, Optional.of("%"))).total());
        assertTrue(all.items().stream().anyMatch(m -> m.displayName().equals("Jonas Lindqvist")
                && m.roles().contains(MandateRole.STEWARD)));
        assertTrue(all.items().stream().anyMatch(m -> m.displayName().equals("Amara Okafor")
                && m.roles().contains(MandateRole.STEWARD)));
        assertThrows(AccessDenied.class, () -> call(() -> directory.members(actor("lena"), "moderators-europe", 0, 10,
                Optional.empty())));
        assertThrows(AccessDenied.class, () -> call(() -> directory.members(actor("sam"), "moderators-americas", 0,
                10, Optional.empty())));
        Actor stranger = new Actor(MemberId.generate());
        for (String chapter : List.of("moderators-europe", "no-such-chapter")) {
            AccessDenied refused = assertThrows(AccessDenied.class, () -> call(() -> directory.members(stranger,
                    chapter, 0, 10, Optional.empty())));
            assertTrue(refused.getMessage().contains("not known"), refused.getMessage());
        }
        assertThrows(NotFound.class, () -> call(() -> directory.members(chloe, "no-such-chapter", 0, 10,
                Optional.empty())));
    }

    @Test
    void theDemoMembersBelongedBeforeAnyOfTheirMandatesBegan() {
        Map<String, LocalDate> joined = new HashMap<>();
        for (String chapter : List.of("moderators-europe", "moderators-americas")) {
            call(() -> directory.members(actor("amara"), chapter, 0, 100, Optional.empty())).items()
                    .forEach(m -> joined.merge(m.memberId(), m.joinedOn(), (a, b) -> a.isBefore(b) ? a : b));
        }
        List<MandateView> mandates = call(() -> directory.unionMandates(actor("amara"), "fediverse-moderators"));
        assertFalse(mandates.isEmpty());
        for (MandateView mandate : mandates) {
            LocalDate since = joined.get(mandate.memberId());
            assertTrue(since != null && !since.isAfter(mandate.termStart()), mandate.memberDisplayName() + " holds "
                    + mandate.role() + " from " + mandate.termStart() + " but belongs only since " + since);
        }
    }

    @Test
    void aUnionStewardReadsTheWholeUnionTrailNewestFirst() {
        Page<AuditEntryView> trail = call(() -> audit.trail(actor("amara"), ScopeKind.UNION, "fediverse-moderators",
                0, 100));
        assertTrue(trail.total() > 20);
        assertTrue(trail.items().stream().anyMatch(e -> e.scopeKind() == ScopeKind.UNION
                && e.action() == AuditAction.MANDATE_ASSIGNED && e.actorDisplayName().equals("Founding assembly")));
        for (int i = 1; i < trail.items().size(); i++) {
            assertFalse(trail.items().get(i).at().isAfter(trail.items().get(i - 1).at()));
        }
    }

    // --- bad input -------------------------------------------------------------------------------

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
        Actor sam = actor("sam");
        InvalidInput badId = assertThrows(InvalidInput.class, () -> JoinRequestId.of("<script>alert(1)</script>"));
        assertTrue(badId.getMessage().contains("not a valid join request id"));
        assertThrows(NotFound.class, () -> call(() -> membership.admit(actor("jonas"), JoinRequestId.generate(), "")));
        assertThrows(NotFound.class, () -> call(() -> directory.chapter(sam, "no-such-chapter")));
        long before = db.tx(() -> stores.joinRequests().pendingOf(id("sam"))).size();
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> call(() -> membership.requestToJoin(sam,
                "digital-creators", "x".repeat(5000))));
        assertTrue(tooLong.getMessage().contains("at most 1000"), tooLong.getMessage());
        assertEquals(before, db.tx(() -> stores.joinRequests().pendingOf(id("sam"))).size());
        assertThrows(InvalidInput.class, () -> call(() -> directory.members(sam, "moderators-europe", 0, 0,
                Optional.empty())));
        assertThrows(InvalidInput.class, () -> call(() -> directory.members(sam, "moderators-europe", -1, 10,
                Optional.empty())));
        assertThrows(AccessDenied.class, () -> call(() -> directory.dashboard(new Actor(MemberId.generate()))));
        JoinRequestView markup = call(() -> membership.requestToJoin(sam, "makers-crafters",
                "<b>hello</b> & <script>x</script>"));
        assertEquals("<b>hello</b> & <script>x</script>", markup.note());
    }

    // --- sign-in ---------------------------------------------------------------------------------

    @Test
    void signInAcceptsTheRightPasswordAndRefusesOthersAlike() {
        SignInOutcome ok = call(() -> signIn.signIn("  Hana@UnionHall.example ", DemoData.PASSWORD.toCharArray(),
                "192.0.2.10", null));
        SignInOutcome.SignedIn signedIn = assertInstanceOf(SignInOutcome.SignedIn.class, ok);
        assertEquals("Hana Kim", signedIn.displayName());
        assertEquals(id("hana"), signedIn.memberId());
        SignInOutcome wrong = call(() -> signIn.signIn("hana@unionhall.example", "not-the-password".toCharArray(),
                "192.0.2.11", null));
        SignInOutcome unknown = call(() -> signIn.signIn("nobody@unionhall.example",
                "not-the-password".toCharArray(), "192.0.2.12", null));
        assertInstanceOf(SignInOutcome.Refused.class, wrong);
        assertInstanceOf(SignInOutcome.Refused.class, unknown);
        assertEquals(wrong.message(), unknown.message());
    }

    @Test
    void signInIsThrottledAfterFiveFailuresForAnAccountEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            int n = i;
            assertInstanceOf(SignInOutcome.Refused.class, call(() -> signIn.signIn("ravi@unionhall.example",
                    ("wrong-" + n).toCharArray(), "198.51.100." + n, null)));
        }
        SignInOutcome throttled = call(() -> signIn.signIn("ravi@unionhall.example",
                DemoData.PASSWORD.toCharArray(), "198.51.100.99", null));
        SignInOutcome.Throttled t = assertInstanceOf(SignInOutcome.Throttled.class, throttled);
        assertTrue(t.retryAfter().compareTo(Duration.ZERO) > 0
                && t.retryAfter().compareTo(Duration.ofSeconds(1)) <= 0, t.retryAfter().toString());
        assertTrue(throttled.message().contains("wait 1 second "));
    }

    @Test
    void aMemberOnABrowserTheyUsedBeforeSignsInWhileSomeoneElseKeepsFailingForTheirAccountAndAddress() {
        MemberId marta = id("marta");
        SignInService.StartedSession earlier = call(() -> signIn.startSession(marta, null));
        for (int i = 0; i < 5; i++) {
            int n = i;
            assertInstanceOf(SignInOutcome.Refused.class, call(() -> signIn.signIn("marta@unionhall.example",
                    ("guess-" + n).toCharArray(), "203.0.113.200", null)));
        }
        assertInstanceOf(SignInOutcome.Throttled.class, call(() -> signIn.signIn("marta@unionhall.example",
                DemoData.PASSWORD.toCharArray(), "203.0.113.200", null)), "a browser she never used waits");
        assertInstanceOf(SignInOutcome.SignedIn.class, call(() -> signIn.signIn("marta@unionhall.example",
                DemoData.PASSWORD.toCharArray(), "203.0.113.200", earlier.deviceToken())),
                "her own browser, behind the same address, is let in");
        assertInstanceOf(SignInOutcome.Throttled.class, call(() -> signIn.signIn("marta@unionhall.example",
                DemoData.PASSWORD.toCharArray(), "203.0.113.200", call(() -> signIn.startSession(id("hana"), null))
                        .deviceToken())), "another member's device token does not help");
        for (int i = 0; i < 5; i++) {
            int n = i;
            assertInstanceOf(SignInOutcome.Refused.class, call(() -> signIn.signIn("marta@unionhall.example",
                    ("typo-" + n).toCharArray(), "203.0.113.201", earlier.deviceToken())));
        }
        assertInstanceOf(SignInOutcome.Throttled.class, call(() -> signIn.signIn("marta@unionhall.example",
                DemoData.PASSWORD.toCharArray(), "203.0.113.201", earlier.deviceToken())),
                "guessing from a trusted browser is throttled on that browser's own count");
    }

    @Test
    void aSessionStartedAtSignInIsFoundByItsTokenUntilItEnds() {
        MemberId chloe = id("chloe");
        SignInService.StartedSession started = call(() -> signIn.startSession(chloe, null));
        assertNotEquals(started.sessionToken(), started.deviceToken());
        SignInOutcome.SignedIn resumed = call(() -> signIn.resumeSession(started.sessionToken())).orElseThrow();
        assertEquals(chloe, resumed.memberId());
        SignInService.StartedSession again = call(() -> signIn.startSession(chloe, started.deviceToken()));
        assertEquals(started.deviceToken(), again.deviceToken(), "a trusted browser keeps its device token");
        assertNotEquals(started.sessionToken(), again.sessionToken());
        call(() -> {
            signIn.endSession(started.sessionToken());
            return null;
        });
        assertTrue(call(() -> signIn.resumeSession(started.sessionToken())).isEmpty(), "signed out");
        assertTrue(call(() -> signIn.resumeSession(again.sessionToken())).isPresent(), "the other browser stays in");
        assertTrue(call(() -> signIn.resumeSession(started.deviceToken())).isEmpty(), "a device token is no session");
        for (String hostile : java.util.Arrays.asList(null, "", "x", "' OR 1=1 --", "a".repeat(5000))) {
            assertTrue(call(() -> signIn.resumeSession(hostile)).isEmpty(), String.valueOf(hostile));
        }
    }

    @Test
    void anUnknownEmailCostsOneArgon2ComputationLikeAWrongPasswordAndAThrottledAttemptCostsNone() {
        CountingHasher counting = new CountingHasher(new Argon2PasswordHasher());
        SignInService counted = new DefaultSignInService(stores, counting, new InMemorySignInThrottle(),
                new JpaSignInSessions(db.em()), new JpaTwoFactors(db.em()));
        call(() -> counted.signIn("nobody-here@unionhall.example", "a-guess-123".toCharArray(), "203.0.113.1", null));
        assertEquals(1, counting.computations);
        call(() -> counted.signIn("sofia@unionhall.example", "a-guess-123".toCharArray(), "203.0.113.2", null));
        assertEquals(2, counting.computations);
        for (int i = 0; i < 5; i++) {
            call(() -> counted.signIn("aisha@unionhall.example", "a-guess-456".toCharArray(), "203.0.113.3", null));
        }
        int before = counting.computations;
        assertInstanceOf(SignInOutcome.Throttled.class, call(() -> counted.signIn("aisha@unionhall.example",
                "a-guess-789".toCharArray(), "203.0.113.4", null)));
        assertEquals(before, counting.computations);
    }

    /** The real Argon2 hasher, counting how often it ran (to see that every refusal costs the same). */
    static final class CountingHasher implements org.unionhall.domain.account.PasswordHasher {
        private final org.unionhall.domain.account.PasswordHasher real;
        int computations;

        CountingHasher(org.unionhall.domain.account.PasswordHasher real) {
            this.real = real;
        }

        @Override
        public String hash(char[] password) {
            computations++;
            return real.hash(password);
        }

        @Override
        public boolean verify(char[] password, String encodedHash) {
            computations++;
            return real.verify(password, encodedHash);
        }

        @Override
        public void verifyNothing(char[] password) {
            computations++;
            real.verifyNothing(password);
        }

        @Override
        public boolean needsRehash(String encodedHash) {
            return real.needsRehash(encodedHash);
        }
    }

    @Test
    void everyMembershipAndMandateChangeLeavesOneAuditEntryForTheScopesStewards() {
        Actor tomas = actor("tomas");
        Actor hana = actor("hana");
        long before = call(() -> audit.trail(tomas, ScopeKind.CHAPTER, "digital-creators", 0, 1)).total();
        call(() -> membership.suspend(tomas, "digital-creators", id("hana"), "Missed three meetings without word"));
        call(() -> membership.restore(tomas, "digital-creators", id("hana"), "Back in touch"));
        MandateView treasurer = call(() -> mandates.assign(tomas, new AssignMandate(MandateRole.TREASURER,
                id("hana").toString(), ScopeKind.CHAPTER, "digital-creators", TODAY, TODAY.plusYears(1),
                "Chapter meeting of 2 March")));
        call(() -> mandates.end(hana, MandateId.of(treasurer.id()), "Too busy this year"));
        List<AuditEntryView> latest = call(() -> audit.trail(tomas, ScopeKind.CHAPTER, "digital-creators", 0, 4))
                .items();
        assertEquals(before + 4, call(() -> audit.trail(tomas, ScopeKind.CHAPTER, "digital-creators", 0, 1)).total());
        assertEquals(List.of(AuditAction.MANDATE_ENDED, AuditAction.MANDATE_ASSIGNED,
                AuditAction.MEMBERSHIP_RESTORED, AuditAction.MEMBERSHIP_SUSPENDED),
                latest.stream().map(AuditEntryView::action).toList());
        assertEquals(List.of("Hana Kim", "Tomás Silva", "Tomás Silva", "Tomás Silva"),
                latest.stream().map(AuditEntryView::actorDisplayName).toList());
        assertEquals("Missed three meetings without word", latest.get(3).reason());
        assertTrue(latest.get(0).detail().contains("stepped down"));
        assertTrue(call(() -> audit.trail(actor("lena"), ScopeKind.UNION, "indie-sellers", 0, 4)).items().stream()
                .map(AuditEntryView::id).toList().containsAll(latest.stream().map(AuditEntryView::id).toList()));
    }

    @Test
    void aMemberChangesTheirPasswordOnlyWithTheCurrentOneAndToAnUncommonOne() {
        Actor kwame = actor("kwame");
        assertThrows(RuleViolation.class, () -> call(() -> {
            accounts.changePassword(kwame, "wrong-password".toCharArray(), "a-fresh-passphrase-42".toCharArray(),
                    null, null);
            return null;
        }));
        InvalidInput common = assertThrows(InvalidInput.class, () -> call(() -> {
            accounts.changePassword(kwame, DemoData.PASSWORD.toCharArray(), "password123".toCharArray(),
                    null, null);
            return null;
        }));
        assertTrue(common.getMessage().contains("common"), common.getMessage());
        assertThrows(InvalidInput.class, () -> call(() -> {
            accounts.changePassword(kwame, DemoData.PASSWORD.toCharArray(), "short".toCharArray(),
                    null, null);
            return null;
        }));
        assertInstanceOf(SignInOutcome.SignedIn.class, call(() -> signIn.signIn("kwame@unionhall.example",
                DemoData.PASSWORD.toCharArray(), "192.0.2.50", null)));
        call(() -> {
            accounts.changePassword(kwame, DemoData.PASSWORD.toCharArray(), "river-lantern-otter-2026".toCharArray(),
                    null, null);
            return null;
        });
        assertInstanceOf(SignInOutcome.Refused.class, call(() -> signIn.signIn("kwame@unionhall.example",
                DemoData.PASSWORD.toCharArray(), "192.0.2.51", null)));
        assertInstanceOf(SignInOutcome.SignedIn.class, call(() -> signIn.signIn("kwame@unionhall.example",
                "river-lantern-otter-2026".toCharArray(), "192.0.2.52", null)));
    }

    @Test
    void everyDomainErrorRollsBackAsAnApplicationException() {
        for (Class<? extends DomainException> type : List.of(NotFound.class, AccessDenied.class,
                RuleViolation.class, InvalidInput.class)) {
            jakarta.ejb.ApplicationException marker = type.getAnnotation(jakarta.ejb.ApplicationException.class);
            assertTrue(marker != null && marker.rollback(), type.getSimpleName());
        }
    }
}
