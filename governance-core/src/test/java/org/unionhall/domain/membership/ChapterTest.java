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
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

class ChapterTest {
    final Union union = Fixtures.union();
    final Chapter chapter = Fixtures.chapter(union, 2);
    final Member steward = Fixtures.person("Steward Stella");
    final List<Mandate> mandates = new ArrayList<>();

    Mandate delegate(Member m, Term term) {
        Mandate mandate = chapter.appoint(MandateRole.DELEGATE, m.id(), Optional.of(Fixtures.activeMember(chapter, m)),
                term, mandates, steward.id(), NOW, TODAY);
        mandates.add(mandate);
        return mandate;
    }

    @Test
    void aChapterBelongsToExactlyOneUnionAndHasOneToAHundredSeats() {
        assertEquals(union.id(), chapter.unionId());
        assertThrows(InvalidInput.class, () -> union.openChapter("x", "X", "", 0, NOW));
        assertThrows(InvalidInput.class, () -> union.openChapter("x", "X", "", 101, NOW));
        assertThrows(InvalidInput.class, () -> union.openChapter("Not A Slug", "X", "", 1, NOW));
        assertThrows(InvalidInput.class, () -> union.openChapter("ok", " ", "", 1, NOW));
    }

    @Test
    void aCurrentMemberCannotAskToJoinAgainButSomeoneWhoLeftCan() {
        Member m = Fixtures.person("Jo Join");
        Membership ms = Fixtures.activeMember(chapter, m);
        assertThrows(RuleViolation.class, () -> chapter.receiveJoinRequest(m.id(), Optional.of(ms), Optional.empty(),
                "", NOW));
        ms.suspend(steward.id(), "Spam", NOW);
        assertThrows(RuleViolation.class, () -> chapter.receiveJoinRequest(m.id(), Optional.of(ms), Optional.empty(),
                "", NOW));
        ms.leave(NOW);
        JoinRequest r = chapter.receiveJoinRequest(m.id(), Optional.of(ms), Optional.empty(), "back", NOW);
        assertTrue(r.isPending());
        assertThrows(RuleViolation.class, () -> chapter.receiveJoinRequest(m.id(), Optional.of(ms), Optional.of(r),
                "again", NOW));
    }

    @Test
    void aDelegateNeedsAnActiveMembershipOfThisChapter() {
        Member m = Fixtures.person("Dee Legate");
        assertThrows(RuleViolation.class, () -> chapter.appoint(MandateRole.DELEGATE, m.id(), Optional.empty(),
                Fixtures.year(), mandates, steward.id(), NOW, TODAY));
        Membership lapsed = Fixtures.activeMember(chapter, m);
        lapsed.lapse(Optional.empty(), "No confirmation for a year", NOW);
        assertThrows(RuleViolation.class, () -> chapter.appoint(MandateRole.DELEGATE, m.id(), Optional.of(lapsed),
                Fixtures.year(), mandates, steward.id(), NOW, TODAY));
        Chapter other = union.openChapter("mods-south", "Mods South", "", 2, NOW);
        Membership elsewhere = Fixtures.activeMember(other, m);
        assertThrows(RuleViolation.class, () -> chapter.appoint(MandateRole.DELEGATE, m.id(), Optional.of(elsewhere),
                Fixtures.year(), mandates, steward.id(), NOW, TODAY));
    }

    @Test
    void delegatesNeverOutnumberTheSeatsOnAnyDay() {
        delegate(Fixtures.person("First One"), Fixtures.year());
        delegate(Fixtures.person("Second Two"), new Term(TODAY, TODAY.plusMonths(6)));
        RuleViolation full = assertThrows(RuleViolation.class,
                () -> delegate(Fixtures.person("Third Three"), new Term(TODAY.plusMonths(3), TODAY.plusMonths(9))));
        assertTrue(full.getMessage().contains("no free delegate seat (2 of 2 taken)"), full.getMessage());
        Mandate later = delegate(Fixtures.person("Fourth Four"),
                new Term(TODAY.plusMonths(6).plusDays(1), TODAY.plusMonths(12)));
        assertEquals(2, chapter.delegatesSeated(mandates, TODAY.plusMonths(7)));
        assertTrue(later.activeOn(TODAY.plusMonths(7)));
    }

    @Test
    void aSeatFreedByAnEarlyEndCanBeFilled() {
        Mandate first = delegate(Fixtures.person("First One"), Fixtures.year());
        delegate(Fixtures.person("Second Two"), Fixtures.year());
        first.endEarly(TODAY, "Resigned");
        assertEquals(1, chapter.delegatesSeated(mandates, TODAY));
        delegate(Fixtures.person("Third Three"), Fixtures.year());
        assertEquals(2, chapter.delegatesSeated(mandates, TODAY));
    }

    @Test
    void nobodyHoldsTheSameRoleTwiceAtOnceOrForATermAlreadyOver() {
        Member m = Fixtures.person("Twice Over");
        Membership ms = Fixtures.activeMember(chapter, m);
        mandates.add(chapter.appoint(MandateRole.STEWARD, m.id(), Optional.of(ms), Fixtures.year(), mandates,
                steward.id(), NOW, TODAY));
        assertThrows(RuleViolation.class, () -> chapter.appoint(MandateRole.STEWARD, m.id(), Optional.of(ms),
                new Term(TODAY.plusMonths(1), TODAY.plusMonths(2)), mandates, steward.id(), NOW, TODAY));
        assertThrows(RuleViolation.class, () -> chapter.appoint(MandateRole.TREASURER, m.id(), Optional.of(ms),
                new Term(TODAY.minusYears(1), TODAY.minusDays(1)), mandates, steward.id(), NOW, TODAY));
        Mandate treasurer = chapter.appoint(MandateRole.TREASURER, m.id(), Optional.of(ms), Fixtures.year(), mandates,
                steward.id(), NOW, TODAY);
        assertEquals(ScopeKind.CHAPTER, treasurer.scopeKind());
    }

    @Test
    void trusteesAreNeverChapterMandatesAndNobodyAppointsThemselves() {
        Member m = Fixtures.person("Tru Stee");
        Membership ms = Fixtures.activeMember(chapter, m);
        assertThrows(RuleViolation.class, () -> chapter.appoint(MandateRole.TRUSTEE, m.id(), Optional.of(ms),
                Fixtures.year(), mandates, steward.id(), NOW, TODAY));
        assertThrows(RuleViolation.class, () -> chapter.appoint(MandateRole.DELEGATE, m.id(), Optional.of(ms),
                Fixtures.year(), mandates, m.id(), NOW, TODAY));
    }

    @Test
    void seatsCannotShrinkBelowTheDelegatesInOffice() {
        delegate(Fixtures.person("First One"), Fixtures.year());
        delegate(Fixtures.person("Second Two"), Fixtures.year());
        assertThrows(RuleViolation.class, () -> chapter.changeDelegateSeats(1, mandates, TODAY));
        chapter.changeDelegateSeats(3, mandates, TODAY);
        assertEquals(3, chapter.delegateSeats());
        assertThrows(InvalidInput.class, () -> chapter.changeDelegateSeats(0, mandates, TODAY));
    }
}
