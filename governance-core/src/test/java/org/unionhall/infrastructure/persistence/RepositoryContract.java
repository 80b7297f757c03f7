package org.unionhall.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Stores;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MemberListing;
import org.unionhall.domain.membership.MemberListingPage;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Term;
import org.unionhall.domain.membership.Union;
import org.unionhall.testsupport.TestDatabase;
import org.unionhall.testsupport.TickingClock;

/**
 * The JPA stores and the migrated schema on a real database: the database itself refuses what
 * the rules forbid, so a race between two requests cannot slip past the domain's checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class RepositoryContract {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00.123Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    TestDatabase db;
    Stores stores;
    Union union;
    Chapter chapter;
    Member steward;

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase.Kind kind() {
        return database;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void open() {
        db = TestDatabase.of(kind());
        stores = db.stores(new TickingClock(NOW));
        db.run(() -> {
            Federation f = new Federation("test-federation", "Test Federation", NOW);
            stores.federations().add(f);
            union = f.foundUnion("riders", "Riders' Union", "Delivery riders", NOW);
            stores.unions().add(union);
            chapter = union.openChapter("riders-north", "Riders North", "", 1, NOW);
            stores.chapters().add(chapter);
            steward = member("Steward Sam", "steward@riders.example");
        });
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    Member member(String name, String email) {
        return db.tx(() -> {
            Member m = new Member(name, email, "en", NOW);
            stores.members().add(m);
            return m;
        });
    }

    Chapter openChapter(String slug, String name) {
        return db.tx(() -> {
            Chapter c = union.openChapter(slug, name, "", 3, NOW);
            stores.chapters().add(c);
            return c;
        });
    }

    Membership enrol(Member m) {
        return db.tx(() -> {
            Membership ms = chapter.enrolFoundingMember(m, Optional.empty(), NOW, TODAY);
            stores.memberships().add(ms);
            return ms;
        });
    }

    @Test
    void theSchemaComesFromTheFlywayMigration() throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" = '1'")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean(2));
        } catch (SQLException lowerCase) {
            try (Connection c = db.jdbc(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean(2));
            }
        }
    }

    @Test
    void aSecondMembershipOfTheSameMemberInTheSameChapterIsRefusedByTheDatabase() {
        Member m = member("Dup Licate", "dup@riders.example");
        enrol(m);
        assertThrows(PersistenceException.class, () -> enrol(m));
        assertEquals(1, db.tx(() -> stores.memberships().ofMember(m.id())).size());
    }

    @Test
    void aSecondPendingRequestOfTheSamePersonIsRefusedByTheDatabase() {
        Member m = member("Pending Twice", "pending@riders.example");
        PersistenceException refused = assertThrows(PersistenceException.class, () -> db.run(() -> {
            stores.joinRequests().add(chapter.receiveJoinRequest(m.id(), Optional.empty(), Optional.empty(), "a", NOW));
            stores.joinRequests().add(chapter.receiveJoinRequest(m.id(), Optional.empty(), Optional.empty(), "b", NOW));
        }));
        assertTrue(refused.getMessage() != null);
        assertTrue(db.tx(() -> stores.joinRequests().pendingOf(m.id())).isEmpty(), "nothing partly written");
        JoinRequest first = db.tx(() -> {
            JoinRequest r = chapter.receiveJoinRequest(m.id(), Optional.empty(), Optional.empty(), "a", NOW);
            stores.joinRequests().add(r);
            return r;
        });
        db.run(() -> stores.joinRequests().find(first.id()).orElseThrow().decline(steward.id(), "Not yet", NOW));
        db.run(() -> stores.joinRequests().add(
                chapter.receiveJoinRequest(m.id(), Optional.empty(), Optional.empty(), "again", NOW)));
        assertEquals(1, db.tx(() -> stores.joinRequests().pendingOf(m.id())).size());
    }

    @Test
    void twoStewardsFillingTheLastSeatAtOnceCannotBothSucceed() {
        Member a = member("Seat Alpha", "alpha@riders.example");
        Member b = member("Seat Beta", "beta@riders.example");
        enrol(a);
        enrol(b);
        Term term = new Term(TODAY, TODAY.plusYears(1));
        EntityManager one = db.secondEntityManager();
        EntityManager two = db.secondEntityManager();
        try {
            one.getTransaction().begin();
            two.getTransaction().begin();
            JpaChapters chaptersOne = new JpaChapters(one);
            JpaChapters chaptersTwo = new JpaChapters(two);
            Chapter seenByOne = chaptersOne.find(chapter.id()).orElseThrow();
            Chapter seenByTwo = chaptersTwo.find(chapter.id()).orElseThrow();
            Mandate first = appoint(one, seenByOne, a, term);
            Mandate second = appoint(two, seenByTwo, b, term);
            chaptersOne.touch(seenByOne);
            new JpaMandates(one).add(first);
            one.getTransaction().commit();
            assertThrows(PersistenceException.class, () -> {
                chaptersTwo.touch(seenByTwo);
                new JpaMandates(two).add(second);
                two.getTransaction().commit();
            });
        } finally {
            if (two.getTransaction().isActive()) {
                two.getTransaction().rollback();
            }
            one.close();
            two.close();
        }
        List<Mandate> delegates = db.tx(() -> stores.mandates().ofChapter(chapter.id())).stream()
                .filter(m -> m.role() == MandateRole.DELEGATE).toList();
        assertEquals(1, delegates.size());
    }

    private Mandate appoint(EntityManager em, Chapter c, Member holder, Term term) {
        return c.appoint(MandateRole.DELEGATE, holder.id(), new JpaMemberships(em).find(holder.id(), c.id()),
                term, new JpaMandates(em).ofChapter(c.id()), steward.id(), NOW, TODAY);
    }

    @Test
    void anEmailBelongsToOneMemberOnly() {
        member("First Owner", "same@riders.example");
        assertThrows(PersistenceException.class, () -> member("Second Owner", "SAME@riders.example"));
    }

    @Test
    void timesAndHistoriesComeBackAsStored() {
        Member m = member("Round Trip", "roundtrip@riders.example");
        Membership ms = enrol(m);
        db.run(() -> stores.memberships().find(m.id(), chapter.id()).orElseThrow()
                .suspend(steward.id(), "Testing history", NOW.plusSeconds(60)));
        db.run(() -> stores.memberships().find(m.id(), chapter.id()).orElseThrow()
                .restore(steward.id(), "Back", NOW.plusSeconds(120)));
        Membership back = db.tx(() -> stores.memberships().find(m.id(), chapter.id())).orElseThrow();
        assertEquals(ms.id(), back.id());
        assertEquals(List.of(MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED, MembershipStatus.ACTIVE),
                db.tx(() -> stores.memberships().find(m.id(), chapter.id()).orElseThrow().history()).stream()
                        .map(h -> h.status()).toList());
        assertEquals(NOW.plusSeconds(60), db.tx(() -> stores.memberships().find(m.id(), chapter.id())
                .orElseThrow().history().get(1).changedAt()));
        assertEquals(NOW, db.tx(() -> stores.members().find(m.id())).orElseThrow().createdAt());
        assertEquals(TODAY, back.joinedOn());
    }

    @Test
    void theMemberListSortsIgnoringCaseAndFiltersLiterally() {
        Chapter other = openChapter("riders-list", "Riders List");
        String[] names = {"zoë Zed", "Ali al_Ali", "bea Bee", "Carl 100%", "Ana Ant"};
        for (int i = 0; i < names.length; i++) {
            Member m = member(names[i], "list" + i + "@riders.example");
            db.run(() -> stores.memberships().add(other.enrolFoundingMember(m, Optional.empty(), NOW, TODAY)));
        }
        ChapterId id = other.id();
        EnumSet<MembershipStatus> active = EnumSet.of(MembershipStatus.ACTIVE);
        List<String> sorted = names(other, active, Optional.empty(), 0, 10);
        assertEquals(List.of("Ali al_Ali", "Ana Ant", "bea Bee", "Carl 100%", "zoë Zed"), sorted);
        assertEquals(List.of("Ana Ant", "bea Bee"), names(other, active, Optional.empty(), 1, 2));
        assertEquals(List.of("Ali al_Ali"), names(other, active, Optional.of("l_a"), 0, 10));
        assertEquals(List.of("Carl 100%"), names(other, active, Optional.of("0%"), 0, 10));
        assertEquals(5, db.tx(() -> stores.memberships().listing(other, active, Optional.empty(), 0, 2, TODAY)).total());
        assertEquals(5, db.tx(() -> stores.memberships().listing(other, active, Optional.empty(), 7, 2, TODAY)).total());
        assertEquals(1, db.tx(() -> stores.memberships().listing(other, active, Optional.of("zoë"), 0, 10, TODAY)).total());
        assertEquals(List.of(), names(other, active, Optional.empty(), (long) Integer.MAX_VALUE * 100, 10));
    }

    List<String> names(Chapter chapter, Set<MembershipStatus> statuses, Optional<String> filter, long offset,
                       int limit) {
        return db.tx(() -> stores.memberships().listing(chapter, statuses, filter, offset, limit, TODAY)).rows().stream()
                .map(MemberListing::displayName).toList();
    }

    long rosterStamp(ChapterId chapter) throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT roster_stamp FROM chapter WHERE id = '" + chapter + "'")) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    @Test
    void everyWriteOfAMembershipRaisesItsChaptersRosterStampInTheSameTransaction() throws SQLException {
        Chapter other = openChapter("riders-stamp", "Riders Stamp");
        long before = rosterStamp(other.id());
        long elsewhere = rosterStamp(chapter.id());
        Member m = member("Stamp Stan", "stamp@riders.example");
        db.run(() -> stores.memberships().add(other.enrolFoundingMember(m, Optional.empty(), NOW, TODAY)));
        long admitted = rosterStamp(other.id());
        assertTrue(admitted > before, "an admission raises it");
        db.run(() -> stores.memberships().find(m.id(), other.id()).orElseThrow()
                .suspend(steward.id(), "Spam", NOW));
        long suspended = rosterStamp(other.id());
        assertTrue(suspended > admitted, "a suspension raises it");
        assertThrows(IllegalStateException.class, () -> db.run(() -> {
            stores.memberships().find(m.id(), other.id()).orElseThrow().restore(steward.id(), "Undone", NOW);
            db.em().flush();
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(suspended, rosterStamp(other.id()), "a rolled-back change leaves it");
        assertEquals(elsewhere, rosterStamp(chapter.id()), "other chapters keep theirs");
    }

    long powersStamp(Member member) throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT powers_stamp FROM union_member WHERE id = '" + member.id() + "'")) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    @Test
    void everyWriteOfAMandateRaisesTheStampsOfWhereItCanBeHeldAndOfItsHolder() throws SQLException {
        Chapter east = openChapter("riders-east-stamp", "Riders East Stamp");
        Chapter west = openChapter("riders-west-stamp", "Riders West Stamp");
        Member m = member("Mandate Mia", "mia.stamp@riders.example");
        db.run(() -> stores.memberships().add(east.enrolFoundingMember(m, Optional.empty(), NOW, TODAY)));
        long eastBefore = rosterStamp(east.id());
        long westBefore = rosterStamp(west.id());
        long miaBefore = powersStamp(m);
        long stewardBefore = powersStamp(steward);
        Term term = new Term(TODAY, TODAY.plusYears(1));
        Mandate delegate = db.tx(() -> {
            Mandate d = appoint(db.em(), stores.chapters().find(east.id()).orElseThrow(), m, term);
            stores.mandates().add(d);
            return d;
        });
        assertTrue(rosterStamp(east.id()) > eastBefore, "a chapter's mandate raises its chapter");
        assertEquals(westBefore, rosterStamp(west.id()), "and no other chapter");
        assertTrue(powersStamp(m) > miaBefore, "and its holder's powers stamp");
        assertEquals(stewardBefore, powersStamp(steward), "and no one else's");

        long eastNow = rosterStamp(east.id());
        long miaNow = powersStamp(m);
        db.run(() -> {
            Union u = stores.unions().find(union.id()).orElseThrow();
            stores.mandates().add(u.appoint(MandateRole.TREASURER, m.id(), stores.memberships().ofMember(m.id()),
                    term, stores.mandates().ofUnion(u.id()), steward.id(), NOW, TODAY));
        });
        assertTrue(rosterStamp(east.id()) > eastNow && rosterStamp(west.id()) > westBefore,
                "a union's mandate raises every chapter of the union");
        assertTrue(powersStamp(m) > miaNow);

        long eastBeforeEnd = rosterStamp(east.id());
        long miaBeforeEnd = powersStamp(m);
        assertThrows(IllegalStateException.class, () -> db.run(() -> {
            stores.mandates().find(delegate.id()).orElseThrow().endEarly(TODAY, "Stepping down");
            db.em().flush();
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(eastBeforeEnd, rosterStamp(east.id()), "a rolled-back change leaves the chapter's");
        assertEquals(miaBeforeEnd, powersStamp(m), "and the holder's");
    }

    @Test
    void powersFollowEachChangeAtOnceOnEveryNodeAndNeverAnUncommittedOne() {
        Chapter south = openChapter("riders-south-powers", "Riders South Powers");
        Member m = member("Powers Pat", "pat.powers@riders.example");
        EntityManager otherNode = db.secondEntityManager();
        Stores there = TestDatabase.stores(otherNode, new TickingClock(NOW));
        java.util.function.Supplier<Powers> here = () -> db.tx(() -> stores.members().powers(m.id(), TODAY))
                .orElseThrow();
        java.util.function.Supplier<Powers> thereNow = () -> TestDatabase.tx(otherNode,
                () -> there.members().powers(m.id(), TODAY)).orElseThrow();
        assertFalse(here.get().isMemberOf(south.id()));
        assertFalse(thereNow.get().isMemberOf(south.id()));

        db.run(() -> stores.memberships().add(south.enrolFoundingMember(m, Optional.empty(), NOW, TODAY)));
        assertTrue(here.get().isMemberOf(south.id()));
        assertTrue(thereNow.get().isMemberOf(south.id()), "another node sees the admission at once");

        Term term = new Term(TODAY, TODAY.plusYears(1));
        Mandate delegate = db.tx(() -> {
            Mandate d = appoint(db.em(), stores.chapters().find(south.id()).orElseThrow(), m, term);
            stores.mandates().add(d);
            return d;
        });
        assertTrue(here.get().holds(MandateRole.DELEGATE, union.id(), Optional.of(south.id())));
        assertTrue(thereNow.get().holds(MandateRole.DELEGATE, union.id(), Optional.of(south.id())));

        // A transaction sees its own change, and nobody sees it once it is rolled back.
        assertThrows(IllegalStateException.class, () -> db.run(() -> {
            stores.memberships().find(m.id(), south.id()).orElseThrow().suspend(steward.id(), "Spam", NOW);
            db.em().flush();
            assertFalse(stores.members().powers(m.id(), TODAY).orElseThrow().isMemberOf(south.id()));
            throw new IllegalStateException("rolled back");
        }));
        assertTrue(here.get().isMemberOf(south.id()));
        assertTrue(thereNow.get().isMemberOf(south.id()));

        db.run(() -> stores.mandates().find(delegate.id()).orElseThrow().endEarly(TODAY, "Stepping down"));
        assertFalse(here.get().holds(MandateRole.DELEGATE, union.id(), Optional.of(south.id())));
        assertFalse(thereNow.get().holds(MandateRole.DELEGATE, union.id(), Optional.of(south.id())),
                "an ended mandate no longer counts on another node");
        db.run(() -> stores.memberships().find(m.id(), south.id()).orElseThrow().suspend(steward.id(), "Spam", NOW));
        assertFalse(here.get().isMemberOf(south.id()));
        assertFalse(thereNow.get().isMemberOf(south.id()), "a suspension counts on another node at once");
        assertTrue(db.tx(() -> stores.members().powers(MemberId.generate(), TODAY)).isEmpty(), "nobody, no powers");
        otherNode.close();
    }

    @Test
    void theListShowsEachMembersRolesInTheChapterAsTheyChange() {
        Chapter other = openChapter("riders-roles", "Riders Roles");
        Member ann = member("Ann Roles", "ann.roles@riders.example");
        Member bob = member("Bob Roles", "bob.roles@riders.example");
        for (Member m : List.of(ann, bob)) {
            db.run(() -> stores.memberships().add(other.enrolFoundingMember(m, Optional.empty(), NOW, TODAY)));
        }
        Set<MembershipStatus> active = EnumSet.of(MembershipStatus.ACTIVE);
        EntityManager otherNode = db.secondEntityManager();
        Stores there = TestDatabase.stores(otherNode, new TickingClock(NOW));
        java.util.function.Supplier<List<List<MandateRole>>> here = () -> db.tx(() -> stores.memberships()
                .listing(other, active, Optional.empty(), 0, 10, TODAY)).rows().stream()
                .map(MemberListing::roles).toList();
        java.util.function.Supplier<List<List<MandateRole>>> thereNow = () -> TestDatabase.tx(otherNode,
                () -> there.memberships().listing(other, active, Optional.empty(), 0, 10, TODAY)).rows().stream()
                .map(MemberListing::roles).toList();
        assertEquals(List.of(List.of(), List.of()), here.get());
        assertEquals(List.of(List.of(), List.of()), thereNow.get());

        Term term = new Term(TODAY, TODAY.plusYears(1));
        Mandate delegate = db.tx(() -> {
            Mandate d = appoint(db.em(), stores.chapters().find(other.id()).orElseThrow(), bob, term);
            stores.mandates().add(d);
            return d;
        });
        db.run(() -> {
            Union u = stores.unions().find(union.id()).orElseThrow();
            stores.mandates().add(u.appoint(MandateRole.TREASURER, bob.id(), stores.memberships().ofMember(bob.id()),
                    term, stores.mandates().ofUnion(u.id()), steward.id(), NOW, TODAY));
        });
        List<List<MandateRole>> both = List.of(List.of(), List.of(MandateRole.DELEGATE, MandateRole.TREASURER));
        assertEquals(both, here.get());
        assertEquals(both, thereNow.get(), "another node shows the new roles at once");
        assertEquals(List.of(MandateRole.DELEGATE, MandateRole.TREASURER), db.tx(() -> stores.memberships()
                .listing(other, active, Optional.of("bob"), 0, 10, TODAY)).rows().get(0).roles(),
                "the filtered list, read from the tables, agrees");
        assertEquals(List.of(List.of(), List.of()), db.tx(() -> stores.memberships()
                .listing(other, active, Optional.empty(), 0, 10, TODAY.minusDays(1))).rows().stream()
                .map(MemberListing::roles).toList(), "the day before their terms, no roles");

        db.run(() -> stores.mandates().find(delegate.id()).orElseThrow().endEarly(TODAY, "Stepping down"));
        assertEquals(List.of(List.of(), List.of(MandateRole.TREASURER)), here.get());
        assertEquals(List.of(List.of(), List.of(MandateRole.TREASURER)), thereNow.get());
        otherNode.close();
    }

    @Test
    void theListShowsEachChangeAtOnceAndNeverATransactionsUncommittedOne() throws SQLException {
        Chapter other = openChapter("riders-roll", "Riders Roll");
        ChapterId id = other.id();
        Set<MembershipStatus> active = EnumSet.of(MembershipStatus.ACTIVE);
        Set<MembershipStatus> current = EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED,
                MembershipStatus.SUSPENDED);
        Member ann = member("Ann Roll", "ann.roll@riders.example");
        Member bob = member("Bob Roll", "bob.roll@riders.example");
        Member cat = member("Cat Roll", "cat.roll@riders.example");
        for (Member m : List.of(ann, bob, cat)) {
            db.run(() -> stores.memberships().add(other.enrolFoundingMember(m, Optional.empty(), NOW, TODAY)));
        }
        assertEquals(List.of("Ann Roll", "Bob Roll", "Cat Roll"), names(other, active, Optional.empty(), 0, 10));
        // Another node: its own entity manager and its own kept rosters, on the same database.
        EntityManager otherNode = db.secondEntityManager();
        Stores there = TestDatabase.stores(otherNode, new TickingClock(NOW));
        java.util.function.Supplier<List<String>> thereActive = () -> TestDatabase.tx(otherNode,
                () -> there.memberships().listing(other, active, Optional.empty(), 0, 10, TODAY)).rows().stream()
                .map(MemberListing::displayName).toList();
        assertEquals(List.of("Ann Roll", "Bob Roll", "Cat Roll"), thereActive.get());

        db.run(() -> stores.memberships().find(bob.id(), id).orElseThrow().suspend(steward.id(), "Spam", NOW));
        assertEquals(List.of("Ann Roll", "Cat Roll"), names(other, active, Optional.empty(), 0, 10));
        assertEquals(List.of("Ann Roll", "Cat Roll"), thereActive.get());
        MemberListingPage stewards = db.tx(() -> stores.memberships().listing(other, current, Optional.empty(), 1, 1, TODAY));
        assertEquals(3, stewards.total());
        assertEquals(MembershipStatus.SUSPENDED, stewards.rows().get(0).status());

        // A transaction sees its own change, and nobody else sees it once it is rolled back.
        assertThrows(IllegalStateException.class, () -> db.run(() -> {
            stores.memberships().find(ann.id(), id).orElseThrow().leave(NOW);
            assertEquals(List.of("Cat Roll"), stores.memberships().listing(other, active, Optional.empty(), 0, 10, TODAY)
                    .rows().stream().map(MemberListing::displayName).toList());
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(List.of("Ann Roll", "Cat Roll"), names(other, active, Optional.empty(), 0, 10));
        assertEquals(List.of("Ann Roll", "Cat Roll"), thereActive.get());

        // A new display name shows at once, and a new sort name moves the member when it reaches the membership.
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE union_member SET display_name = 'Zoe Roll', sort_name = 'zoe roll' WHERE id = '"
                    + ann.id() + "'");
        }
        assertEquals(List.of("Zoe Roll", "Cat Roll"), names(other, active, Optional.empty(), 0, 10));
        assertEquals(List.of("Zoe Roll", "Cat Roll"), thereActive.get());
        db.run(() -> stores.memberships().find(ann.id(), id).orElseThrow().leave(NOW));
        assertEquals(List.of("Cat Roll"), names(other, active, Optional.empty(), 0, 10));
        assertEquals(List.of("Cat Roll"), thereActive.get());
        assertEquals(2, db.tx(() -> stores.memberships().listing(other, current, Optional.empty(), 0, 10, TODAY)).total());
        db.run(() -> {
            Optional<Membership> earlier = stores.memberships().find(ann.id(), id);
            JoinRequest again = other.receiveJoinRequest(ann.id(), earlier, Optional.empty(), "Back", NOW);
            stores.joinRequests().add(again);
            again.admit(steward.id(), "Back", stores.members().find(ann.id()).orElseThrow(), earlier, NOW, TODAY);
        });
        assertEquals(List.of("Cat Roll", "Zoe Roll"), names(other, active, Optional.empty(), 0, 10));
        assertEquals(List.of("Cat Roll", "Zoe Roll"), thereActive.get());
        assertEquals(List.of("Zoe Roll"), names(other, active, Optional.empty(), 1, 10));
        otherNode.close();
    }
}
