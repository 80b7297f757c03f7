package org.unionhall.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.domain.membership.Fixtures.NOW;
import static org.unionhall.domain.membership.Fixtures.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.RuleViolation;

class UnionTest {
    final Union union = Fixtures.union();
    final Chapter chapter = Fixtures.chapter(union, 2);
    final Member founder = Fixtures.person("Founder Fran");
    final Membership founderMembership = Fixtures.activeMember(chapter, founder);
    final List<Mandate> mandates = new ArrayList<>();

    @Test
    void theFirstStewardComesFromTheFoundingAssemblyAndOnlyOnce() {
        Mandate first = union.appointFoundingSteward(founder.id(), List.of(founderMembership), Fixtures.year(),
                mandates, NOW, TODAY);
        mandates.add(first);
        assertEquals(Optional.empty(), first.assignedBy());
        assertEquals(ScopeKind.UNION, first.scopeKind());
        Member second = Fixtures.person("Second Sid");
        assertThrows(RuleViolation.class, () -> union.appointFoundingSteward(second.id(),
                List.of(Fixtures.activeMember(chapter, second)), Fixtures.year(), mandates, NOW, TODAY));
    }

    @Test
    void unionMandatesNeedAnActiveMembershipInTheUnionAndAUnionRole() {
        Member treasurer = Fixtures.person("Trea Surer");
        assertThrows(RuleViolation.class, () -> union.appoint(MandateRole.TREASURER, treasurer.id(), List.of(),
                Fixtures.year(), mandates, founder.id(), NOW, TODAY));
        Chapter foreign = Fixtures.chapter(Fixtures.union(), 1);
        assertThrows(RuleViolation.class, () -> union.appoint(MandateRole.TREASURER, treasurer.id(),
                List.of(Fixtures.activeMember(foreign, treasurer)), Fixtures.year(), mandates, founder.id(), NOW,
                TODAY));
        Membership ms = Fixtures.activeMember(chapter, treasurer);
        assertThrows(RuleViolation.class, () -> union.appoint(MandateRole.DELEGATE, treasurer.id(), List.of(ms),
                Fixtures.year(), mandates, founder.id(), NOW, TODAY));
        Mandate m = union.appoint(MandateRole.TREASURER, treasurer.id(), List.of(ms), Fixtures.year(), mandates,
                founder.id(), NOW, TODAY);
        mandates.add(m);
        assertThrows(RuleViolation.class, () -> union.appoint(MandateRole.TREASURER, treasurer.id(), List.of(ms),
                Fixtures.year(), mandates, founder.id(), NOW, TODAY));
        assertTrue(m.activeOn(TODAY));
    }
}
