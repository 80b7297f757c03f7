package org.unionhall.domain.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

class CongressVoteTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final LocalDate RECORD = LocalDate.of(2026, 3, 1);
    final UnionId union = UnionId.generate();
    final MotionId motion = MotionId.generate();
    final ChapterId north = ChapterId.generate();
    final ChapterId south = ChapterId.generate();
    final ChapterId east = ChapterId.generate();
    final MemberId a1 = MemberId.generate();
    final MemberId a2 = MemberId.generate();
    final MemberId a3 = MemberId.generate();
    final MemberId b1 = MemberId.generate();
    final MemberId b2 = MemberId.generate();
    final MemberId c1 = MemberId.generate();
    final Proxy.DelegateCheck delegates = new Proxy.DelegateCheck(true, true);

    CongressVote open() {
        return CongressVote.open(motion, java.util.Optional.of(union), RECORD, List.of(
                new ChapterRoll(north, "North", 10, List.of(a1, a2, a3)),
                new ChapterRoll(south, "South", 7, List.of(b1, b2)),
                new ChapterRoll(east, "East", 5, List.of(c1)),
                new ChapterRoll(ChapterId.generate(), "No delegates", 40, List.of())), NOW, NOW.plusSeconds(3600));
    }

    @Test
    void aChaptersWeightIsSharedEquallyWithTheRemainderToTheFirstDelegates() {
        CongressVote vote = open();
        assertEquals(List.of(4L, 3L, 3L, 4L, 3L, 5L), vote.seats().stream().map(Seat::weight).toList());
        assertEquals(22, vote.totalWeight());
        assertEquals(List.of(10L, 7L, 5L, 40L), vote.chapters().stream().map(CertifiedChapter::membersCertified).toList());
    }

    @Test
    void threeChaptersAProxyASplitProxyAndAnInstructionGiveTheExactWeightedResult() {
        CongressVote vote = open();
        vote.instruct(north, Instruction.FOR, MemberId.generate(), NOW);
        Proxy a2toB1 = Proxy.forVote(union, a2, b1, motion, delegates, List.of(), NOW);
        Proxy a3toC1 = Proxy.forSession(union, a3, c1, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(), delegates,
                List.of(a2toB1), NOW);

        vote.castOwn(a1, Choice.FOR, NOW.plusSeconds(1));
        vote.castOwn(b1, Choice.AGAINST, NOW.plusSeconds(2));
        vote.castByProxy(b1, a2toB1, Map.of(Choice.FOR, 2L, Choice.AGAINST, 1L), NOW.plusSeconds(3));
        vote.castByProxy(c1, a3toC1, Map.of(Choice.FOR, 3L), NOW.plusSeconds(4));
        vote.castOwn(c1, Choice.FOR, NOW.plusSeconds(5));
        vote.castOwn(a3, Choice.ABSTAIN, NOW.plusSeconds(6));

        CongressResult result = vote.close(NOW.plusSeconds(10));
        assertEquals(new CongressResult(11, 5, 3, 22), result);
        RollCallEntry overridden = vote.rollCall().stream().filter(e -> e.voter().equals(c1) && e.seatOf().equals(a3))
                .findFirst().orElseThrow();
        assertFalse(overridden.counts());
        assertEquals(7, vote.rollCall().size());
        assertEquals(Instruction.FOR, vote.instructionOf(north).orElseThrow().instruction());
        assertTrue(vote.instructionOf(south).isEmpty());
        assertThrows(RuleViolation.class, () -> vote.castOwn(b2, Choice.FOR, NOW.plusSeconds(11)));
    }

    @Test
    void aProxyVoteMustCastExactlyTheProxysWeight() {
        CongressVote vote = open();
        Proxy proxy = Proxy.forVote(union, a2, b1, motion, delegates, List.of(), NOW);
        RuleViolation more = assertThrows(RuleViolation.class,
                () -> vote.castByProxy(b1, proxy, Map.of(Choice.FOR, 2L, Choice.AGAINST, 2L), NOW));
        assertTrue(more.getMessage().contains("more than the proxy's weight of 3"), more.getMessage());
        assertThrows(RuleViolation.class, () -> vote.castByProxy(b1, proxy, Map.of(Choice.FOR, 2L), NOW));
        assertThrows(InvalidInput.class, () -> vote.castByProxy(b1, proxy, Map.of(Choice.FOR, 4L, Choice.AGAINST, -1L), NOW));
        InvalidInput huge = assertThrows(InvalidInput.class, () -> vote.castByProxy(b1, proxy,
                Map.of(Choice.FOR, Long.MAX_VALUE, Choice.AGAINST, Long.MAX_VALUE), NOW));
        assertTrue(huge.getMessage().contains("more than the proxy's whole weight of 3"), huge.getMessage());
        assertTrue(vote.rollCall().isEmpty());
        vote.castByProxy(b1, proxy, Map.of(Choice.FOR, 3L), NOW);
        assertThrows(RuleViolation.class, () -> vote.castByProxy(b1, proxy, Map.of(Choice.FOR, 3L), NOW));
        assertThrows(RuleViolation.class, () -> vote.castByProxy(c1, proxy, Map.of(Choice.FOR, 3L), NOW));
    }

    @Test
    void onceTheGiverVotedTheProxyIsRefusedAndARevokedProxyCannotBeUsed() {
        CongressVote vote = open();
        Proxy proxy = Proxy.forVote(union, a2, b1, motion, delegates, List.of(), NOW);
        vote.castOwn(a2, Choice.AGAINST, NOW);
        assertThrows(RuleViolation.class, () -> vote.castByProxy(b1, proxy, Map.of(Choice.FOR, 3L), NOW));
        Proxy other = Proxy.forVote(union, a3, b1, motion, delegates, List.of(proxy), NOW);
        assertThrows(RuleViolation.class, () -> other.revoke(b1, NOW));
        other.revoke(a3, NOW);
        assertThrows(RuleViolation.class, () -> vote.castByProxy(b1, other, Map.of(Choice.FOR, 3L), NOW));
    }

    @Test
    void votingTwiceOutsideTheRollOrLateIsRefused() {
        CongressVote vote = open();
        vote.castOwn(a1, Choice.FOR, NOW);
        assertThrows(RuleViolation.class, () -> vote.castOwn(a1, Choice.AGAINST, NOW));
        assertThrows(AccessDenied.class, () -> vote.castOwn(MemberId.generate(), Choice.FOR, NOW),
                "someone without a seat");
        assertThrows(RuleViolation.class, () -> vote.castOwn(b1, Choice.FOR, NOW.plusSeconds(3601)));
        assertEquals(new CongressResult(4, 0, 0, 22), vote.result());
    }

    @Test
    void proxyLoopsChainsAndSelfProxiesAreRefused() {
        Proxy aToB = Proxy.forVote(union, a1, b1, motion, delegates, List.of(), NOW);
        RuleViolation loop = assertThrows(RuleViolation.class,
                () -> Proxy.forVote(union, b1, a1, motion, delegates, List.of(aToB), NOW));
        assertTrue(loop.getMessage().contains("proxy loop"), loop.getMessage());
        assertThrows(RuleViolation.class, () -> Proxy.forVote(union, b1, c1, motion, delegates, List.of(aToB), NOW));
        assertThrows(RuleViolation.class, () -> Proxy.forVote(union, c1, a1, motion, delegates, List.of(aToB), NOW));
        assertThrows(RuleViolation.class, () -> Proxy.forVote(union, a1, c1, motion, delegates, List.of(aToB), NOW));
        assertThrows(RuleViolation.class, () -> Proxy.forVote(union, a1, a1, motion, delegates, List.of(), NOW));
        assertThrows(RuleViolation.class, () -> Proxy.forVote(union, a1, b1, motion,
                new Proxy.DelegateCheck(true, false), List.of(), NOW));
        Proxy otherVote = Proxy.forVote(union, b1, a1, MotionId.generate(), delegates, List.of(aToB), NOW);
        assertEquals(b1, otherVote.giver());
        aToB.revoke(a1, NOW);
        assertEquals(a1, Proxy.forVote(union, b1, a1, motion, delegates, List.of(aToB), NOW).holder());
    }

    @Test
    void aCongressWithoutDelegatesCannotVote() {
        assertThrows(RuleViolation.class, () -> CongressVote.open(motion, java.util.Optional.of(union), RECORD,
                List.of(new ChapterRoll(north, "North", 10, List.of())), NOW, NOW.plusSeconds(10)));
    }

    @Test
    void instructionsFollowOrNot() {
        assertTrue(Instruction.FREE.followedBy(Choice.AGAINST));
        assertTrue(Instruction.FOR.followedBy(Choice.FOR));
        assertFalse(Instruction.FOR.followedBy(Choice.ABSTAIN));
    }
}
