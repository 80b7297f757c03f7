package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.motion.CallElection;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.notification.NotificationView;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.motion.ElectionMethod;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.Moments;
import org.unionhall.testsupport.TestDatabase;

/**
 * Issue 4's notifications for secret member ballots and congress votes, in the application and
 * through the operator's mail hook: quorum at risk 24 hours before a secret ballot closes (told
 * once, only to members who can still vote), and a published result reaching every member of
 * the scope, whichever way the motion was decided. Subclasses pick H2 or PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class BallotNotificationsContract {
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    static final Duration VOTING = Duration.ofDays(3);

    UnionWorld w;

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase.Kind kind() {
        return database;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void found() {
        w = new UnionWorld(kind(), START);
    }

    @BeforeEach
    void rewind() {
        w.clock.set(START);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        w.close();
    }

    List<NotificationView> told(String handle, NotificationKind kind, MotionId motion) {
        return w.call(() -> w.notifications.notifications(w.a(handle), 0, 100)).items().stream()
                .filter(n -> n.kind() == kind && n.motionId().equals(motion.toString())).toList();
    }

    List<UnionWorld.Mail> mailed(String handle, NotificationView n) {
        String subject = "Unionhall: " + switch (n.kind()) {
            case SECONDS_NEEDED -> "a motion needs seconds";
            case VOTE_OPENED -> "a vote opened";
            case QUORUM_AT_RISK -> "quorum at risk";
            case RESULT_PUBLISHED -> "a result was published";
            case NOMINATED -> "you were nominated";
            case TRUSTEE_NEEDED -> "a key ceremony needs you as trustee";
            default -> throw new AssertionError("No ballot sends " + n.kind());
        };
        return w.mails().stream().filter(m -> m.to().equals(handle + "@abuse.example") && m.subject().equals(subject)
                && m.text().startsWith(n.message())).toList();
    }

    @Test
    void quorumAtRiskWarnsOnceTheRegisteredMembersWhoHaveNotVotedAndNobodyElse() {
        UnionWorld.Ballot b = w.secretVoting("Warn before the close", START.plus(VOTING),
                List.of("n6", "n7", "n8", "n9", "s2", "s3"));
        ElectionDriver d = b.driver();
        d.cast(w.a("n6"), d.ballot(b.context(), b.keys().get("n6"), 0));
        d.cast(w.a("n7"), d.ballot(b.context(), b.keys().get("n7"), 1));
        d.cast(w.a("n7"), d.ballot(b.context(), b.keys().get("n7"), 2));

        w.clock.set(START.plus(VOTING).minus(Duration.ofHours(25)));
        w.call(w.quorumWarnings::warnDue);
        for (String h : w.everyone()) {
            assertTrue(told(h, NotificationKind.QUORUM_AT_RISK, b.motion()).isEmpty(), "too early to warn " + h);
        }

        w.clock.set(START.plus(VOTING).minus(Duration.ofHours(23)));
        assertTrue(w.call(w.quorumWarnings::warnDue) >= 1);
        Set<String> waiting = Set.of("n8", "n9", "s2", "s3");
        for (String h : w.everyone()) {
            List<NotificationView> warnings = told(h, NotificationKind.QUORUM_AT_RISK, b.motion());
            assertEquals(waiting.contains(h) ? 1 : 0, warnings.size(), h + " (voted, unregistered or waiting)");
            for (NotificationView n : warnings) {
                assertEquals("Quorum at risk: the secret ballot on \"Warn before the close\" closes at "
                        + Moments.inWords(START.plus(VOTING)) + " and 2 of 14 eligible members have voted (50% needed). You have not "
                        + "voted yet.", n.message());
                assertEquals(1, mailed(h, n).size(), "the mail hook carried the warning to " + h);
            }
        }

        int mails = w.mails().size();
        w.clock.set(START.plus(VOTING).minus(Duration.ofHours(2)));
        w.call(w.quorumWarnings::warnDue);
        for (String h : waiting) {
            assertEquals(1, told(h, NotificationKind.QUORUM_AT_RISK, b.motion()).size(), "warned once: " + h);
        }
        assertEquals(mails, w.mails().size());
    }

    @Test
    void aSecretBallotThatReachedItsQuorumWarnsNobody() {
        List<String> voters = List.of("n6", "n7", "n8", "n9", "s2", "s3", "s4");
        UnionWorld.Ballot b = w.secretVoting("Enough members voted", START.plus(VOTING),
                List.of("n6", "n7", "n8", "n9", "s2", "s3", "s4", "t1"));
        for (String h : voters) {
            b.driver().cast(w.a(h), b.driver().ballot(b.context(), b.keys().get(h), 0));
        }
        w.clock.set(START.plus(VOTING).minus(Duration.ofHours(1)));
        w.call(w.quorumWarnings::warnDue);
        for (String h : w.everyone()) {
            assertTrue(told(h, NotificationKind.QUORUM_AT_RISK, b.motion()).isEmpty(), "7 of 14 is 50%: " + h);
        }
    }

    @Test
    void aSecretBallotNotifiesAtEveryStepInTheApplicationAndThroughTheMailHook() {
        UnionWorld.Ballot b = w.secretVoting("Every step is told", START.plus(VOTING), List.of("n6", "n7", "s2"));
        ElectionDriver d = b.driver();
        d.cast(w.a("n6"), d.ballot(b.context(), b.keys().get("n6"), 0));
        d.cast(w.a("s2"), d.ballot(b.context(), b.keys().get("s2"), 0));
        w.clock.set(START.plus(VOTING).minus(Duration.ofHours(12)));
        w.call(w.quorumWarnings::warnDue);
        w.call(() -> w.elections.close(w.a("stella"), d.id));
        d.decrypt(2, 3);
        ElectionPublished published = w.published.stream().filter(p -> p.electionId().equals(d.id)).findFirst()
                .orElseThrow();
        w.call(() -> {
            w.motions.decideByBallot(published);
            return null;
        });
        MotionView decided = w.call(() -> w.motions.motion(w.a("n6"), b.motion()));
        assertEquals(MotionStatus.FAILED, decided.status(), "2 of 14 voted: quorum not met");

        MotionView call = w.call(() -> w.motions.callElection(w.a("n6"), new CallElection(MotionScope.UNION,
                UnionWorld.UNION, "Secretary", "Keeps the minutes.", ElectionMethod.ONE_OF_N, 1)));
        MotionId office = MotionId.of(call.id());
        w.call(() -> w.motions.nominate(w.a("n6"), office, w.people.get("s3")));

        Set<NotificationKind> seen = EnumSet.noneOf(NotificationKind.class);
        for (String h : w.everyone()) {
            List<NotificationView> mine = w.call(() -> w.notifications.notifications(w.a(h), 0, 100)).items()
                    .stream().filter(n -> n.motionId().equals(b.motion().toString())
                            || n.motionId().equals(office.toString())).toList();
            for (NotificationView n : mine) {
                seen.add(n.kind());
                assertEquals(1, mailed(h, n).size(), "the mail hook carried " + n.kind() + " to " + h);
            }
            List<NotificationView> result = told(h, NotificationKind.RESULT_PUBLISHED, b.motion());
            assertEquals(1, result.size(), "every member of the union hears the result: " + h);
            assertTrue(result.get(0).message().startsWith("\"Every step is told\" failed."),
                    result.get(0).message());
            assertEquals(h.equals("n6") ? 0 : 1, told(h, NotificationKind.SECONDS_NEEDED, b.motion()).size(), h);
            assertEquals(1, told(h, NotificationKind.VOTE_OPENED, b.motion()).size(), h);
            assertEquals(h.equals("n7") ? 1 : 0, told(h, NotificationKind.QUORUM_AT_RISK, b.motion()).size(), h);
            List<NotificationView> ceremony = told(h, NotificationKind.TRUSTEE_NEEDED, b.motion());
            assertEquals(h.matches("t[123]") ? 1 : 0, ceremony.size(), "only the ballot's trustees are called: " + h);
            ceremony.forEach(n -> assertTrue(n.message().startsWith("You are one of 3 trustees of the secret ballot "
                    + "on \"Every step is told\": before the vote opens at "), n.message()));
        }
        assertEquals(EnumSet.range(NotificationKind.SECONDS_NEEDED, NotificationKind.TRUSTEE_NEEDED), seen,
                "every kind of notification a motion and its ballot send went through the hook");
    }

    @Test
    void aDueSecretBallotMotionOpensWithItsElectionAndNotBefore() {
        MotionId id = w.seconded(org.unionhall.domain.bylaws.MotionKind.GENERAL, "Wait for the ceremony");
        Instant opens = START.plus(Duration.ofHours(1));
        w.call(() -> w.motions.schedule(w.a("stella"), id, java.util.Optional.of(opens),
                java.util.Optional.of(START.plus(VOTING))));
        w.clock.set(opens.plus(Duration.ofMinutes(5)));
        w.call(w.motions::advanceDue);
        assertEquals(MotionStatus.SCHEDULED, w.call(() -> w.motions.motion(w.a("n6"), id)).status(),
                "the trustees have not held the key ceremony, so no vote can open");
        for (String h : w.everyone()) {
            assertTrue(told(h, NotificationKind.VOTE_OPENED, id).isEmpty(), "nobody is told of a vote not open: " + h);
        }
    }

    @Test
    void aCongressResultReachesEveryMemberInTheApplicationAndThroughTheMailHook() {
        MotionId id = w.congressVoting("Fund the legal aid pool");
        w.call(() -> w.congress.vote(w.a("n4"), id, Choice.FOR));
        w.call(() -> w.congress.vote(w.a("s1"), id, Choice.FOR));
        w.call(() -> w.congress.vote(w.a("n5"), id, Choice.AGAINST));
        w.call(() -> w.congress.close(w.a("stella"), id));
        for (String h : w.everyone()) {
            List<NotificationView> result = told(h, NotificationKind.RESULT_PUBLISHED, id);
            assertEquals(1, result.size(), "every member of the union hears the result: " + h);
            assertTrue(result.get(0).message().startsWith("\"Fund the legal aid pool\" carried."),
                    result.get(0).message());
            assertEquals(1, mailed(h, result.get(0)).size(), h);
        }
        assertFalse(w.call(() -> w.motions.motion(w.a("n6"), id)).result().isEmpty());
    }
}
