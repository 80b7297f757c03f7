package org.unionhall.domain.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/** The election's phases only move forward, each move guarded. */
class ElectionTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final String BASIS = "active members of the union Test Union when voting opened";

    static Election election(int trustees, int threshold) {
        return new Election(ElectionId.generate(), UnionId.generate(), Optional.empty(), SubjectKind.MOTION, "m-1",
                "Adopt the budget", "{}", trustees, threshold, NOW.plus(Duration.ofHours(1)),
                NOW.plus(Duration.ofHours(2)), NOW);
    }

    @Test
    void aNewElectionStartsWithItsKeyCeremony() {
        Election e = election(3, 2);
        assertEquals(ElectionPhase.CEREMONY, e.phase());
        assertEquals(1, e.ceremonyRound());
        assertTrue(e.contextJson().isEmpty());
        assertEquals(0, e.boardSize());
    }

    @Test
    void settingsOutsideTheRulesAreRefused() {
        assertThrows(InvalidInput.class, () -> election(0, 1));
        assertThrows(InvalidInput.class, () -> election(21, 1));
        assertThrows(InvalidInput.class, () -> election(3, 4));
        assertThrows(InvalidInput.class, () -> election(3, 0));
        assertThrows(InvalidInput.class, () -> new Election(ElectionId.generate(), UnionId.generate(),
                Optional.empty(), SubjectKind.MOTION, "m", "T", "{}", 1, 1, NOW.plusSeconds(10), NOW.plusSeconds(5),
                NOW));
        InvalidInput past = assertThrows(InvalidInput.class, () -> new Election(ElectionId.generate(),
                UnionId.generate(), Optional.empty(), SubjectKind.MOTION, "m", "T", "{}", 1, 1,
                NOW.minusSeconds(20), NOW.minusSeconds(10), NOW));
        assertTrue(past.getMessage().contains("future"));
        assertThrows(InvalidInput.class, () -> new Election(ElectionId.generate(), UnionId.generate(),
                Optional.empty(), SubjectKind.MOTION, " ", "T", "{}", 1, 1, NOW.plusSeconds(1), NOW.plusSeconds(5),
                NOW));
    }

    @Test
    void phasesMoveOnlyForward() {
        Election e = election(1, 1);
        RuleViolation early = assertThrows(RuleViolation.class, () -> e.open("{}", "code0", 10, BASIS,
                Optional.empty(), NOW));
        assertTrue(early.getMessage().contains("key ceremony"), early.getMessage());
        assertThrows(RuleViolation.class, () -> e.append("c1"));
        e.keyFixed();
        assertThrows(RuleViolation.class, e::keyFixed);
        assertFalse(e.dueToOpen(NOW));
        assertTrue(e.dueToOpen(NOW.plus(Duration.ofHours(1))));
        Instant opened = NOW.plus(Duration.ofMinutes(61)).plusMillis(700);
        e.open("{}", "code0", 10, BASIS, Optional.of("secret"), opened);
        assertEquals(Optional.of(10L), e.eligibleCount());
        assertEquals(Optional.of(BASIS), e.eligibleBasis());
        assertEquals(Optional.of("secret"), e.boardSecret());
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(61))), e.openedAt(), "the actual opening, to the second");
        assertEquals(Optional.empty(), e.closedAt());
        assertEquals(Optional.of("code0"), e.boardHead());
        assertEquals(1, e.append("c1"));
        assertEquals(2, e.append("c2"));
        assertEquals(Optional.of("c2"), e.boardHead());
        assertThrows(RuleViolation.class, () -> e.publish("{}", "{}", NOW));
        e.close("{\"tally\":1}", NOW.plus(Duration.ofMinutes(75)));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(75))), e.closedAt());
        assertThrows(RuleViolation.class, () -> e.append("c3"));
        e.publish("{}", "{}", NOW);
        assertEquals(ElectionPhase.PUBLISHED, e.phase());
        assertThrows(RuleViolation.class, e::cancel);
    }

    @Test
    void aBallotAfterTheClosingInstantIsLateEvenBeforeTheTimerRuns() {
        Election e = election(1, 1);
        e.keyFixed();
        e.open("{}", "code0", 1, BASIS, Optional.empty(), NOW);
        e.requireBallotsTakenAt(NOW.plus(Duration.ofMinutes(90)));
        RuleViolation late = assertThrows(RuleViolation.class,
                () -> e.requireBallotsTakenAt(NOW.plus(Duration.ofHours(2))));
        assertTrue(late.getMessage().contains("too late"), late.getMessage());
        assertTrue(e.dueToClose(NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void aCeremonyRestartsWithOneTrusteeFewerUntilTooFewRemain() {
        Election e = election(3, 2);
        assertTrue(e.canLoseATrustee());
        e.keyFixed();
        e.restartCeremony("{\"n\":2}");
        assertEquals(ElectionPhase.CEREMONY, e.phase());
        assertEquals(2, e.trusteeCount());
        assertEquals(2, e.ceremonyRound());
        assertFalse(e.canLoseATrustee());
        assertThrows(IllegalStateException.class, () -> e.restartCeremony("{}"));
        e.cancel();
        assertEquals(ElectionPhase.CANCELLED, e.phase());
    }
}
