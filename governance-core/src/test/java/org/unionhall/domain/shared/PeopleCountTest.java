package org.unionhall.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeopleCountTest {

    @Test
    void belowFiveTheNumberIsWithheldAndTheWordsSayFewerThanFive() {
        for (long small = 0; small < 5; small++) {
            PeopleCount shown = PeopleCount.shown(small);
            assertTrue(shown.suppressed());
            assertEquals(Optional.empty(), shown.count());
            assertEquals(Optional.of(5), shown.fewerThan());
            assertEquals("fewer than 5", shown.text());
        }
    }

    @Test
    void fromFiveOnTheNumberIsShownWhole() {
        assertEquals(new PeopleCount(Optional.of(5L), Optional.empty(), "5"), PeopleCount.shown(5));
        assertEquals("1234", PeopleCount.shown(1234).text());
        assertFalse(PeopleCount.shown(5).suppressed());
    }

    @Test
    void onlyTheGroupItselfSeesASmallCountWhole() {
        assertEquals("3", PeopleCount.seenBy(3, true).text());
        assertEquals("fewer than 5", PeopleCount.seenBy(3, false).text());
        assertEquals(Optional.of(0L), PeopleCount.exact(0).count());
    }

    @Test
    void aCountIsNeverNegativeNorBothShownAndWithheld() {
        assertThrows(IllegalArgumentException.class, () -> PeopleCount.shown(-1));
        assertThrows(IllegalArgumentException.class, () -> PeopleCount.exact(-1));
        assertThrows(IllegalArgumentException.class,
                () -> new PeopleCount(Optional.of(3L), Optional.of(5), "3"));
        assertThrows(IllegalArgumentException.class, () -> new PeopleCount(Optional.empty(), Optional.empty(), ""));
    }
}
