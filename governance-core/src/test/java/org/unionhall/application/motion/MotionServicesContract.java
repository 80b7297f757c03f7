package org.unionhall.application.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.unionhall.application.notification.DefaultNotificationService;
import org.unionhall.application.notification.NotificationService;
import org.unionhall.application.notification.NotificationView;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.BylawsStatus;
import org.unionhall.domain.bylaws.BylawsTerms;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.KindRule;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Threshold;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.congress.CongressVoteStatus;
import org.unionhall.domain.congress.Instruction;
import org.unionhall.domain.congress.ProxyId;
import org.unionhall.domain.congress.ProxyScope;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Term;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.motion.ElectionMethod;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.motion.NominationId;
import org.unionhall.domain.motion.NominationStatus;
import org.unionhall.domain.notification.NotificationId;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoBylaws;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaCongressVotes;
import org.unionhall.infrastructure.persistence.JpaMotions;
import org.unionhall.infrastructure.persistence.JpaNominations;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaProxies;
import org.unionhall.testsupport.TestDatabase;

/**
 * The motion, congress and notification services on a real database seeded with the demo data,
 * plus a congress union of three chapters of different sizes (North 10 members and 3 delegates,
 * South 7 and 2, East 5 and 1) whose bylaws send every kind of motion to the congress. Each test
 * works on its own motions. Subclasses pick H2 or PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class MotionServicesContract {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    TestDatabase db;
    Stores stores;
    MotionStores motionStores;
    MovableClock clock;
    MotionService motions;
    CongressService congress;
    NotificationService notifications;
    final Map<String, MemberId> people = new HashMap<>();

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase.Kind kind() {
        return database;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        people.clear(); // one instance serves both databases
        db = TestDatabase.of(kind());
        clock = new MovableClock(NOW);
        stores = db.stores(clock);
        motionStores = new MotionStores(stores, new JpaBylawsBook(db.em()), new JpaMotions(db.em()),
                new JpaNominations(db.em()), new JpaCongressVotes(db.em()), new JpaProxies(db.em()),
                new JpaNotifications(db.em()));
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        assertEquals(3, db.tx(() -> new DemoBylaws(motionStores).seedIfMissing()));
        Notifier notifier = new Notifier(motionStores.core(), motionStores.notifications(),
                new JpaOutbox(db.em()), new JpaMailPreferences(db.em()));
        motions = new DefaultMotionService(motionStores, notifier, new BallotBox(Optional.empty()));
        congress = new DefaultCongressService(motionStores, notifier);
        notifications = new DefaultNotificationService(motionStores.core(), motionStores.notifications());
        db.run(this::congressUnion);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    /** The congress union: every kind decided by congress, bylaws amendments by two thirds, quorum 50%. */
    private void congressUnion() {
        Instant now = stores.time().now();
        LocalDate today = stores.time().today();
        Federation federation = stores.federations().find(
                stores.unions().findBySlug("fediverse-moderators").orElseThrow().federationId()).orElseThrow();
        Union union = federation.foundUnion("congress-test", "Congress Test Union", "", now);
        stores.unions().add(union);
        Chapter north = chapter(union, "north", "North", 3, now);
        Chapter south = chapter(union, "south", "South", 2, now);
        Chapter east = chapter(union, "east", "East", 1, now);
        Member stella = member("stella", north, now, today);
        stores.mandates().add(union.appointFoundingSteward(stella.id(), stores.memberships().ofMember(stella.id()),
                new Term(today.minusDays(40), today.plusYears(1)), stores.mandates().ofUnion(union.id()), now, today));
        for (String h : List.of("a1", "a2", "a3", "n4", "n5", "n6", "n7", "n8", "n9")) {
            member(h, north, now, today);
        }
        for (String h : List.of("b1", "b2", "s3", "s4", "s5", "s6", "s7")) {
            member(h, south, now, today);
        }
        for (String h : List.of("c1", "e2", "e3", "e4", "e5")) {
            member(h, east, now, today);
        }
        delegate(north, "a1", 30, stella, now, today);
        delegate(north, "a2", 20, stella, now, today);
        delegate(north, "a3", 10, stella, now, today);
        delegate(south, "b1", 30, stella, now, today);
        delegate(south, "b2", 20, stella, now, today);
        delegate(east, "c1", 30, stella, now, today);
        Map<MotionKind, KindRule> rules = new EnumMap<>(MotionKind.class);
        for (MotionKind kind : MotionKind.values()) {
            rules.put(kind, new KindRule(DecisionBody.CONGRESS, kind == MotionKind.BYLAWS_AMENDMENT
                    ? Threshold.TWO_THIRDS : Threshold.SIMPLE));
        }
        motionStores.bylaws().add(Bylaws.foundingOfUnion(union.federationId(), union.id(),
                new BylawsTerms(25, 50, 2, 14, 7, 3, 2, rules), now));
    }

    private Chapter chapter(Union union, String slug, String name, int seats, Instant now) {
        Chapter c = union.openChapter(slug, name, "", seats, now);
        stores.chapters().add(c);
        return c;
    }

    private Member member(String handle, Chapter chapter, Instant now, LocalDate today) {
        Member m = new Member("Member " + handle, handle + "@congress.example", "en", now);
        stores.members().add(m);
        stores.memberships().add(chapter.enrolFoundingMember(m, Optional.empty(), now, today));
        people.put(handle, m.id());
        return m;
    }

    private void delegate(Chapter chapter, String handle, int daysAgo, Member steward, Instant now, LocalDate today) {
        MemberId holder = people.get(handle);
        stores.mandates().add(chapter.appoint(MandateRole.DELEGATE, holder,
                stores.memberships().find(holder, chapter.id()), new Term(today.minusDays(daysAgo), today.plusYears(1)),
                stores.mandates().ofChapter(chapter.id()), steward.id(), now, today));
    }

    Actor demo(String handle) {
        return new Actor(db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    Actor t(String handle) {
        return new Actor(people.get(handle));
    }

    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    MotionId seconded(String title) {
        MotionView m = call(() -> motions.propose(t("n4"), new ProposeMotion(MotionKind.GENERAL, MotionScope.UNION,
                "congress-test", title, "The union asks every server for a moderation budget.")));
        MotionId id = MotionId.of(m.id());
        call(() -> motions.submit(t("n4"), id));
        call(() -> motions.second(t("n5"), id));
        call(() -> motions.second(t("s3"), id));
        return id;
    }

    MotionId voting(String title) {
        MotionId id = seconded(title);
        call(() -> motions.schedule(t("stella"), id, Optional.empty(), Optional.empty()));
        return id;
    }

    // --- the congress vote of issue 4's "Done when" ----------------------------------------------

    @Test
    void theProposerEditsTheirDraftUntilItIsSubmittedAndNobodyElseCan() {
        MotionView draft = call(() -> motions.propose(t("n4"), new ProposeMotion(MotionKind.GENERAL, MotionScope.UNION,
                "congress-test", "A moderation budgte", "The union asks for a budget.")));
        MotionId id = MotionId.of(draft.id());
        MotionView edited = call(() -> motions.editDraft(t("n4"), id, "A moderation budget",
                "The union asks every server for a moderation budget."));
        assertEquals("A moderation budget", edited.title());
        assertEquals("The union asks every server for a moderation budget.", edited.text());
        assertEquals(MotionStatus.DRAFT, edited.status());
        assertThrows(NotFound.class, () -> call(() -> motions.editDraft(t("n5"), id, "Taken over", "Another text.")));
        assertThrows(InvalidInput.class, () -> call(() -> motions.editDraft(t("n4"), id, "A moderation budget", " ")));
        assertEquals("A moderation budget", call(() -> motions.motion(t("n4"), id)).title(), "a refusal changes nothing");
        call(() -> motions.submit(t("n4"), id));
        RuleViolation submitted = assertThrows(RuleViolation.class, () -> call(() -> motions.editDraft(t("n4"), id,
                "Another title", "Another text.")));
        assertTrue(submitted.getMessage().contains("only a draft motion can be edited"), submitted.getMessage());
    }

    @Test
    void aCongressVoteScheduledForTodayOpensItsRollCallAtOnce() {
        MotionId id = seconded("Meet the platform's lawyers");
        Instant startOfToday = clock.instant().truncatedTo(ChronoUnit.DAYS);
        MotionView scheduled = call(() -> motions.schedule(t("stella"), id, Optional.of(startOfToday),
                Optional.empty()));
        assertEquals(MotionStatus.VOTING, scheduled.status());
        assertEquals(22, call(() -> congress.rollCall(t("a1"), id)).totalWeight());
        RuleViolation again = assertThrows(RuleViolation.class, () -> call(() -> motions.openVoting(t("stella"), id)));
        assertFalse(again.getMessage().isBlank());
    }

    @Test
    void threeChaptersOfDifferentSizesAProxyASplitProxyAndAnInstructionGiveTheExactWeightedResult() {
        Optional<Integer> inForce = call(() -> motions.bylaws(t("n6"), "congress-test")).number();
        MotionId id = voting("Fund a legal aid pool");
        CongressView opened = call(() -> congress.rollCall(t("n6"), id));
        assertEquals(List.of("East 5", "North 10", "South 7"), opened.chapters().stream()
                .map(c -> c.chapterName() + " " + c.membersCertified()).toList());
        assertEquals(List.of("Member c1 5", "Member a1 4", "Member a2 3", "Member a3 3", "Member b1 4",
                "Member b2 3"), opened.seats().stream().map(s -> s.name() + " " + s.weight()).toList());
        assertEquals(22, opened.totalWeight());

        call(() -> congress.instruct(t("stella"), id, "north", Instruction.FOR));
        ProxyView a2ToB1 = call(() -> congress.giveProxy(t("a2"), new GiveProxy(people.get("b1").toString(),
                ProxyScope.ONE_VOTE, Optional.of(id.toString()), Optional.empty())));
        ProxyView a3ToC1 = call(() -> congress.giveProxy(t("a3"), new GiveProxy(people.get("c1").toString(),
                ProxyScope.SESSION, Optional.empty(), Optional.of(stores.time().today()))));

        call(() -> congress.vote(t("a1"), id, Choice.FOR));
        call(() -> congress.vote(t("b1"), id, Choice.AGAINST));
        CongressView split = call(() -> congress.voteByProxy(t("b1"), id, ProxyId.of(a2ToB1.id()),
                Map.of(Choice.FOR, 2L, Choice.AGAINST, 1L)));
        assertEquals(6, split.inFavour());
        assertEquals(5, split.against());
        call(() -> congress.voteByProxy(t("c1"), id, ProxyId.of(a3ToC1.id()), Map.of(Choice.FOR, 3L)));
        call(() -> congress.vote(t("c1"), id, Choice.FOR));
        call(() -> congress.vote(t("a3"), id, Choice.ABSTAIN));

        CongressView closed = call(() -> congress.close(t("stella"), id));
        assertEquals(CongressVoteStatus.CLOSED, closed.status());
        assertEquals(11, closed.inFavour());
        assertEquals(5, closed.against());
        assertEquals(3, closed.abstaining());
        assertEquals(22, closed.totalWeight());
        assertTrue(closed.quorumMet());
        assertEquals(Optional.of(MotionStatus.CARRIED), closed.outcome());
        assertEquals(List.of(
                        "Member a1|Member a1|North|FOR|4|own|counts|vote for|follows",
                        "Member b1|Member b1|South|AGAINST|4|own|counts|-|-",
                        "Member b1|Member a2|North|FOR|2|proxy|counts|vote for|follows",
                        "Member b1|Member a2|North|AGAINST|1|proxy|counts|vote for|departs",
                        "Member c1|Member a3|North|FOR|3|proxy|overridden|vote for|follows",
                        "Member c1|Member c1|East|FOR|5|own|counts|-|-",
                        "Member a3|Member a3|North|ABSTAIN|3|own|counts|vote for|departs"),
                closed.rollCall().stream().map(l -> String.join("|", l.voterName(), l.seatOfName(), l.chapterName(),
                        l.choice().name(), String.valueOf(l.weight()), l.byProxy() ? "proxy" : "own",
                        l.overridden() ? "overridden" : "counts", l.instruction().map(Instruction::label).orElse("-"),
                        l.followsInstruction().map(f -> f ? "follows" : "departs").orElse("-"))).toList());

        MotionView decided = call(() -> motions.motion(t("n6"), id));
        assertEquals(MotionStatus.CARRIED, decided.status());
        assertEquals(Optional.of(new MotionView.Result(11, 5, 3, 22, true)), decided.result());
        assertEquals(inForce, decided.bylawsNumber());
        assertTrue(decided.history().get(decided.history().size() - 1).what().startsWith("Carried. For 11, against 5"));
        assertTrue(call(() -> notifications.notifications(t("e5"), 0, 50)).items().stream()
                .anyMatch(n -> n.kind() == NotificationKind.RESULT_PUBLISHED && n.motionId().equals(id.toString())));
    }

    @Test
    void aDelegateCannotCastMoreThanTheirWeightNorVoteTwiceAndARefusedVoteChangesNothing() {
        MotionId id = voting("Adopt a code of conduct for moderators");
        ProxyView proxy = call(() -> congress.giveProxy(t("b2"), new GiveProxy(people.get("a1").toString(),
                ProxyScope.ONE_VOTE, Optional.of(id.toString()), Optional.empty())));
        RuleViolation more = assertThrows(RuleViolation.class, () -> call(() -> congress.voteByProxy(t("a1"), id,
                ProxyId.of(proxy.id()), Map.of(Choice.FOR, 3L, Choice.AGAINST, 1L))));
        assertTrue(more.getMessage().contains("more than the proxy's weight of 3"), more.getMessage());
        call(() -> congress.vote(t("a1"), id, Choice.FOR));
        assertThrows(RuleViolation.class, () -> call(() -> congress.vote(t("a1"), id, Choice.AGAINST)));
        assertThrows(AccessDenied.class, () -> call(() -> congress.vote(t("n7"), id, Choice.AGAINST)),
                "a member without a seat");
        CongressView view = call(() -> congress.rollCall(t("a1"), id));
        assertEquals(1, view.rollCall().size());
        assertEquals(4, view.inFavour());
        assertEquals(List.of(proxy.id()), view.viewerProxies().stream().map(ProxyView::id).toList());
        RuleViolation loop = assertThrows(RuleViolation.class, () -> call(() -> congress.giveProxy(t("a1"),
                new GiveProxy(people.get("b2").toString(), ProxyScope.ONE_VOTE, Optional.of(id.toString()),
                        Optional.empty()))));
        assertTrue(loop.getMessage().contains("proxy loop"), loop.getMessage());
        // giving a proxy is a delegate's power: anyone else is refused as outside their powers
        assertThrows(AccessDenied.class, () -> call(() -> congress.giveProxy(t("n7"),
                new GiveProxy(people.get("b1").toString(), ProxyScope.ONE_VOTE, Optional.of(id.toString()),
                        Optional.empty()))));
        assertThrows(AccessDenied.class, () -> call(() -> congress.instruct(t("a1"), id, "north", Instruction.AGAINST)));
        assertThrows(AccessDenied.class, () -> call(() -> congress.close(t("a1"), id)));
        call(() -> congress.revokeProxy(t("b2"), ProxyId.of(proxy.id())));
        assertTrue(call(() -> congress.rollCall(t("a1"), id)).viewerProxies().isEmpty());
    }

    @Test
    void secondingOnesOwnMotionOrAsAMemberOfAnotherUnionIsRefusedAndDraftsStayPrivate() {
        MotionView draft = call(() -> motions.propose(t("n4"), new ProposeMotion(MotionKind.GENERAL, MotionScope.UNION,
                "congress-test", "Publish the moderation logs", "Every quarter.")));
        MotionId id = MotionId.of(draft.id());
        assertThrows(NotFound.class, () -> call(() -> motions.motion(t("n5"), id)));
        assertFalse(call(() -> motions.motionsOfUnion(t("n5"), "congress-test")).stream()
                .anyMatch(m -> m.id().equals(draft.id())));
        call(() -> motions.submit(t("n4"), id));
        RuleViolation own = assertThrows(RuleViolation.class, () -> call(() -> motions.second(t("n4"), id)));
        assertEquals("You cannot second your own motion; another member must.", own.getMessage());
        assertThrows(AccessDenied.class, () -> call(() -> motions.second(demo("chloe"), id)));
        MotionView one = call(() -> motions.second(t("e2"), id));
        assertEquals(List.of("Member e2"), one.seconders());
        assertEquals(MotionStatus.SUBMITTED, one.status());
        assertThrows(RuleViolation.class, () -> call(() -> motions.second(t("e2"), id)));
        assertTrue(call(() -> notifications.notifications(t("e3"), 0, 50)).items().stream()
                .anyMatch(n -> n.kind() == NotificationKind.SECONDS_NEEDED && n.motionId().equals(draft.id())));
        assertThrows(AccessDenied.class, () -> call(() -> motions.openForAmendments(t("n5"), id)));
    }

    @Test
    void amendmentsAreDecidedBeforeTheMotionAndACarriedOneReplacesItsText() {
        MotionId main = seconded("Set a moderation rate");
        call(() -> motions.openForAmendments(t("stella"), main));
        MotionView amendment = call(() -> motions.amend(t("s4"), main, "Name the figure",
                "The union asks for 30 euros an hour."));
        MotionId aid = MotionId.of(amendment.id());
        assertEquals(MotionKind.AMENDMENT, amendment.kind());
        assertEquals(Optional.of("Set a moderation rate"), amendment.parentTitle());
        call(() -> motions.submit(t("s4"), aid));
        call(() -> motions.second(t("s5"), aid));
        call(() -> motions.second(t("s6"), aid));
        RuleViolation first = assertThrows(RuleViolation.class, () -> call(() -> motions.schedule(t("stella"), main,
                Optional.empty(), Optional.empty())));
        assertTrue(first.getMessage().contains("Name the figure"), first.getMessage());
        call(() -> motions.schedule(t("stella"), aid, Optional.empty(), Optional.empty()));
        for (String d : List.of("a1", "a2", "a3", "b1", "c1")) {
            call(() -> congress.vote(t(d), aid, Choice.FOR));
        }
        call(() -> congress.close(t("stella"), aid));
        MotionView amended = call(() -> motions.motion(t("n6"), main));
        assertEquals("The union asks for 30 euros an hour.", amended.text());
        assertEquals(List.of(MotionStatus.CARRIED), amended.amendments().stream().map(MotionSummary::status).toList());
        assertTrue(amended.history().stream().anyMatch(e -> e.what().contains("replaced by the carried amendment")));
        call(() -> motions.schedule(t("stella"), main, Optional.empty(), Optional.empty()));
        RuleViolation closed = assertThrows(RuleViolation.class, () -> call(() -> motions.amend(t("s4"), main,
                "Too late", "Another text")));
        assertTrue(closed.getMessage().contains("open for amendments"), closed.getMessage());
    }

    @Test
    void aCarriedBylawsAmendmentPutsTheNextVersionInForceAndLaterMotionsRecordIt() {
        Map<MotionKind, DecisionBody> bodies = new EnumMap<>(MotionKind.class);
        Map<MotionKind, Threshold> thresholds = new EnumMap<>(MotionKind.class);
        for (MotionKind kind : MotionKind.values()) {
            bodies.put(kind, DecisionBody.CONGRESS);
            thresholds.put(kind, kind == MotionKind.BUDGET || kind == MotionKind.BYLAWS_AMENDMENT
                    ? Threshold.TWO_THIRDS : Threshold.SIMPLE);
        }
        MotionView proposed = call(() -> motions.proposeBylawsAmendment(t("n8"), "congress-test",
                "Budgets need two thirds", "Spending needs a two-thirds majority; the congress quorum is 40%.",
                new BylawsProposal(25, 40, 2, 14, 7, 3, 2, bodies, thresholds)));
        MotionId id = MotionId.of(proposed.id());
        assertEquals(Optional.empty(), proposed.proposedBylaws().orElseThrow().number());
        call(() -> motions.submit(t("n8"), id));
        call(() -> motions.second(t("n9"), id));
        call(() -> motions.second(t("e4"), id));
        call(() -> motions.schedule(t("stella"), id, Optional.empty(), Optional.empty()));
        for (String d : List.of("a1", "a2", "a3", "b1", "b2", "c1")) {
            call(() -> congress.vote(t(d), id, Choice.FOR));
        }
        call(() -> congress.close(t("stella"), id));
        BylawsView now = call(() -> motions.bylaws(t("n8"), "congress-test"));
        assertEquals(Optional.of(2), now.number());
        assertEquals(40, now.congressQuorumPercent());
        assertEquals(Optional.of(id.toString()), now.adoptedByMotionId());
        List<BylawsView> history = call(() -> motions.bylawsHistory(t("n8"), "congress-test"));
        assertEquals(List.of(BylawsStatus.IN_FORCE, BylawsStatus.SUPERSEDED),
                history.stream().map(BylawsView::status).toList());
        MotionView later = call(() -> motions.propose(t("n8"), new ProposeMotion(MotionKind.BUDGET, MotionScope.UNION,
                "congress-test", "Buy a mail server", "Up to 200 euros a year.")));
        MotionView submitted = call(() -> motions.submit(t("n8"), MotionId.of(later.id())));
        assertEquals(Optional.of(2), submitted.bylawsNumber());
        assertEquals(Optional.of(Threshold.TWO_THIRDS), submitted.threshold());
        assertThrows(RuleViolation.class, () -> call(() -> motions.adoptFoundingBylaws(t("stella"), "congress-test")));
    }

    @Test
    void deadlinesLapseUnsecondedMotionsWarnOfQuorumAndCloseRollCalls() {
        MotionView draft = call(() -> motions.propose(t("e2"), new ProposeMotion(MotionKind.GENERAL,
                MotionScope.CHAPTER, "east", "East meets monthly", "On the first Monday.")));
        MotionId lonely = MotionId.of(draft.id());
        call(() -> motions.submit(t("e2"), lonely));
        MotionId id = seconded("Join the federation's campaign");
        call(() -> motions.schedule(t("stella"), id, Optional.empty(), Optional.empty()));
        call(() -> congress.vote(t("c1"), id, Choice.FOR));

        clock.advance(Duration.ofDays(6).plusHours(12));
        call(motions::advanceDue);
        List<NotificationView> b2 = call(() -> notifications.notifications(t("b2"), 0, 100)).items();
        assertTrue(b2.stream().anyMatch(n -> n.kind() == NotificationKind.QUORUM_AT_RISK
                && n.motionId().equals(id.toString())));
        assertFalse(call(() -> notifications.notifications(t("c1"), 0, 100)).items().stream()
                .anyMatch(n -> n.kind() == NotificationKind.QUORUM_AT_RISK && n.motionId().equals(id.toString())));
        long warnings = call(() -> notifications.notifications(t("b2"), 0, 100)).items().stream()
                .filter(n -> n.kind() == NotificationKind.QUORUM_AT_RISK && n.motionId().equals(id.toString())).count();
        call(motions::advanceDue);
        assertEquals(warnings, call(() -> notifications.notifications(t("b2"), 0, 100)).items().stream()
                .filter(n -> n.kind() == NotificationKind.QUORUM_AT_RISK && n.motionId().equals(id.toString())).count());

        clock.advance(Duration.ofDays(9));
        call(motions::advanceDue);
        MotionView failed = call(() -> motions.motion(t("n6"), id));
        assertEquals(MotionStatus.FAILED, failed.status());
        assertFalse(failed.result().orElseThrow().quorumMet());
        assertEquals(MotionStatus.LAPSED, call(() -> motions.motion(t("e3"), lonely)).status());
    }

    @Test
    void aSecretBallotMotionIsRefusedClearlyWhereNoBallotServiceRunsAndNothingChanges() {
        Actor priya = demo("priya");
        MotionView budget = call(() -> motions.propose(priya, new ProposeMotion(MotionKind.BUDGET, MotionScope.UNION,
                "fediverse-moderators", "A moderation fund", "The union sets aside 500 euros for moderators.")));
        assertEquals(Optional.of(DecisionBody.CONGRESS),
                call(() -> motions.submit(priya, MotionId.of(budget.id()))).decidedBy());
        MotionView general = call(() -> motions.propose(priya, new ProposeMotion(MotionKind.GENERAL, MotionScope.UNION,
                "fediverse-moderators", "Fair pay for moderation", "The union asks every server for a budget.")));
        MotionId generalId = MotionId.of(general.id());
        assertEquals(Optional.of(DecisionBody.SECRET_BALLOT), call(() -> motions.submit(priya, generalId)).decidedBy());
        call(() -> motions.second(demo("jonas"), generalId));
        call(() -> motions.second(demo("chloe"), generalId));
        assertEquals("Secret member ballots are not available on this installation.", assertThrows(
                RuleViolation.class, () -> call(() -> motions.schedule(demo("amara"), generalId, Optional.empty(),
                        Optional.empty()))).getMessage());
        assertEquals(MotionStatus.SECONDED, call(() -> motions.motion(priya, generalId)).status());
        MotionView election = call(() -> motions.callElection(priya, new CallElection(MotionScope.UNION,
                "fediverse-moderators", "Treasurer", "Keeps the union's books for two years.", ElectionMethod.ONE_OF_N,
                1)));
        MotionId eid = MotionId.of(election.id());
        NominationView nominated = call(() -> motions.nominate(priya, eid, demo("mateo").memberId()));
        assertEquals(NominationStatus.AWAITING_ANSWER, nominated.status());
        assertThrows(AccessDenied.class, () -> call(() -> motions.acceptNomination(priya,
                NominationId.of(nominated.id()), "Not mine to accept")));
        NominationView accepted = call(() -> motions.acceptNomination(demo("mateo"), NominationId.of(nominated.id()),
                "I kept the books of my server for five years."));
        assertEquals(NominationStatus.ACCEPTED, accepted.status());
        NominationView other = call(() -> motions.nominate(priya, eid, demo("kwame").memberId()));
        call(() -> motions.declineNomination(demo("kwame"), NominationId.of(other.id())));
        call(() -> motions.submit(priya, eid));
        call(() -> motions.second(demo("jonas"), eid));
        call(() -> motions.second(demo("chloe"), eid));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> call(() -> motions.schedule(demo("amara"), eid,
                Optional.empty(), Optional.empty())));
        assertEquals("Secret member ballots are not available on this installation.", refused.getMessage());
        MotionView unchanged = call(() -> motions.motion(priya, eid));
        assertEquals(MotionStatus.SECONDED, unchanged.status());
        assertEquals(List.of(NominationStatus.ACCEPTED, NominationStatus.DECLINED),
                unchanged.nominations().stream().map(NominationView::status).toList());
    }

    @Test
    void membersReadTheirOwnNotificationsOnly() {
        MotionId id = seconded("Share moderation tools");
        call(() -> motions.schedule(t("stella"), id, Optional.empty(), Optional.empty()));
        long unread = call(() -> notifications.unreadCount(t("b1")));
        assertTrue(unread >= 1);
        NotificationView opened = call(() -> notifications.notifications(t("b1"), 0, 100)).items().stream()
                .filter(n -> n.kind() == NotificationKind.VOTE_OPENED && n.motionId().equals(id.toString()))
                .findFirst().orElseThrow();
        assertThrows(NotFound.class, () -> call(() -> notifications.markRead(t("b2"),
                NotificationId.of(opened.id()))));
        assertTrue(call(() -> notifications.markRead(t("b1"), NotificationId.of(opened.id()))).read());
        assertEquals(unread - 1, call(() -> notifications.unreadCount(t("b1"))));
        call(() -> notifications.markAllRead(t("b1")));
        assertEquals(0, call(() -> notifications.unreadCount(t("b1"))));
        assertFalse(call(() -> notifications.notifications(t("n7"), 0, 100)).items().stream()
                .anyMatch(n -> n.kind() == NotificationKind.VOTE_OPENED && n.motionId().equals(id.toString())));
    }

    /** Another request on its own entity manager, as a second tab or node would send it. */
    final class Tab {
        final jakarta.persistence.EntityManager em = db.secondEntityManager();
        final MotionStores tabStores = new MotionStores(TestDatabase.stores(em, clock), new JpaBylawsBook(em), new JpaMotions(em), new JpaNominations(em),
                new JpaCongressVotes(em), new JpaProxies(em), new JpaNotifications(em));
        final CongressService tabCongress = new DefaultCongressService(tabStores,
                new Notifier(tabStores.core(), tabStores.notifications(), new JpaOutbox(em),
                        new JpaMailPreferences(em)));
    }

    @Test
    void twoVotesCastAtOnceOnOneRollCallCannotBothOverwriteItAndTheRefusedOneLeavesNoTrace() throws Exception {
        MotionId id = voting("Two tabs at once");
        Tab first = new Tab();
        Tab second = new Tab();
        java.util.concurrent.CountDownLatch secondHasRead = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            first.em.getTransaction().begin();
            first.tabCongress.vote(t("a1"), id, Choice.FOR);
            java.util.concurrent.Future<String> outcome = other.submit(() -> {
                second.em.getTransaction().begin();
                try {
                    second.tabCongress.rollCall(t("b1"), id);
                    secondHasRead.countDown();
                    second.tabCongress.vote(t("b1"), id, Choice.AGAINST);
                    second.em.getTransaction().commit();
                    return "committed";
                } catch (RuntimeException refused) {
                    return "refused";
                } finally {
                    secondHasRead.countDown();
                    if (second.em.getTransaction().isActive()) {
                        second.em.getTransaction().rollback();
                    }
                }
            });
            assertTrue(secondHasRead.await(30, java.util.concurrent.TimeUnit.SECONDS));
            first.em.getTransaction().commit();
            assertEquals("refused", outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            other.shutdownNow();
            if (first.em.getTransaction().isActive()) {
                first.em.getTransaction().rollback();
            }
            first.em.close();
            second.em.close();
        }
        CongressView after = call(() -> congress.rollCall(t("a1"), id));
        assertEquals(List.of("Member a1 FOR 4"), after.rollCall().stream()
                .map(l -> l.voterName() + " " + l.choice() + " " + l.weight()).toList());
        CongressView retried = call(() -> congress.vote(t("b1"), id, Choice.AGAINST));
        assertEquals(4, retried.against());
    }

    @Test
    void onlyTheProposerWithdrawsAndOnlyBeforeTheVote() {
        MotionId id = seconded("Rotate the chair");
        assertThrows(AccessDenied.class, () -> call(() -> motions.withdraw(t("n5"), id)));
        assertEquals(MotionStatus.WITHDRAWN, call(() -> motions.withdraw(t("n4"), id)).status());
        MotionId voting = voting("Rotate the chair again");
        assertThrows(RuleViolation.class, () -> call(() -> motions.withdraw(t("n4"), voting)));
        assertEquals(MotionStatus.VOTING, call(() -> motions.motion(t("n4"), voting)).status());
    }
}
