package org.unionhall.domain.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.BylawsTerms;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Tally;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

class MotionTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    final FederationId federation = FederationId.generate();
    final UnionId union = UnionId.generate();
    final Bylaws bylaws = Bylaws.foundingOfUnion(federation, union, BylawsTerms.founding(), NOW);
    final MemberId proposer = MemberId.generate();
    final MemberId ana = MemberId.generate();
    final MemberId ben = MemberId.generate();
    final MemberId steward = MemberId.generate();

    Motion draft() {
        return Motion.draft(MotionKind.BUDGET, MotionScope.UNION, federation, Optional.of(union), Optional.empty(),
                "A moderation fund", "The union sets aside 500 euros a month for paid moderation.", proposer, true, NOW);
    }

    Motion seconded() {
        Motion m = draft();
        m.submit(proposer, bylaws, NOW);
        m.second(ana, true, NOW.plusSeconds(1));
        m.second(ben, true, NOW.plusSeconds(2));
        return m;
    }

    @Test
    void aMotionGoesFromDraftToCarriedRecordingItsBylawsVersionAndEveryStep() {
        Motion m = draft();
        assertEquals(MotionStatus.DRAFT, m.status());
        m.submit(proposer, bylaws, NOW);
        assertEquals(MotionStatus.SUBMITTED, m.status());
        assertEquals(Optional.of(1), m.bylawsNumber());
        assertEquals(Optional.of(DecisionBody.CONGRESS), m.decidedBy());
        assertEquals(2, m.secondsNeeded());
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(14))), m.secondsDue());
        m.second(ana, true, NOW.plusSeconds(1));
        assertEquals(MotionStatus.SUBMITTED, m.status());
        m.second(ben, true, NOW.plusSeconds(2));
        assertEquals(MotionStatus.SECONDED, m.status());
        m.openForAmendments(steward, NOW.plusSeconds(3));
        m.schedule(steward, List.of(), NOW.plusSeconds(10), NOW.plusSeconds(1000), NOW.plusSeconds(4));
        m.openVoting(Optional.empty(), NOW.plusSeconds(10));
        m.decide(bylaws.terms().decide(MotionKind.BUDGET, DecisionBody.CONGRESS, new Tally(60, 20, 0, 100)),
                NOW.plusSeconds(1000));
        assertEquals(MotionStatus.CARRIED, m.status());
        assertEquals(Optional.of(new Tally(60, 20, 0, 100)), m.result());
        List<String> steps = m.history().stream().map(MotionEvent::what).toList();
        assertTrue(steps.get(0).startsWith("Drafted"));
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("Submitted under bylaws version 1")));
        assertTrue(steps.stream().anyMatch(s -> s.equals("Seconded (2 of 2)")));
        assertTrue(steps.get(steps.size() - 1).startsWith("Carried."));
        assertEquals(Optional.of(ana), m.history().stream().filter(e -> e.what().equals("Seconded (1 of 2)"))
                .findFirst().orElseThrow().actor());
    }

    @Test
    void secondingOnesOwnMotionTwiceLateOrAsANonMemberIsRefused() {
        Motion m = draft();
        assertThrows(RuleViolation.class, () -> m.second(ana, true, NOW));
        m.submit(proposer, bylaws, NOW);
        RuleViolation own = assertThrows(RuleViolation.class, () -> m.second(proposer, true, NOW));
        assertEquals("You cannot second your own motion; another member must.", own.getMessage());
        assertThrows(RuleViolation.class, () -> m.second(ana, false, NOW));
        m.second(ana, true, NOW);
        assertThrows(RuleViolation.class, () -> m.second(ana, true, NOW));
        RuleViolation late = assertThrows(RuleViolation.class, () -> m.second(ben, true, NOW.plus(Duration.ofDays(15))));
        assertTrue(late.getMessage().startsWith("The time to second"));
        assertEquals(1, m.seconds().size());
        assertFalse(m.lapseIfUnseconded(NOW.plus(Duration.ofDays(13))));
        assertTrue(m.lapseIfUnseconded(NOW.plus(Duration.ofDays(15))));
        assertEquals(MotionStatus.LAPSED, m.status());
    }

    @Test
    void onlyTheProposerSubmitsAndWithdrawsAndOnlyBeforeTheVote() {
        Motion m = draft();
        assertThrows(AccessDenied.class, () -> m.submit(ana, bylaws, NOW));
        Motion s = seconded();
        assertThrows(AccessDenied.class, () -> s.withdraw(ana, NOW));
        s.schedule(steward, List.of(), NOW.plusSeconds(10), NOW.plusSeconds(100), NOW);
        s.openVoting(Optional.empty(), NOW.plusSeconds(10));
        assertThrows(RuleViolation.class, () -> s.withdraw(proposer, NOW.plusSeconds(11)));
        Motion w = seconded();
        w.withdraw(proposer, NOW.plusSeconds(5));
        assertEquals(MotionStatus.WITHDRAWN, w.status());
        assertThrows(RuleViolation.class, () -> w.openForAmendments(steward, NOW));
    }

    @Test
    void amendmentsAndAmendmentsToAmendmentsAreDecidedBeforeTheMainMotion() {
        Motion main = seconded();
        assertThrows(RuleViolation.class, () -> main.amend(ana, true, "Earlier", "Text", NOW));
        main.openForAmendments(steward, NOW);
        Motion amendment = main.amend(ana, true, "Name a figure", "The union asks for 5% of donations.", NOW);
        assertEquals(MotionKind.AMENDMENT, amendment.kind());
        assertEquals(Optional.of(main.id()), amendment.parentId());
        assertEquals(MotionStatus.DRAFT, amendment.status());
        amendment.submit(ana, bylaws, NOW);
        amendment.second(ben, true, NOW);
        amendment.second(proposer, true, NOW);
        amendment.openForAmendments(steward, NOW);
        Motion subAmendment = amendment.amend(ben, true, "Higher figure", "The union asks for 8% of donations.", NOW);
        assertEquals(Optional.of(amendment.id()), subAmendment.parentId());

        RuleViolation undecided = assertThrows(RuleViolation.class,
                () -> main.schedule(steward, List.of(amendment), NOW, NOW.plusSeconds(100), NOW));
        assertTrue(undecided.getMessage().contains("Name a figure"));

        amendment.schedule(steward, List.of(), NOW, NOW.plusSeconds(100), NOW);
        amendment.openVoting(Optional.empty(), NOW);
        amendment.decide(bylaws.terms().decide(MotionKind.AMENDMENT, DecisionBody.CONGRESS, new Tally(70, 30, 0, 100)),
                NOW.plusSeconds(100));
        main.applyAmendment(amendment, NOW.plusSeconds(100));
        assertEquals("The union asks for 5% of donations.", main.text());
        main.schedule(steward, List.of(amendment), NOW.plusSeconds(200), NOW.plusSeconds(300), NOW.plusSeconds(101));
        assertEquals(MotionStatus.SCHEDULED, main.status());
    }

    @Test
    void amendingAClosedMotionIsRefused() {
        Motion m = seconded();
        m.withdraw(proposer, NOW);
        RuleViolation closed = assertThrows(RuleViolation.class, () -> m.amend(ana, true, "Late", "Text", NOW));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void aMotionNeedsATitleATextAndAMemberAsProposer() {
        assertThrows(InvalidInput.class, () -> Motion.draft(MotionKind.GENERAL, MotionScope.UNION, federation,
                Optional.of(union), Optional.empty(), " ", "Text", proposer, true, NOW));
        assertThrows(InvalidInput.class, () -> Motion.draft(MotionKind.GENERAL, MotionScope.UNION, federation,
                Optional.of(union), Optional.empty(), "Title", "", proposer, true, NOW));
        assertThrows(RuleViolation.class, () -> Motion.draft(MotionKind.GENERAL, MotionScope.UNION, federation,
                Optional.of(union), Optional.empty(), "Title", "Text", proposer, false, NOW));
        assertThrows(RuleViolation.class, () -> Motion.draft(MotionKind.AMENDMENT, MotionScope.UNION, federation,
                Optional.of(union), Optional.empty(), "Title", "Text", proposer, true, NOW));
    }

    @Test
    void aVoteMustCloseAfterItOpens() {
        Motion m = seconded();
        assertThrows(InvalidInput.class, () -> m.schedule(steward, List.of(), NOW.plusSeconds(10), NOW.plusSeconds(10), NOW));
        assertEquals(MotionStatus.SECONDED, m.status());
    }

    @Test
    void withoutSecondsNeededASubmittedMotionIsSecondedAtOnce() {
        Bylaws none = Bylaws.foundingOfUnion(federation, union, new BylawsTerms(25, 50, 0, 14, 7, 3, 2,
                BylawsTerms.founding().rules()), NOW);
        Motion m = draft();
        m.submit(proposer, none, NOW);
        assertEquals(MotionStatus.SECONDED, m.status());
    }

    @Test
    void nominationsAreAnsweredByTheNomineeAndCloseWhenTheElectionIsScheduled() {
        Motion election = Motion.draftElection(MotionScope.UNION, federation, Optional.of(union), Optional.empty(),
                "Treasurer", "Elect the union's treasurer.", ElectionMethod.ONE_OF_N, 1, proposer, true, NOW);
        assertThrows(InvalidInput.class, () -> Motion.draftElection(MotionScope.UNION, federation, Optional.of(union),
                Optional.empty(), "Board", "", ElectionMethod.APPROVAL, 3, proposer, true, NOW));
        Nomination n = Nomination.nominate(election, ana, true, ben, true, List.of(), NOW);
        assertThrows(RuleViolation.class, () -> Nomination.nominate(election, ana, true, proposer, true, List.of(n), NOW));
        assertThrows(RuleViolation.class, () -> Nomination.nominate(election, ben, false, proposer, true, List.of(n), NOW));
        assertThrows(AccessDenied.class, () -> n.accept(ben, "I accept for Ana", election, NOW));
        n.accept(ana, "I kept the books of my server for five years.", election, NOW);
        assertEquals(NominationStatus.ACCEPTED, n.status());
        assertThrows(RuleViolation.class, () -> n.decline(ana, election, NOW));
        election.submit(proposer, bylaws, NOW);
        election.second(ana, true, NOW);
        election.second(ben, true, NOW);
        election.schedule(steward, List.of(), NOW.plusSeconds(5), NOW.plusSeconds(50), NOW);
        assertThrows(RuleViolation.class, () -> Nomination.nominate(election, ben, true, ana, true, List.of(n), NOW));
        Motion general = draft();
        assertThrows(RuleViolation.class, () -> Nomination.nominate(general, ben, true, ana, true, List.of(), NOW));
    }

    Motion secretBallot() {
        return Motion.draft(MotionKind.GENERAL, MotionScope.UNION, federation, Optional.of(union), Optional.empty(),
                "Ask for a moderation budget", "The union asks every server it works with for a moderation budget.",
                proposer, true, NOW);
    }

    @Test
    void aMotionWhoseSecretBallotWasCancelledFailsWithTheReasonWhileScheduledOrVotingOnly() {
        Motion m = secretBallot();
        assertThrows(RuleViolation.class, () -> m.ballotCancelled(BallotCancellation.NO_VOTING_KEY, NOW), "draft");
        m.submit(proposer, bylaws, NOW);
        RuleViolation submitted = assertThrows(RuleViolation.class,
                () -> m.ballotCancelled(BallotCancellation.NO_VOTING_KEY, NOW));
        assertEquals("This motion is submitted; only a scheduled motion or one in its vote ends when its secret "
                + "ballot is cancelled.", submitted.getMessage());
        m.second(ana, true, NOW);
        m.second(ben, true, NOW);
        assertThrows(RuleViolation.class, () -> m.ballotCancelled(BallotCancellation.NO_VOTING_KEY, NOW), "seconded");
        m.schedule(steward, List.of(), NOW.plusSeconds(60), NOW.plusSeconds(600), NOW);
        RuleViolation noBallot = assertThrows(RuleViolation.class,
                () -> m.ballotCancelled(BallotCancellation.NO_VOTING_KEY, NOW));
        assertEquals("This motion is not decided by a secret ballot of its own, so no cancelled ballot can end it.",
                noBallot.getMessage());
        m.attachElection("0f6b3c2e-4c1d-4a57-9d1e-2f8a6a9b7c10", NOW);
        int steps = m.history().size();

        m.ballotCancelled(BallotCancellation.NO_VOTING_KEY, NOW.plusSeconds(61));
        assertEquals(MotionStatus.FAILED, m.status());
        assertEquals(Optional.of("The secret ballot was cancelled: no member registered a voting key before voting "
                + "opened."), m.decisionNote());
        assertEquals(Optional.empty(), m.result(), "nothing was counted");
        MotionEvent last = m.history().get(m.history().size() - 1);
        assertEquals(steps + 1, m.history().size());
        assertEquals("Failed. The secret ballot was cancelled: no member registered a voting key before voting opened.",
                last.what());
        assertEquals(Optional.empty(), last.actor(), "ended by rule, not by a person");
        assertEquals(NOW.plusSeconds(61), last.occurredAt());

        RuleViolation again = assertThrows(RuleViolation.class,
                () -> m.ballotCancelled(BallotCancellation.NO_BALLOT_CAST, NOW.plusSeconds(62)));
        assertEquals("This motion has already ended (failed); a cancelled ballot changes nothing.", again.getMessage());
        assertEquals(steps + 1, m.history().size(), "a refused end leaves the history as it was");
        assertEquals(Optional.of(BallotCancellation.NO_VOTING_KEY.reason()), m.decisionNote());
    }

    @Test
    void aMotionInItsSecretVoteEndsWhenItsBallotIsCancelledButACongressVoteDoesNot() {
        Motion m = secretBallot();
        m.submit(proposer, bylaws, NOW);
        m.second(ana, true, NOW);
        m.second(ben, true, NOW);
        m.schedule(steward, List.of(), NOW, NOW.plusSeconds(600), NOW);
        m.attachElection("0f6b3c2e-4c1d-4a57-9d1e-2f8a6a9b7c10", NOW);
        m.openVoting(Optional.empty(), NOW);
        m.ballotCancelled(BallotCancellation.NO_BALLOT_CAST, NOW.plusSeconds(600));
        assertEquals(MotionStatus.FAILED, m.status());
        assertTrue(m.history().get(m.history().size() - 1).what().startsWith("Failed. The secret ballot was cancelled: "
                + "voting closed without a single ballot cast"));
        assertThrows(RuleViolation.class, () -> m.openVoting(Optional.empty(), NOW.plusSeconds(601)));

        Motion congress = seconded();
        congress.schedule(steward, List.of(), NOW, NOW.plusSeconds(600), NOW);
        congress.openVoting(Optional.empty(), NOW);
        assertThrows(RuleViolation.class, () -> congress.ballotCancelled(BallotCancellation.NO_BALLOT_CAST, NOW));
        assertEquals(MotionStatus.VOTING, congress.status());
    }

    @Test
    void anOfficerElectionWhoseBallotWasCancelledElectsNobody() {
        Motion election = Motion.draftElection(MotionScope.UNION, federation, Optional.of(union), Optional.empty(),
                "Treasurer", "Elect the union's treasurer.", ElectionMethod.ONE_OF_N, 1, proposer, true, NOW);
        election.submit(proposer, bylaws, NOW);
        election.second(ana, true, NOW);
        election.second(ben, true, NOW);
        election.schedule(steward, List.of(), NOW.plusSeconds(5), NOW.plusSeconds(50), NOW);
        election.attachElection("0f6b3c2e-4c1d-4a57-9d1e-2f8a6a9b7c10", NOW);
        election.ballotCancelled(BallotCancellation.TOO_FEW_TRUSTEES, NOW.plusSeconds(2));
        assertEquals(MotionStatus.FAILED, election.status());
        assertEquals(Optional.of("Nobody elected. The secret ballot was cancelled: a complaint in the key ceremony "
                + "excluded a trustee, and too few trustees remained to decrypt the result."), election.decisionNote());
    }
}
