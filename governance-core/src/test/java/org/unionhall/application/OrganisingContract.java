package org.unionhall.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.PeopleCount;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.testsupport.TestDatabase;
import org.unionhall.testsupport.TickingClock;

/**
 * Stewards shape their union on a real database with the demo data, on H2 and on PostgreSQL:
 * founding a chapter, renaming it, setting its seats, describing the union; who may do each; what
 * the audit trail keeps; and what the public page and the directory then show, with the
 * small-group rule. Each test founds its own chapters, so the order of tests does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class OrganisingContract {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final String MODS = "fediverse-moderators";
    static final String EUROPE = "moderators-europe";

    /** The database the contract runs on. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    Stores stores;
    DirectoryService directory;
    OrganisingService organising;
    PublicDirectory publicDirectory;
    AuditService audit;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        db = TestDatabase.of(database);
        stores = db.stores(new TickingClock(NOW));
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        directory = new DefaultDirectoryService(stores);
        organising = new DefaultOrganisingService(stores, directory);
        publicDirectory = new DefaultPublicDirectory(stores, new JpaElections(db.em()));
        audit = new DefaultAuditService(stores);
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

    AuditEntryView lastEntry(String unionSlug) {
        return call(() -> audit.trail(actor("amara"), ScopeKind.UNION, unionSlug, 0, 1)).items().get(0);
    }

    long unionAuditCount() {
        return call(() -> audit.trail(actor("amara"), ScopeKind.UNION, MODS, 0, 1)).total();
    }

    @Test
    void aUnionStewardFoundsAChapterThatEveryoneThenFinds() {
        Actor amara = actor("amara");
        ChapterView founded = call(() -> organising.foundChapter(amara, MODS,
                new FoundChapter(" moderators-oceania ", "Moderators Oceania", "Servers run from Oceania.", 2)));

        assertEquals("moderators-oceania", founded.slug());
        assertEquals(MODS, founded.unionSlug());
        assertEquals(2, founded.delegateSeats());
        assertEquals(PeopleCount.exact(0), founded.activeMembers(), "its steward sees the count whole");
        assertTrue(founded.viewerIsSteward());
        ChapterSummary listed = call(() -> directory.chapters(actor("chloe"), MODS)).stream()
                .filter(c -> c.slug().equals("moderators-oceania")).findFirst().orElseThrow();
        assertEquals("fewer than 5", listed.activeMembers().text(), "a member of another chapter");
        AuditEntryView entry = lastEntry(MODS);
        assertEquals(AuditAction.CHAPTER_FOUNDED, entry.action());
        assertEquals("Amara Okafor", entry.actorDisplayName());
        assertEquals("Founded Moderators Oceania (moderators-oceania), 2 delegate seats", entry.detail());
        assertEquals(ScopeKind.CHAPTER, entry.scopeKind());
        assertEquals("moderators-oceania", entry.scopeSlug());

        RuleViolation again = assertThrows(RuleViolation.class, () -> call(() -> organising.foundChapter(amara, MODS,
                new FoundChapter("moderators-oceania", "Moderators Oceania", "", 2))));
        assertEquals("Fediverse Moderators' Union already has a chapter with the short name \"moderators-oceania\" "
                + "(Moderators Oceania).", again.getMessage());
    }

    @Test
    void aShortNameUsedByAnotherUnionOrItsChapterIsRefusedAndNothingIsWritten() {
        Actor amara = actor("amara");
        long before = unionAuditCount();
        for (String taken : List.of("makers-crafters", "indie-sellers", MODS)) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> call(() -> organising.foundChapter(amara,
                    MODS, new FoundChapter(taken, "Somewhere New", "", 1))));
            assertTrue(refused.getMessage().contains("already used on this installation"), refused.getMessage());
        }
        assertThrows(RuleViolation.class, () -> call(() -> organising.foundChapter(amara, MODS,
                new FoundChapter("moderators-elsewhere", "moderators europe", "", 1))));
        assertThrows(InvalidInput.class, () -> call(() -> organising.foundChapter(amara, MODS,
                new FoundChapter("moderators-nowhere", "Nowhere", "", 0))));
        assertThrows(InvalidInput.class, () -> call(() -> organising.foundChapter(amara, MODS,
                new FoundChapter("Not A Slug", "Nowhere", "", 1))));
        assertThrows(InvalidInput.class, () -> call(() -> organising.foundChapter(amara, MODS, null)));
        assertEquals(before, unionAuditCount());
        assertEquals(Optional.empty(), call(() -> stores.chapters().findBySlug("moderators-nowhere")));
        assertEquals("Indie Sellers' Union", call(() -> stores.unions().find(
                stores.chapters().findBySlug("makers-crafters").orElseThrow().unionId())).orElseThrow().name());
    }

    @Test
    void twoStewardsFoundingTheSameShortNameAtOnceGetOneChapterAndOneClearRefusal() throws Exception {
        // Two nodes: each passes the domain's check before the other commits; the unique index decides.
        jakarta.persistence.EntityManager otherEm = db.secondEntityManager();
        OrganisingService there = new DefaultOrganisingService(TestDatabase.stores(otherEm, new TickingClock(NOW)),
                new DefaultDirectoryService(TestDatabase.stores(otherEm, new TickingClock(NOW))));
        Actor amara = actor("amara");
        java.util.concurrent.CountDownLatch firstInserted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService second = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Throwable> late = second.submit(() -> {
                firstInserted.await();
                try {
                    TestDatabase.tx(otherEm, () -> there.foundChapter(amara, MODS,
                            new FoundChapter("moderators-twin", "Moderators Twin B", "", 1)));
                    return null;
                } catch (RuntimeException refused) {
                    return refused;
                }
            });
            ChapterView first = call(() -> {
                ChapterView founded = organising.foundChapter(amara, MODS,
                        new FoundChapter("moderators-twin", "Moderators Twin A", "", 1));
                firstInserted.countDown();
                sleep(300);
                return founded;
            });
            Throwable refusal = late.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("Moderators Twin A", first.name());
            assertTrue(refusal instanceof RuleViolation, "the second founding is refused by a rule: " + refusal);
            assertEquals("The short name \"moderators-twin\" was taken a moment ago; choose another.",
                    refusal.getMessage());
        } finally {
            second.shutdownNow();
            otherEm.close();
        }
        assertEquals(1, call(() -> stores.chapters().ofUnion(stores.unions().findBySlug(MODS).orElseThrow().id()))
                .stream().filter(c -> c.slug().equals("moderators-twin")).count());
        assertEquals("Moderators Twin A", call(() -> directory.chapter(actor("chloe"), "moderators-twin")).name());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyTheUnionsStewardsFoundChaptersSetSeatsAndDescribeTheUnion() {
        long before = unionAuditCount();
        for (String handle : List.of("jonas", "diego", "chloe", "fatima", "lena", "sam")) {
            Actor who = actor(handle);
            assertThrows(AccessDenied.class, () -> call(() -> organising.foundChapter(who, MODS,
                    new FoundChapter("moderators-" + handle, "Chapter of " + handle, "", 1))), handle);
            assertThrows(AccessDenied.class, () -> call(() -> organising.setDelegateSeats(who, EUROPE, 4)), handle);
            assertThrows(AccessDenied.class, () -> call(() -> organising.describeUnion(who, MODS,
                    "Taken over by " + handle, "")), handle);
        }
        for (String handle : List.of("diego", "chloe", "fatima", "lena", "sam")) {
            Actor who = actor(handle);
            assertThrows(AccessDenied.class, () -> call(() -> organising.renameChapter(who, EUROPE,
                    "Renamed by " + handle)), handle);
        }
        assertEquals(before, unionAuditCount());
        ChapterView europe = call(() -> directory.chapter(actor("chloe"), EUROPE));
        assertEquals("Moderators Europe", europe.name());
        assertEquals(3, europe.delegateSeats());
        assertThrows(NotFound.class, () -> call(() -> organising.renameChapter(actor("amara"), "no-such-chapter", "X")));
        assertThrows(NotFound.class, () -> call(() -> organising.describeUnion(actor("amara"), "no-such-union", "X",
                "")));
    }

    @Test
    void aChaptersOwnStewardRenamesItAndTheSameNameTwiceIsWrittenOnce() {
        Actor amara = actor("amara");
        call(() -> organising.foundChapter(amara, MODS, new FoundChapter("moderators-arctic", "Moderators Arctic", "",
                1)));
        Actor jonas = actor("jonas");
        assertThrows(AccessDenied.class, () -> call(() -> organising.renameChapter(jonas, "moderators-arctic",
                "Not his chapter")));

        ChapterView renamed = call(() -> organising.renameChapter(jonas, EUROPE, "Moderators of Europe"));
        assertEquals("Moderators of Europe", renamed.name());
        assertEquals(EUROPE, renamed.slug());
        AuditEntryView entry = lastEntry(MODS);
        assertEquals(AuditAction.CHAPTER_RENAMED, entry.action());
        assertEquals("Jonas Lindqvist", entry.actorDisplayName());
        assertEquals("Renamed from \"Moderators Europe\" to \"Moderators of Europe\"", entry.detail());
        long count = unionAuditCount();
        call(() -> organising.renameChapter(jonas, EUROPE, "Moderators of Europe"));
        assertEquals(count, unionAuditCount(), "the same request twice writes one entry");

        assertThrows(RuleViolation.class, () -> call(() -> organising.renameChapter(amara, "moderators-arctic",
                "moderators of europe")));
        assertThrows(InvalidInput.class, () -> call(() -> organising.renameChapter(amara, EUROPE, " ")));
        call(() -> organising.renameChapter(amara, EUROPE, "Moderators Europe"));
        assertEquals("Moderators Europe", call(() -> directory.chapter(jonas, EUROPE)).name());
    }

    @Test
    void seatsNeverFallBelowTheDelegatesInOffice() {
        Actor amara = actor("amara");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> call(() -> organising.setDelegateSeats(amara,
                EUROPE, 1)));
        assertEquals("Chapter Moderators Europe has 2 delegates in office; end a mandate before reducing the seats "
                + "to 1.", refused.getMessage());
        assertThrows(InvalidInput.class, () -> call(() -> organising.setDelegateSeats(amara, EUROPE, 101)));
        assertEquals(3, call(() -> directory.chapter(amara, EUROPE)).delegateSeats());

        assertEquals(5, call(() -> organising.setDelegateSeats(amara, EUROPE, 5)).delegateSeats());
        AuditEntryView entry = lastEntry(MODS);
        assertEquals(AuditAction.DELEGATE_SEATS_CHANGED, entry.action());
        assertEquals("Delegate seats of Moderators Europe: 3 to 5", entry.detail());
        assertEquals(5, call(() -> directory.chapter(actor("chloe"), EUROPE)).delegateSeats());
        assertEquals(3, call(() -> organising.setDelegateSeats(amara, EUROPE, 3)).delegateSeats());
    }

    @Test
    void theDescriptionReachesThePublicPageWithTheChaptersAndNoMember() {
        Actor amara = actor("amara");
        call(() -> organising.foundChapter(amara, MODS, new FoundChapter("moderators-antarctica",
                "Moderators Antarctica", "Research station servers.", 1)));
        UnionView described = call(() -> organising.describeUnion(amara, MODS,
                "Moderators of Fediverse servers organising for fair pay.",
                "Sign in, open a chapter near you and ask to join."));
        assertEquals("Moderators of Fediverse servers organising for fair pay.", described.description());
        assertEquals("Sign in, open a chapter near you and ask to join.", described.howToJoin());
        assertEquals(AuditAction.UNION_DESCRIBED, lastEntry(MODS).action());

        PublicUnionView page = call(() -> publicDirectory.page(MODS));
        assertEquals("Moderators of Fediverse servers organising for fair pay.", page.description());
        assertEquals("Sign in, open a chapter near you and ask to join.", page.howToJoin());
        PublicUnionView.Chapter antarctica = page.chapters().stream()
                .filter(c -> c.slug().equals("moderators-antarctica")).findFirst().orElseThrow();
        assertEquals("fewer than 5", antarctica.activeMembers().text());
        assertEquals(Optional.empty(), antarctica.activeMembers().count());
        PublicUnionView.Chapter europe = page.chapters().stream().filter(c -> c.slug().equals(EUROPE))
                .findFirst().orElseThrow();
        assertTrue(europe.activeMembers().count().orElseThrow() >= 5);
        String everything = page.toString();
        for (Member m : call(() -> db.em().createQuery("SELECT m FROM UnionMember m", Member.class).getResultList())) {
            assertFalse(everything.contains(m.displayName()), m.displayName() + " is named on the public page");
            assertFalse(everything.contains(m.id().toString()), "a member id is on the public page");
        }
        assertTrue(call(() -> publicDirectory.unions()).stream().anyMatch(u -> u.slug().equals(MODS)
                && u.description().equals(page.description())));
        assertThrows(NotFound.class, () -> call(() -> publicDirectory.page("no-such-union")));

        long count = unionAuditCount();
        call(() -> organising.describeUnion(amara, MODS, "Moderators of Fediverse servers organising for fair pay.",
                "Sign in, open a chapter near you and ask to join."));
        assertEquals(count, unionAuditCount(), "the same description twice writes one entry");
        assertThrows(InvalidInput.class, () -> call(() -> organising.describeUnion(amara, MODS, " ", "")));
        assertThrows(InvalidInput.class, () -> call(() -> organising.describeUnion(amara, MODS, "x".repeat(1001),
                "")));
        assertEquals("Moderators of Fediverse servers organising for fair pay.",
                call(() -> publicDirectory.page(MODS)).description());
    }
}
