package org.unionhall.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void anOfficersMandateConfersNothingUntilTheSessionGaveASecondFactor() {
        Powers without = Powers.of(founder.id(), List.of(), List.of(unionSteward), TODAY)
                .withSecondFactor(SecondFactor.NOT_GIVEN);
        assertFalse(without.stewards(north));
        assertFalse(without.stewardsUnion(union.id()));
        assertFalse(without.holds(MandateRole.STEWARD, union.id(), Optional.empty()));
        assertFalse(without.isInsider(union.id()), "a steward who is no member sees nothing without it");
        assertEquals(List.of(MandateRole.STEWARD), without.waitingForSecondFactor());
        AccessDenied refused = assertThrows(AccessDenied.class, () -> without.requireSteward(north));
        assertTrue(refused.getMessage().startsWith(
                "Turn on two-factor sign-in in your account settings before acting as steward."), refused.getMessage());
        assertThrows(AccessDenied.class, () -> without.requireUnionSteward(union));
        assertTrue(assertThrows(AccessDenied.class, () -> without.requireInsider(union, "its members")).getMessage()
                .contains("two-factor"));
        assertTrue(assertThrows(AccessDenied.class, () -> without.requireSecondFactorFor(MandateRole.TRUSTEE))
                .getMessage().contains("before acting as trustee"));

        Powers with = without.withSecondFactor(SecondFactor.GIVEN);
        assertTrue(with.stewards(north));
        assertTrue(with.stewardsUnion(union.id()));
        assertEquals(List.of(), with.waitingForSecondFactor());
        with.requireSteward(north);
        with.requireSecondFactorFor(MandateRole.TRUSTEE);
        assertTrue(without.withSecondFactor(SecondFactor.NOT_REQUIRED).stewards(north), "the installation waives it");
    }

    @Test
    void withoutASecondFactorANonOfficerIsToldWhatTheyLackNotToTurnItOn() {
        Member pat = Fixtures.person("Plain Pat");
        Powers member = Powers.of(pat.id(), List.of(Fixtures.activeMember(north, pat)), List.of(), TODAY)
                .withSecondFactor(SecondFactor.NOT_GIVEN);
        assertTrue(member.isInsider(union.id()), "members need no second factor to see their union");
        AccessDenied refused = assertThrows(AccessDenied.class, () -> member.requireSteward(north));
        assertEquals("Only a steward of Mods North or of its union may do this.", refused.getMessage());
        assertEquals(List.of(), member.waitingForSecondFactor());
        Mandate delegate = north.appoint(MandateRole.DELEGATE, pat.id(),
                Optional.of(Fixtures.activeMember(north, pat)), Fixtures.year(), List.of(), founder.id(), NOW, TODAY);
        Powers delegatePowers = Powers.of(pat.id(), List.of(Fixtures.activeMember(north, pat)), List.of(delegate),
                TODAY).withSecondFactor(SecondFactor.NOT_GIVEN);
        assertTrue(delegatePowers.holds(MandateRole.DELEGATE, union.id(), Optional.of(north.id())),
                "a delegate is no officer");
    }
}
