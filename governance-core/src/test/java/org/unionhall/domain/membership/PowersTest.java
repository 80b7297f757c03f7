package org.unionhall.domain.membership;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.domain.membership.Fixtures.NOW;
import static org.unionhall.domain.membership.Fixtures.TODAY;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.AccessDenied;

class PowersTest {
    final Union union = Fixtures.union();
    final Chapter north = Fixtures.chapter(union, 2);
    final Chapter south = union.openChapter("south", "South", "", 2, NOW);
    final Member founder = Fixtures.person("Founder Fran");
    final Member steward = Fixtures.person("Chapter Chris");
    final Mandate unionSteward = union.appointFoundingSteward(founder.id(),
            List.of(Fixtures.activeMember(north, founder)), Fixtures.year(), List.of(), NOW, TODAY);
    final Mandate northSteward = north.appoint(MandateRole.STEWARD, steward.id(),
            Optional.of(Fixtures.activeMember(north, steward)), Fixtures.year(), List.of(), founder.id(), NOW, TODAY);

    @Test
    void aChapterStewardHasPowerInTheirChapterOnly() {
        Powers p = Powers.of(steward.id(), List.of(), List.of(northSteward), TODAY);
        assertTrue(p.stewards(north));
        assertFalse(p.stewards(south));
        assertFalse(p.stewardsUnion(union.id()));
    }

    @Test
    void aUnionStewardHasPowerInEveryChapterOfTheirUnionOnly() {
        Powers p = Powers.of(founder.id(), List.of(), List.of(unionSteward), TODAY);
        assertTrue(p.stewards(north));
        assertTrue(p.stewards(south));
        assertTrue(p.stewardsUnion(union.id()));
        assertFalse(p.stewards(Fixtures.chapter(Fixtures.union(), 1)));
    }

    @Test
    void powersEndWithTheMandateAndBelongToTheHolderOnly() {
        assertFalse(Powers.of(steward.id(), List.of(), List.of(northSteward), TODAY.plusYears(1)).stewards(north));
        assertFalse(Powers.of(founder.id(), List.of(), List.of(northSteward), TODAY).stewards(north));
        northSteward.endEarly(TODAY, "Resigned");
        assertFalse(Powers.of(steward.id(), List.of(), List.of(northSteward), TODAY).stewards(north));
        assertFalse(Powers.of(Fixtures.person("Plain Pat").id(), List.of(), List.of(), TODAY).stewards(north));
    }

    @Test
    void insidersAreTheUnionsActiveMembersAndItsStewards() {
        Member pat = Fixtures.person("Plain Pat");
        Membership patInNorth = Fixtures.activeMember(north, pat);
        Powers member = Powers.of(pat.id(), List.of(patInNorth), List.of(), TODAY);
        assertTrue(member.isMemberOf(north.id()));
        assertFalse(member.isMemberOf(south.id()));
        assertTrue(member.isInsider(union.id()));
        assertFalse(member.isInsider(Fixtures.union().id()), "a member of one union is an outsider to another");
        assertTrue(Powers.of(founder.id(), List.of(), List.of(unionSteward), TODAY).isInsider(union.id()),
                "a union steward without a membership");
        assertFalse(Powers.of(steward.id(), List.of(), List.of(northSteward), TODAY).isInsider(union.id()),
                "a chapter steward is an insider through a membership, not through the mandate");
        patInNorth.suspend(founder.id(), "Spam", NOW);
        Powers suspended = Powers.of(pat.id(), List.of(patInNorth), List.of(), TODAY);
        assertFalse(suspended.isInsider(union.id()));
        assertThrows(AccessDenied.class, () -> suspended.requireInsider(union, "its motions"));
        assertFalse(Powers.of(pat.id(), List.of(Fixtures.activeMember(north, founder)), List.of(), TODAY)
                .isMemberOf(north.id()), "another member's membership gives no power");
    }
}
