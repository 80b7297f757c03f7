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
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

class MandateTest {
    final Union union = Fixtures.union();
    final Chapter chapter = Fixtures.chapter(union, 2);
    final Member steward = Fixtures.person("Steward Stella");
    final Member holder = Fixtures.person("Holder Hal");
    final Term term = new Term(TODAY, TODAY.plusMonths(6));
    final Mandate mandate = chapter.appoint(MandateRole.DELEGATE, holder.id(),
            Optional.of(Fixtures.activeMember(chapter, holder)), term, List.of(), steward.id(), NOW, TODAY);

    @Test
    void aMandateIsInForceFromTheFirstToTheLastDayOfItsTerm() {
        assertFalse(mandate.activeOn(TODAY.minusDays(1)));
        assertTrue(mandate.activeOn(TODAY));
        assertTrue(mandate.activeOn(term.end()));
        assertFalse(mandate.activeOn(term.end().plusDays(1)));
    }

    @Test
    void endingEarlyTakesEffectTheSameDayWithAReasonAndOnlyOnce() {
        assertThrows(InvalidInput.class, () -> mandate.endEarly(TODAY.plusDays(10), " "));
        mandate.endEarly(TODAY.plusDays(10), "Recalled by the chapter meeting");
        assertTrue(mandate.activeOn(TODAY.plusDays(9)));
        assertFalse(mandate.activeOn(TODAY.plusDays(10)));
        assertEquals(Optional.of(new Term(TODAY, TODAY.plusDays(9))), mandate.effectiveTerm());
        assertEquals(Optional.of("Recalled by the chapter meeting"), mandate.endReason());
        assertThrows(RuleViolation.class, () -> mandate.endEarly(TODAY.plusDays(11), "Twice"));
    }

    @Test
    void aMandateWhoseTermIsOverCannotBeEnded() {
        assertThrows(RuleViolation.class, () -> mandate.endEarly(term.end().plusDays(1), "Too late"));
    }

    @Test
    void aMandateEndedBeforeItStartsIsNeverInForce() {
        Member future = Fixtures.person("Future Fay");
        Mandate later = chapter.appoint(MandateRole.DELEGATE, future.id(),
                Optional.of(Fixtures.activeMember(chapter, future)), new Term(TODAY.plusMonths(1), TODAY.plusMonths(2)),
                List.of(mandate), steward.id(), NOW, TODAY);
        later.endEarly(TODAY, "Election annulled");
        assertEquals(Optional.empty(), later.effectiveTerm());
        assertFalse(later.overlaps(new Term(TODAY, TODAY.plusYears(1))));
    }

    @Test
    void aChapterMandateCoversOnlyItsChapterAndAUnionMandateCoversAll() {
        Chapter other = union.openChapter("other", "Other", "", 1, NOW);
        assertTrue(mandate.covers(union.id(), Optional.of(chapter.id())));
        assertFalse(mandate.covers(union.id(), Optional.of(other.id())));
        assertFalse(mandate.covers(union.id(), Optional.empty()));
        Mandate unionSteward = union.appointFoundingSteward(steward.id(),
                List.of(Fixtures.activeMember(chapter, steward)), term, List.of(), NOW, TODAY);
        assertTrue(unionSteward.covers(union.id(), Optional.of(other.id())));
        assertFalse(unionSteward.covers(Fixtures.union().id(), Optional.empty()));
    }
}
