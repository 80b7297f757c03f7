package org.unionhall.application.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.DefaultPrivacyService;
import org.unionhall.application.MyDataExport;
import org.unionhall.application.MyDataView;
import org.unionhall.application.PrivacyService;
import org.unionhall.application.Stores;
import org.unionhall.application.notification.DefaultNotificationService;
import org.unionhall.application.notification.NotificationService;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.debate.CommentId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoBylaws;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaComments;
import org.unionhall.infrastructure.persistence.JpaCongressVotes;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.infrastructure.persistence.JpaMotions;
import org.unionhall.infrastructure.persistence.JpaNominations;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaPersonalData;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.infrastructure.persistence.JpaProxies;
import org.unionhall.testsupport.TestDatabase;

/**
 * The debate on motions on a real database seeded with the demo data: in the Fediverse
 * Moderators' union Priya proposes, Jonas (a chapter steward, not the union's) and Mateo debate,
 * Amara stewards the union, and Lena belongs to another union. Each test debates its own motion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class DebateContract {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    TestDatabase db;
    Stores stores;
    MovableClock clock;
    MotionService motions;
    DebateService debate;
    NotificationService notifications;

    @Parameter
    TestDatabase.Kind database;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        db = TestDatabase.of(database);
        clock = new MovableClock(NOW);
        stores = db.stores(clock);
        MotionStores motionStores = new MotionStores(stores, new JpaBylawsBook(db.em()), new JpaMotions(db.em()),
                new JpaNominations(db.em()), new JpaCongressVotes(db.em()), new JpaProxies(db.em()),
                new JpaNotifications(db.em()));
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        db.tx(() -> new DemoBylaws(motionStores).seedIfMissing());
        Notifier notifier = new Notifier(stores, motionStores.notifications(), new JpaOutbox(db.em()),
                new JpaMailPreferences(db.em()));
        motions = new DefaultMotionService(motionStores, notifier, new BallotBox(Optional.empty()));
        debate = new DefaultDebateService(motionStores, notifier, new JpaComments(db.em()));
        notifications = new DefaultNotificationService(stores, motionStores.notifications());
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    Actor demo(String handle) {
        return new Actor(db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    /** A motion of the union, submitted by Priya (so open for debate while it waits for seconds). */
    MotionId submitted(String title) {
        MotionView m = call(() -> motions.propose(demo("priya"), new ProposeMotion(MotionKind.GENERAL,
                MotionScope.UNION, "fediverse-moderators", title, "The union asks for it.")));
        MotionId id = MotionId.of(m.id());
        call(() -> motions.submit(demo("priya"), id));
        return id;
    }

    CommentView say(String who, MotionId motion, String text) {
        return call(() -> debate.comment(demo(who), motion, new WriteComment(UUID.randomUUID().toString(), text,
                null, null)));
    }

    long told(String who, MotionId motion, NotificationKind kind) {
        return call(() -> notifications.notifications(demo(who), 0, 100)).items().stream()
                .filter(n -> motion.toString().equals(n.motionId()) && n.kind() == kind).count();
    }

    @Test
    void aReplyQuotesItsCommentAndTellsItsAuthorAndFollowersHearOncePerCommentNeverOfTheirOwn() {
        MotionId id = submitted("Publish a moderation handbook");
        CommentView first = say("jonas", id, "We should write it together.\nOne chapter per topic.");
        CommentView reply = call(() -> debate.comment(demo("mateo"), id, new WriteComment(
                UUID.randomUUID().toString(), "Agreed, and translate it.", first.id(), "One chapter per topic.")));
        call(() -> debate.follow(demo("yuki"), id, true));
        say("jonas", id, "I can start the first chapter.");

        DebateView thread = call(() -> debate.debate(demo("yuki"), id));
        assertEquals(3, thread.count());
        assertEquals(2, thread.comments().size());
        assertEquals(Optional.of("We should write it together.\nOne chapter per topic."),
                thread.comments().get(0).text());
        CommentView shown = thread.comments().get(0).replies().get(0);
        assertEquals(reply.id(), shown.id());
        assertEquals(Optional.of("One chapter per topic."), shown.quote());
        assertFalse(shown.author().isBlank());
        assertTrue(thread.following());

        assertEquals(1, told("jonas", id, NotificationKind.COMMENT_REPLY));
        assertEquals(0, told("jonas", id, NotificationKind.COMMENT_POSTED));
        assertEquals(3, told("priya", id, NotificationKind.COMMENT_POSTED), "the proposer follows their motion");
        assertEquals(1, told("yuki", id, NotificationKind.COMMENT_POSTED), "only comments after following");
        assertEquals(0, told("mateo", id, NotificationKind.COMMENT_POSTED) + told("mateo", id,
                NotificationKind.COMMENT_REPLY));
    }

    @Test
    void aProposerWhoUnfollowsHearsNothingAndAReplyToARepliesStaysOneLevelDeep() {
        MotionId id = submitted("Meet monthly online");
        assertFalse(call(() -> debate.follow(demo("priya"), id, false)));
        CommentView first = say("jonas", id, "Which day?");
        CommentView answer = call(() -> debate.comment(demo("mateo"), id, new WriteComment(null, "Mondays.",
                first.id(), null)));
        call(() -> debate.comment(demo("jonas"), id, new WriteComment(null, "Fine by me.", answer.id(), null)));
        DebateView thread = call(() -> debate.debate(demo("priya"), id));
        assertFalse(thread.following());
        assertEquals(1, thread.comments().size());
        assertEquals(2, thread.comments().get(0).replies().size());
        assertEquals(0, told("priya", id, NotificationKind.COMMENT_POSTED));
        assertEquals(1, told("mateo", id, NotificationKind.COMMENT_REPLY), "the reply to a reply tells its author");
    }

    @Test
    void theSameRequestTwiceMakesOneCommentAndTellsOnce() {
        MotionId id = submitted("Rotate the chairs");
        WriteComment twice = new WriteComment(UUID.randomUUID().toString(), "Every six months.", null, null);
        CommentView a = call(() -> debate.comment(demo("jonas"), id, twice));
        CommentView b = call(() -> debate.comment(demo("jonas"), id, twice));
        assertEquals(a.id(), b.id());
        assertEquals(1, call(() -> debate.debate(demo("jonas"), id)).count());
        assertEquals(1, told("priya", id, NotificationKind.COMMENT_POSTED));
        assertThrows(RuleViolation.class, () -> call(() -> debate.comment(demo("jonas"), id,
                new WriteComment(twice.id(), "Something else.", null, null))));
        assertThrows(RuleViolation.class, () -> call(() -> debate.comment(demo("mateo"), id, twice)));
        assertEquals(1, call(() -> debate.debate(demo("jonas"), id)).count());
    }

    @Test
    void hostileInputIsRefusedOrKeptAsTextNeverAsMarkup() {
        MotionId id = submitted("Adopt a logo");
        assertThrows(InvalidInput.class, () -> say("jonas", id, "x".repeat(5001)));
        assertThrows(InvalidInput.class, () -> say("jonas", id, ""));
        assertThrows(InvalidInput.class, () -> say("jonas", id, " \n\t "));
        assertThrows(InvalidInput.class, () -> say("jonas", id, null));
        assertThrows(InvalidInput.class, () -> say("jonas", id, "bell\u0007"));
        assertThrows(InvalidInput.class, () -> call(() -> debate.comment(demo("jonas"), id,
                new WriteComment("not-a-uuid", "Hello", null, null))));
        assertEquals(5000, say("jonas", id, "y".repeat(5000)).text().orElseThrow().length());
        String markup = "<script>alert(1)</script> <b>bold</b> &amp;";
        CommentView shown = say("jonas", id, markup);
        assertEquals(Optional.of(markup), shown.text());
        assertThrows(InvalidInput.class, () -> call(() -> debate.comment(demo("mateo"), id,
                new WriteComment(null, "No.", shown.id(), "words that are not there"))));
        assertThrows(InvalidInput.class, () -> call(() -> debate.comment(demo("mateo"), id,
                new WriteComment(null, "No.", null, "a quote without a comment answered"))));
        assertEquals(2, call(() -> debate.debate(demo("jonas"), id)).count());
    }

    @Test
    void onlyThoseWhoMaySeeTheMotionReadOrWriteItsDebateAndDraftsAreNotDebated() {
        MotionId id = submitted("Open a help desk");
        say("jonas", id, "Yes please.");
        assertThrows(AccessDenied.class, () -> call(() -> debate.debate(demo("lena"), id)));
        assertThrows(AccessDenied.class, () -> say("lena", id, "From outside."));
        assertThrows(AccessDenied.class, () -> call(() -> debate.follow(demo("lena"), id, true)));
        assertEquals(1, call(() -> debate.debate(demo("jonas"), id)).count());
        MotionView draft = call(() -> motions.propose(demo("priya"), new ProposeMotion(MotionKind.GENERAL,
                MotionScope.UNION, "fediverse-moderators", "Not yet", "Draft.")));
        assertThrows(RuleViolation.class, () -> say("priya", MotionId.of(draft.id()), "Note to self"));
    }

    @Test
    void theAuthorEditsForFifteenMinutesAndTheEditIsMarked() {
        MotionId id = submitted("Hire a lawyer");
        CommentView c = say("jonas", id, "We need one by June.");
        CommentId cid = CommentId.of(c.id());
        assertTrue(c.editable());
        assertThrows(AccessDenied.class, () -> call(() -> debate.edit(demo("mateo"), id, cid, "Mine now.")));
        clock.advance(Duration.ofMinutes(10));
        CommentView edited = call(() -> debate.edit(demo("jonas"), id, cid, "We need one by July."));
        assertEquals(Optional.of("We need one by July."), edited.text());
        assertTrue(edited.edited().isPresent());
        assertThrows(InvalidInput.class, () -> call(() -> debate.edit(demo("jonas"), id, cid, "")));
        clock.advance(Duration.ofMinutes(6));
        assertThrows(RuleViolation.class, () -> call(() -> debate.edit(demo("jonas"), id, cid, "Too late.")));
        CommentView after = call(() -> debate.debate(demo("jonas"), id)).comments().get(0);
        assertEquals(Optional.of("We need one by July."), after.text());
        assertFalse(after.editable());
    }

    @Test
    void aStewardHidesACommentWithAReasonThatStaysVisibleAndIsAudited() {
        MotionId id = submitted("Ban a server");
        CommentView c = say("mateo", id, "Rude words here.");
        CommentId cid = CommentId.of(c.id());
        assertThrows(AccessDenied.class, () -> call(() -> debate.hide(demo("jonas"), id, cid, "No.")),
                "a chapter's steward does not steward a union motion");
        assertThrows(InvalidInput.class, () -> call(() -> debate.hide(demo("amara"), id, cid, " ")));
        CommentView hidden = call(() -> debate.hide(demo("amara"), id, cid, "Personal attack."));
        assertTrue(hidden.hidden());
        CommentView shown = call(() -> debate.debate(demo("priya"), id)).comments().get(0);
        assertTrue(shown.hidden());
        assertEquals(Optional.empty(), shown.text());
        assertEquals(Optional.of("Personal attack."), shown.hiddenReason());
        assertThrows(RuleViolation.class, () -> call(() -> debate.edit(demo("mateo"), id, cid, "Sorry.")));
        assertThrows(RuleViolation.class, () -> call(() -> debate.hide(demo("amara"), id, cid, "Again.")));
        List<AuditEntry> trail = call(() -> stores.audit().ofUnion(
                stores.unions().findBySlug("fediverse-moderators").orElseThrow().id(), 0, 50));
        assertTrue(trail.stream().anyMatch(e -> e.action() == AuditAction.COMMENT_HIDDEN
                && e.reason().equals("Personal attack.") && e.actor().equals(Optional.of(demo("amara").memberId()))));
    }

    @Test
    void aMembersExportHoldsTheirCommentsAndErasureKeepsTheThreadReadableUnderAPseudonym() {
        MotionId id = submitted("Share moderation tools");
        CommentView mine = say("chloe", id, "Our blocklist could help other servers.");
        call(() -> debate.follow(demo("chloe"), id, true));
        PrivacyService privacy = new DefaultPrivacyService(stores, new JpaPersonalData(db.em()),
                new Argon2PasswordHasher(), new InMemorySignInThrottle());
        Actor chloe = demo("chloe");
        MyDataView data = call(() -> privacy.myData(chloe));
        assertEquals(List.of("Our blocklist could help other servers."),
                data.comments().stream().map(c -> c.text()).toList());
        assertTrue(MyDataExport.json(data, clock.instant()).toString().contains("Our blocklist could help"));
        String pseudonym = call(() -> privacy.erase(chloe, DemoData.PASSWORD));
        CommentView after = call(() -> debate.debate(demo("priya"), id)).comments().get(0);
        assertEquals(mine.id(), after.id());
        assertEquals(pseudonym, after.author());
        assertEquals(Optional.of("Our blocklist could help other servers."), after.text());
        say("jonas", id, "Yes, let us share it.");
        assertEquals(2, told("priya", id, NotificationKind.COMMENT_POSTED), "one for each comment");
    }

    @Test
    void searchFindsMotionsAmendmentsAndCommentsByEveryWordCaseInsensitivelyOnlyWhereTheCallerMaySee() {
        MotionId id = submitted("Translate the Zebracorn handbook");
        call(() -> motions.propose(demo("priya"), new ProposeMotion(MotionKind.GENERAL, MotionScope.UNION,
                "fediverse-moderators", "A zebracorn draft", "Not submitted.")));
        say("jonas", id, "The ZEBRACORN chapter on appeals needs translators.");
        CommentView hidden = say("mateo", id, "zebracorn spam appeals");
        call(() -> debate.hide(demo("amara"), id, CommentId.of(hidden.id()), "Spam."));
        SearchService search = new DefaultSearchService(new MotionStores(stores, new JpaBylawsBook(db.em()),
                new JpaMotions(db.em()), new JpaNominations(db.em()), new JpaCongressVotes(db.em()),
                new JpaProxies(db.em()), new JpaNotifications(db.em())), null, new JpaComments(db.em()));

        List<SearchHit> hits = call(() -> search.search(demo("yuki"), "zebraCORN"));
        assertEquals(2, hits.size(), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.what() == SearchHit.What.MOTION && h.motionId().equals(id.toString())));
        assertTrue(hits.stream().anyMatch(h -> h.what() == SearchHit.What.COMMENT && h.excerpt().startsWith("The ZEBRACORN")));
        List<SearchHit> both = call(() -> search.search(demo("yuki"), "zebracorn appeals"));
        assertEquals(List.of(SearchHit.What.COMMENT), both.stream().map(SearchHit::what).toList(),
                "every word, and never a hidden comment");
        assertEquals(List.of(), call(() -> search.search(demo("lena"), "zebracorn")), "another union's member");
        assertEquals(List.of(), call(() -> search.search(demo("yuki"), "50%_!")), "wildcards are plain characters");
        assertThrows(InvalidInput.class, () -> call(() -> search.search(demo("yuki"), "  ")));
        assertThrows(InvalidInput.class, () -> call(() -> search.search(demo("yuki"), "x".repeat(201))));
    }

    @Test
    void aClosedMotionKeepsItsDebateReadableButTakesNoNewComment() {
        MotionId id = submitted("Change the name");
        CommentView c = say("jonas", id, "I like the old one.");
        call(() -> motions.withdraw(demo("priya"), id));
        assertThrows(RuleViolation.class, () -> say("mateo", id, "Too late?"));
        assertThrows(RuleViolation.class, () -> call(() -> debate.comment(demo("mateo"), id,
                new WriteComment(null, "Reply", c.id(), null))));
        assertThrows(RuleViolation.class, () -> call(() -> debate.edit(demo("jonas"), id, CommentId.of(c.id()),
                "Edited")));
        DebateView thread = call(() -> debate.debate(demo("mateo"), id));
        assertFalse(thread.open());
        assertEquals(Optional.of("I like the old one."), thread.comments().get(0).text());
    }
}
