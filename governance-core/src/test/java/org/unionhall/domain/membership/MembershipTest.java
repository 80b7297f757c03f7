package org.unionhall.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.unionhall.domain.membership.Fixtures.NOW;
import static org.unionhall.domain.membership.Fixtures.TODAY;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

class MembershipTest {
    final Chapter chapter = Fixtures.chapter(Fixtures.union(), 2);
    final Member steward = Fixtures.person("Steward Stella");
    final Member member = Fixtures.person("Member Max");
    final Membership membership = Fixtures.activeMember(chapter, member);

    @Test
    void statusChangesFollowTheRulesAndAreKeptInOrder() {
        membership.suspend(steward.id(), "Harassment report upheld", NOW.plusSeconds(1));
        assertThrows(RuleViolation.class, () -> membership.suspend(steward.id(), "Again", NOW));
        assertThrows(RuleViolation.class, () -> membership.lapse(Optional.empty(), "Dues", NOW));
        membership.restore(steward.id(), "Mediation done", NOW.plusSeconds(2));
        assertThrows(RuleViolation.class, () -> membership.restore(steward.id(), "Twice", NOW));
        membership.lapse(Optional.empty(), "No confirmation for a year", NOW.plusSeconds(3));
        membership.restore(steward.id(), "Confirmed again", NOW.plusSeconds(4));
        membership.leave(NOW.plusSeconds(5));
        assertThrows(RuleViolation.class, () -> membership.leave(NOW));
        assertThrows(RuleViolation.class, () -> membership.restore(steward.id(), "After leaving", NOW));
        assertEquals(List.of(MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED, MembershipStatus.ACTIVE,
                        MembershipStatus.LAPSED, MembershipStatus.ACTIVE, MembershipStatus.LEFT),
                membership.history().stream().map(StatusChange::status).toList());
        assertEquals("Mediation done", membership.history().get(2).reason());
        assertEquals(Optional.of(steward.id()), membership.history().get(2).changedBy());
    }

    @Test
    void aStewardCannotSuspendOrRestoreThemselvesAndMustGiveAReason() {
        assertThrows(RuleViolation.class, () -> membership.suspend(member.id(), "Myself", NOW));
        assertThrows(InvalidInput.class, () -> membership.suspend(steward.id(), "   ", NOW));
        assertThrows(InvalidInput.class, () -> membership.suspend(steward.id(), "x".repeat(501), NOW));
        assertEquals(MembershipStatus.ACTIVE, membership.status());
        membership.suspend(steward.id(), "Reason", NOW);
        assertThrows(RuleViolation.class, () -> membership.restore(member.id(), "Myself", NOW));
    }

    @Test
    void aFoundingMemberCannotBeEnrolledTwice() {
        assertThrows(RuleViolation.class, () -> chapter.enrolFoundingMember(member, Optional.of(membership),
                NOW, TODAY));
    }
}
