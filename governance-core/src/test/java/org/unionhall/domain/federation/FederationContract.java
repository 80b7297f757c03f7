package org.unionhall.domain.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Stores;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.Union;
import org.unionhall.infrastructure.persistence.JpaFederationRecords;
import org.unionhall.testsupport.TestDatabase;
import org.unionhall.testsupport.TickingClock;

/**
 * The federation's inbox and outbox records on a real database, as a peer relies on them: an
 * activity delivered twice is applied once, a delivery is queued once per inbox, retried on the
 * published back-off for three days and not after a 4xx (but after 408 and 429, honouring
 * Retry-After), claimed by one node only, and hosts are refused as the operator listed them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class FederationContract {
    static final Instant NOW = Instant.parse("2026-12-08T09:30:00Z");

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    Stores stores;
    FederationRecords records;
    Union union;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void open() {
        db = TestDatabase.of(database);
        stores = db.stores(new TickingClock(NOW));
        records = new JpaFederationRecords(db.em());
        db.run(() -> {
            Federation f = new Federation("fed-" + database.name().toLowerCase(), "Federation", NOW);
            stores.federations().add(f);
            union = f.foundUnion("riders-" + database.name().toLowerCase(), "Riders' Union", "Delivery riders", NOW);
            stores.unions().add(union);
        });
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    @Test
    void anActivityDeliveredTwiceIsRecordedOnce() {
        URI id = URI.create("https://mastodon.example/users/ana#follows/" + database);
        assertTrue(db.tx(() -> records.recordReceived(new ReceivedActivity(id, "Follow",
                URI.create("https://mastodon.example/users/ana"), NOW))));
        assertFalse(db.tx(() -> records.recordReceived(new ReceivedActivity(id, "Follow",
                URI.create("https://mastodon.example/users/ana"), NOW.plusSeconds(5)))));
        assertTrue(db.tx(() -> records.received(id)));
    }

    @Test
    void aFollowerIsKeptOnceAndRemovedByUndo() {
        URI actor = URI.create("https://social.example/users/bo-" + database);
        Follower first = new Follower(union.id(), actor, URI.create("https://social.example/users/bo/inbox"),
                Optional.of(URI.create("https://social.example/inbox")), URI.create("https://social.example/f/1"), NOW);
        db.run(() -> records.addFollower(first));
        db.run(() -> records.addFollower(new Follower(union.id(), actor, URI.create("https://social.example/users/bo/inbox"),
                Optional.empty(), URI.create("https://social.example/f/2"), NOW)));
        assertEquals(1, db.tx(() -> records.followerCount(union.id())));
        assertEquals(URI.create("https://social.example/inbox"),
                db.tx(() -> records.follower(union.id(), actor).orElseThrow().deliveryInbox()));
        assertTrue(db.tx(() -> records.removeFollower(union.id(), actor)));
        assertFalse(db.tx(() -> records.removeFollower(union.id(), actor)));
        assertEquals(0, db.tx(() -> records.followerCount(union.id())));
    }

    @Test
    void oneActivityIsQueuedOncePerInbox() {
        URI activity = URI.create("https://unionhall.example/ap/activities/q-" + database);
        URI shared = URI.create("https://social.example/inbox");
        assertTrue(db.tx(() -> records.queue(new Delivery(activity, shared, ActorKeys.INSTANCE, "{}", NOW))));
        assertFalse(db.tx(() -> records.queue(new Delivery(activity, shared, ActorKeys.INSTANCE, "{}", NOW))));
        assertTrue(db.tx(() -> records.queue(new Delivery(activity, URI.create("https://other.example/inbox"),
                ActorKeys.INSTANCE, "{}", NOW))));
        assertEquals(2, db.tx(() -> records.deliveriesOf(activity)).size());
    }

    @Test
    void aDeliveryIsClaimedByOneNodeAndRetriedUntilA2xx() {
        Delivery d = queued("retry");
        Instant t = NOW.plusSeconds(1);
        assertTrue(db.tx(() -> records.due(t, 1000)).stream().anyMatch(x -> x.id().equals(d.id())));
        assertTrue(db.tx(() -> records.claim(d.id(), 0, t.plus(DeliveryRetries.CLAIM))));
        assertFalse(db.tx(() -> records.claim(d.id(), 0, t.plus(DeliveryRetries.CLAIM))), "a second node loses the race");
        assertFalse(db.tx(() -> records.due(t, 1000)).stream().anyMatch(x -> x.id().equals(d.id())),
                "a claimed delivery is held back");

        DeliveryOutcome failed = DeliveryRetries.afterAnswer(503, Optional.empty(), 1, d.createdAt(), t);
        db.run(() -> records.settle(d.id(), failed));
        Delivery waiting = db.tx(() -> records.delivery(d.id()).orElseThrow());
        assertEquals(DeliveryStatus.PENDING, waiting.status());
        assertEquals(t.plus(DeliveryRetries.FIRST_RETRY), waiting.nextAttemptAt());
        assertEquals(Optional.of("answered 503"), waiting.lastFailure());

        Instant later = waiting.nextAttemptAt();
        assertTrue(db.tx(() -> records.claim(d.id(), 1, later.plus(DeliveryRetries.CLAIM))));
        db.run(() -> records.settle(d.id(), DeliveryRetries.afterAnswer(202, Optional.empty(), 2, d.createdAt(), later)));
        Delivery done = db.tx(() -> records.delivery(d.id()).orElseThrow());
        assertEquals(DeliveryStatus.DELIVERED, done.status());
        assertEquals(2, done.attempts());
        assertEquals(Optional.of(later), done.finishedAt());
        assertFalse(db.tx(() -> records.claim(d.id(), 2, later)), "a delivered row is never sent again");
    }

    @Test
    void aDeliveryWhoseSenderDiedMidAttemptComesDueAgainWhenItsClaimRunsOut() {
        Delivery d = queued("crash");
        Instant t = NOW.plusSeconds(2);
        assertTrue(db.tx(() -> records.claim(d.id(), 0, t.plus(DeliveryRetries.CLAIM))));
        assertFalse(db.tx(() -> records.due(t.plus(DeliveryRetries.CLAIM).minusSeconds(1), 1000)).stream()
                .anyMatch(x -> x.id().equals(d.id())));
        Delivery again = db.tx(() -> records.due(t.plus(DeliveryRetries.CLAIM), 1000)).stream()
                .filter(x -> x.id().equals(d.id())).findFirst().orElseThrow();
        assertEquals(DeliveryStatus.PENDING, again.status());
        assertEquals(1, again.attempts(), "the attempt that died is counted");
    }

    @Test
    void a4xxGivesUpAtOnceBut408And429AreRetriedAsTheRecipientAsks() {
        Delivery refused = queued("404");
        db.run(() -> records.claim(refused.id(), 0, NOW.plus(DeliveryRetries.CLAIM)));
        db.run(() -> records.settle(refused.id(), DeliveryRetries.afterAnswer(404, Optional.empty(), 1, NOW, NOW)));
        Delivery gone = db.tx(() -> records.delivery(refused.id()).orElseThrow());
        assertEquals(DeliveryStatus.GIVEN_UP, gone.status());
        assertEquals(Optional.of("Refused for good: answered 404"), gone.lastFailure());
        for (int status : new int[] {400, 401, 403, 410, 413, 422}) {
            assertInstanceOf(DeliveryOutcome.GivenUp.class,
                    DeliveryRetries.afterAnswer(status, Optional.empty(), 1, NOW, NOW), "status " + status);
        }

        Delivery busy = queued("429");
        db.run(() -> records.claim(busy.id(), 0, NOW.plus(DeliveryRetries.CLAIM)));
        db.run(() -> records.settle(busy.id(),
                DeliveryRetries.afterAnswer(429, Optional.of(Duration.ofMinutes(30)), 1, NOW, NOW)));
        Delivery waiting = db.tx(() -> records.delivery(busy.id()).orElseThrow());
        assertEquals(DeliveryStatus.PENDING, waiting.status());
        assertEquals(NOW.plus(Duration.ofMinutes(30)), waiting.nextAttemptAt());
        assertEquals(new DeliveryOutcome.RetryAt(NOW.plus(DeliveryRetries.FIRST_RETRY), "answered 408"),
                DeliveryRetries.afterAnswer(408, Optional.empty(), 1, NOW, NOW));
    }

    @Test
    void aPeerThatStaysDownIsTriedForAtLeast48HoursWithDoublingWaits() {
        Delivery d = queued("down");
        Instant now = d.createdAt();
        List<Duration> waits = new ArrayList<>();
        int attempts = 0;
        while (true) {
            Instant at = now;
            int seen = attempts;
            assertTrue(db.tx(() -> records.claim(d.id(), seen, at.plus(DeliveryRetries.CLAIM))));
            attempts++;
            DeliveryOutcome outcome = DeliveryRetries.afterNoAnswer("connection refused", attempts, d.createdAt(), now);
            db.run(() -> records.settle(d.id(), outcome));
            if (outcome instanceof DeliveryOutcome.RetryAt retry) {
                waits.add(Duration.between(now, retry.next()));
                now = retry.next();
            } else {
                break;
            }
        }
        Delivery gone = db.tx(() -> records.delivery(d.id()).orElseThrow());
        assertEquals(DeliveryStatus.GIVEN_UP, gone.status());
        assertEquals(attempts, gone.attempts());
        assertTrue(Duration.between(d.createdAt(), now).compareTo(Duration.ofHours(48)) >= 0,
                "tried for " + Duration.between(d.createdAt(), now));
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 720L),
                waits.subList(0, 11).stream().map(Duration::toMinutes).toList());
        assertTrue(gone.lastFailure().orElseThrow().startsWith("Not delivered within 3 days, after " + attempts));
    }

    @Test
    void theSignatureStyleAPeerTookIsRemembered() {
        String host = "peer-" + database + ".example";
        assertEquals(Optional.empty(), db.tx(() -> records.signatureStyle(host)));
        db.run(() -> records.rememberSignatureStyle(host, "RFC_9421", NOW));
        db.run(() -> records.rememberSignatureStyle(host, "RFC_9421", NOW.plusSeconds(1)));
        assertEquals(Optional.of("RFC_9421"), db.tx(() -> records.signatureStyle(host)));
    }

    @Test
    void anAnnouncementIsPostedOnce() {
        URI activity = URI.create("https://unionhall.example/ap/activities/a1");
        assertTrue(db.tx(() -> records.recordAnnouncement("m-" + database, "VOTE_OPENED", union.id(), activity, NOW)));
        assertFalse(db.tx(() -> records.recordAnnouncement("m-" + database, "VOTE_OPENED", union.id(), activity, NOW)));
        assertTrue(db.tx(() -> records.recordAnnouncement("m-" + database, "RESULT_PUBLISHED", union.id(), activity, NOW)));
    }

    @Test
    void aUnionMotionInItsVoteIsAnnouncedOnceAndOtherMotionsNever() throws Exception {
        Member proposer = db.tx(() -> {
            Member m = new Member("Proposer " + database, "proposer-" + database.name().toLowerCase() + "@example.org",
                    "en", NOW);
            stores.members().add(m);
            return m;
        });
        String voting = motion(proposer, "UNION", "VOTING", NOW.plusSeconds(86_400));
        motion(proposer, "UNION", "SCHEDULED", null);
        List<FederationRecords.OpenVote> open = db.tx(() -> records.unannouncedVotes(50));
        assertEquals(List.of(new FederationRecords.OpenVote(voting, union.id(), Optional.of(NOW.plusSeconds(86_400)))),
                open.stream().filter(v -> v.union().equals(union.id())).toList());
        assertTrue(db.tx(() -> records.recordAnnouncement(voting, "VOTE_OPENED", union.id(),
                URI.create("https://unionhall.example/ap/activities/v"), NOW)));
        assertTrue(db.tx(() -> records.unannouncedVotes(50)).stream().noneMatch(v -> v.motionId().equals(voting)));
    }

    private String motion(Member proposer, String scope, String status, Instant closes) throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        try (java.sql.Connection c = db.jdbc(); java.sql.PreparedStatement insert = c.prepareStatement(
                "INSERT INTO motion (id, kind, scope, federation_id, union_id, title, body, proposer_id, status, "
                        + "created_at, voting_closes, version) VALUES (?, 'GENERAL', ?, ?, ?, 'A motion', 'Text', ?, ?, ?, ?, 0)")) {
            insert.setString(1, id);
            insert.setString(2, scope);
            insert.setString(3, union.federationId().toString());
            insert.setString(4, union.id().toString());
            insert.setString(5, proposer.id().toString());
            insert.setString(6, status);
            insert.setObject(7, java.time.OffsetDateTime.ofInstant(NOW, java.time.ZoneOffset.UTC));
            insert.setObject(8, closes == null ? null : java.time.OffsetDateTime.ofInstant(closes, java.time.ZoneOffset.UTC),
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            insert.executeUpdate();
        }
        return id;
    }

    @Test
    void blockedHostsAndThoseOffTheAllowListAreRefused() {
        PeerPolicy blocking = PeerPolicy.of("", "spam.example, Bad.Example");
        assertTrue(blocking.permits("mastodon.social"));
        assertFalse(blocking.permits("spam.example"));
        assertFalse(blocking.permits("eu.bad.example"), "a subdomain of a blocked host");
        assertFalse(blocking.permits(""));
        assertEquals("the host spam.example is blocked by this installation's operator", blocking.refusal("spam.example"));
        PeerPolicy allowing = PeerPolicy.of("friends.example", "bad.friends.example");
        assertTrue(allowing.permits("friends.example"));
        assertTrue(allowing.permits("eu.friends.example"));
        assertFalse(allowing.permits("bad.friends.example"));
        assertFalse(allowing.permits(URI.create("https://mastodon.social/users/x")));
        assertTrue(PeerPolicy.open().permits("anything.example"));
    }

    private Delivery queued(String name) {
        Delivery d = new Delivery(URI.create("https://unionhall.example/ap/activities/" + name + "-" + database),
                URI.create("https://social.example/inbox"), ActorKeys.INSTANCE, "{\"type\":\"Create\"}", NOW);
        db.run(() -> records.queue(d));
        return d;
    }
}
