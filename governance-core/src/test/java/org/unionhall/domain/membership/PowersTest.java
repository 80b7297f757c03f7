package org.unionhall.domain.membership;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.domain.membership.Fixtures.NOW;
import static org.unionhall.domain.membership.Fixtures.TODAY;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
        Powers p = Powers.of(steward.id(), List.of(northSteward), TODAY);
        assertTrue(p.stewards(north));
        assertFalse(p.stewards(south));
        assertFalse(p.stewardsUnion(union.id()));
    }

    @Test
    void aUnionStewardHasPowerInEveryChapterOfTheirUnionOnly() {
        Powers p = Powers.of(founder.id(), List.of(unionSteward), TODAY);
        assertTrue(p.stewards(north));
        assertTrue(p.stewards(south));
        assertTrue(p.stewardsUnion(union.id()));
        assertFalse(p.stewards(Fixtures.chapter(Fixtures.union(), 1)));
    }

    @Test
    void powersEndWithTheMandateAndBelongToTheHolderOnly() {
        assertFalse(Powers.of(steward.id(), List.of(northSteward), TODAY.plusYears(1)).stewards(north));
        assertFalse(Powers.of(founder.id(), List.of(northSteward), TODAY).stewards(north));
        northSteward.endEarly(TODAY, "Resigned");
        assertFalse(Powers.of(steward.id(), List.of(northSteward), TODAY).stewards(north));
        assertFalse(Powers.of(Fixtures.person("Plain Pat").id(), List.of(), TODAY).stewards(north));
    }
}
