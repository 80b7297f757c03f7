package org.unionhall.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.domain.membership.Fixtures.NOW;
import static org.unionhall.domain.membership.Fixtures.TODAY;

import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/** Members, terms, ids and instances refuse malformed values where they enter. */
class ValuesTest {
    @Test
    void aMemberKeepsTypedMarkupButRefusesControlCharactersAndOverlongNames() {
        Member m = new Member("  <b>Zoë</b> & co  ", " Zoe@Example.ORG ", "pt-BR", NOW);
        assertEquals("<b>Zoë</b> & co", m.displayName());
        assertEquals("zoe@example.org", m.email());
        assertThrows(InvalidInput.class, () -> new Member("a\nb", "a@example.org", "en", NOW));
        assertThrows(InvalidInput.class, () -> new Member("x".repeat(81), "a@example.org", "en", NOW));
        assertThrows(InvalidInput.class, () -> new Member("Ok", "not-an-email", "en", NOW));
        assertThrows(InvalidInput.class, () -> new Member("Ok", "a@b", "en", NOW));
        assertThrows(InvalidInput.class, () -> new Member("Ok", "a@example.org", "english", NOW));
        assertThrows(InvalidInput.class, () -> new Member(null, "a@example.org", "en", NOW));
    }

    @Test
    void aTermHasBothEndsInOrderAndAtMostFourYears() {
        assertThrows(InvalidInput.class, () -> new Term(TODAY, TODAY.minusDays(1)));
        assertThrows(InvalidInput.class, () -> new Term(null, TODAY));
        assertThrows(InvalidInput.class, () -> new Term(TODAY, TODAY.plusYears(4).plusDays(1)));
        Term oneDay = new Term(TODAY, TODAY);
        assertTrue(oneDay.contains(TODAY));
        assertTrue(oneDay.overlaps(new Term(TODAY.minusDays(3), TODAY)));
    }

    @Test
    void idsParseOnlyTheirOwnForm() {
        MemberId id = MemberId.generate();
        assertEquals(id, MemberId.of(id.toString()));
        assertThrows(InvalidInput.class, () -> MemberId.of("42"));
        assertThrows(InvalidInput.class, () -> MemberId.of(""));
        assertThrows(InvalidInput.class, () -> MemberId.of(null));
        assertThrows(InvalidInput.class, () -> MandateId.of("1-1-1-1-1"));
        assertThrows(InvalidInput.class, () -> ChapterId.of("x".repeat(100000)));
    }

    @Test
    void anInstanceHasAHostNameAndAtMostTwentyDistinctContacts() {
        Union union = Fixtures.union();
        assertThrows(InvalidInput.class, () -> union.workWith("not a host", "X"));
        assertThrows(InvalidInput.class, () -> union.workWith("localhost", "X"));
        Instance i = union.workWith("Social.Example.org", "Example Social");
        assertEquals("social.example.org", i.host());
        i.addContact("Ada", "@ada@Social.Example.org", "admin");
        assertEquals("@ada@social.example.org", i.team().get(0).handle());
        assertThrows(RuleViolation.class, () -> i.addContact("Ada again", "@ada@social.example.org", "mod"));
        assertThrows(InvalidInput.class, () -> i.addContact("Bad", "ada@social", "mod"));
        for (int n = 1; n < Instance.MAX_CONTACTS; n++) {
            i.addContact("Mod " + n, "@mod" + n + "@social.example.org", "moderator");
        }
        assertThrows(RuleViolation.class, () -> i.addContact("One too many", "@many@social.example.org", "mod"));
        i.removeContact("@mod3@social.example.org");
        assertEquals(Instance.MAX_CONTACTS - 1, i.team().size());
        assertThrows(RuleViolation.class, () -> i.removeContact("@nobody@social.example.org"));
    }
}
