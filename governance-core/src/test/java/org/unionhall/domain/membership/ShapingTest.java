package org.unionhall.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.domain.membership.Fixtures.NOW;
import static org.unionhall.domain.membership.Fixtures.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.congress.ChapterRoll;
import org.unionhall.domain.congress.CongressVote;
import org.unionhall.domain.congress.Seat;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/** A union's stewards shape it: founding chapters, renaming them, their seats, the public description. */
class ShapingTest {
    final Union union = Fixtures.union();
    final Chapter north = Fixtures.chapter(union, 2);
    final List<Chapter> chapters = new ArrayList<>(List.of(north));

    @Test
    void aFoundedChapterBelongsToTheUnionWithItsSeats() {
        Chapter south = union.foundChapter("mods-south", "Mods South", "The southern servers", 3, chapters, false, NOW);
        assertEquals(union.id(), south.unionId());
        assertEquals("mods-south", south.slug());
        assertEquals("Mods South", south.name());
        assertEquals(3, south.delegateSeats());
    }

    @Test
    void blankOverlongAndMalformedNamesAreRefusedWithTheirReason() {
        InvalidInput blank = assertThrows(InvalidInput.class,
                () -> union.foundChapter("mods-south", "   ", "", 1, chapters, false, NOW));
        assertEquals("The chapter's name is required.", blank.getMessage());
        InvalidInput longName = assertThrows(InvalidInput.class,
                () -> union.foundChapter("mods-south", "x".repeat(121), "", 1, chapters, false, NOW));
        assertEquals("The chapter's name is too long (121 characters, at most 120).", longName.getMessage());
        InvalidInput slug = assertThrows(InvalidInput.class,
                () -> union.foundChapter("Mods South", "Mods South", "", 1, chapters, false, NOW));
        assertTrue(slug.getMessage().contains("lower-case letters, digits and single hyphens"), slug.getMessage());
        assertThrows(InvalidInput.class, () -> union.foundChapter("", "Mods South", "", 1, chapters, false, NOW));
        assertThrows(InvalidInput.class,
                () -> union.foundChapter("mods-south", "Mods South", "x".repeat(1001), 1, chapters, false, NOW));
    }

    @Test
    void aShortNameOrANameAlreadyUsedIsRefused() {
        RuleViolation sameSlug = assertThrows(RuleViolation.class,
                () -> union.foundChapter("mods-north", "Mods Up North", "", 1, chapters, false, NOW));
        assertEquals("Moderators' Union already has a chapter with the short name \"mods-north\" (Mods North).",
                sameSlug.getMessage());
        RuleViolation sameName = assertThrows(RuleViolation.class,
                () -> union.foundChapter("mods-up", "mods north", "", 1, chapters, false, NOW));
        assertEquals("Moderators' Union already has a chapter called \"Mods North\".", sameName.getMessage());
        RuleViolation elsewhere = assertThrows(RuleViolation.class,
                () -> union.foundChapter("sellers-east", "Sellers East", "", 1, chapters, true, NOW));
        assertTrue(elsewhere.getMessage().contains("already used on this installation"), elsewhere.getMessage());
    }

    @Test
    void seatsOutOfRangeAreRefused() {
        for (int seats : new int[] {0, -1, Chapter.MAX_SEATS + 1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            InvalidInput refused = assertThrows(InvalidInput.class,
                    () -> union.foundChapter("mods-south", "Mods South", "", seats, chapters, false, NOW));
            assertEquals("A chapter has between 1 and 100 delegate seats.", refused.getMessage());
            assertThrows(InvalidInput.class, () -> north.changeDelegateSeats(seats, List.of(), TODAY));
        }
        assertEquals(2, north.delegateSeats());
    }

    @Test
    void renamingKeepsTheShortNameAndRefusesASiblingsName() {
        Chapter south = union.foundChapter("mods-south", "Mods South", "", 1, chapters, false, NOW);
        chapters.add(south);
        assertTrue(north.rename("  Northern Moderators ", chapters, union.name()));
        assertEquals("Northern Moderators", north.name());
        assertEquals("mods-north", north.slug());
        assertFalse(north.rename("Northern Moderators", chapters, union.name()), "the same name twice changes nothing");
        RuleViolation taken = assertThrows(RuleViolation.class, () -> north.rename("MODS SOUTH", chapters, union.name()));
        assertEquals("Moderators' Union already has a chapter called \"Mods South\".", taken.getMessage());
        assertThrows(InvalidInput.class, () -> north.rename("", chapters, union.name()));
        assertThrows(InvalidInput.class, () -> north.rename("x".repeat(121), chapters, union.name()));
        assertThrows(InvalidInput.class, () -> north.rename("Two\nlines", chapters, union.name()));
        assertEquals("Northern Moderators", north.name());
    }

    @Test
    void theSeatsOfARollCallUnderWayDoNotMoveWhenTheChapterChanges() {
        Member priya = Fixtures.person("Priya Delegate");
        Member mateo = Fixtures.person("Mateo Delegate");
        CongressVote vote = CongressVote.open(MotionId.generate(), Optional.of(union.id()), TODAY,
                List.of(new ChapterRoll(north.id(), north.name(), 10, List.of(priya.id(), mateo.id()))),
                NOW, NOW.plusSeconds(3600));
        List<Long> weights = vote.seats().stream().map(Seat::weight).toList();

        north.changeDelegateSeats(5, List.of(), TODAY);
        north.rename("Northern Moderators", chapters, union.name());

        assertEquals(List.of(5L, 5L), weights);
        assertEquals(weights, vote.seats().stream().map(Seat::weight).toList());
        assertEquals(2, vote.chapters().get(0).delegates());
        assertEquals("Mods North", vote.chapters().get(0).chapterName());
    }

    @Test
    void theUnionDescribesItselfAndTheSameDescriptionTwiceChangesNothing() {
        assertTrue(union.describe("Moderators organising for fair pay.", "Sign in and ask to join a chapter."));
        assertEquals("Moderators organising for fair pay.", union.description());
        assertEquals("Sign in and ask to join a chapter.", union.howToJoin());
        assertFalse(union.describe(" Moderators organising for fair pay. ", "Sign in and ask to join a chapter."));
        InvalidInput blank = assertThrows(InvalidInput.class, () -> union.describe("  ", "anything"));
        assertEquals("Say what the union is for: the description is required.", blank.getMessage());
        assertThrows(InvalidInput.class, () -> union.describe("x".repeat(1001), ""));
        assertThrows(InvalidInput.class, () -> union.describe("Fine", "y".repeat(1001)));
        assertThrows(InvalidInput.class, () -> union.describe("Bell\u0007", ""));
        assertTrue(union.describe("Moderators organising for fair pay.", null));
        assertEquals("", union.howToJoin());
    }
}
