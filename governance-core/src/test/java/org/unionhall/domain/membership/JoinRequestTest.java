package org.unionhall.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.domain.membership.Fixtures.NOW;
import static org.unionhall.domain.membership.Fixtures.TODAY;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

class JoinRequestTest {
    final Chapter chapter = Fixtures.chapter(Fixtures.union(), 2);
    final Member steward = Fixtures.person("Steward Stella");
    final Member person = Fixtures.person("New Nia");

    JoinRequest ask() {
        return chapter.receiveJoinRequest(person.id(), Optional.empty(), Optional.empty(), "Hello", NOW);
    }

    @Test
    void admittingMakesAnActiveMemberJoinedToday() {
        JoinRequest r = ask();
        Membership m = r.admit(steward.id(), " ", person, Optional.empty(), NOW, TODAY);
        assertEquals(MembershipStatus.ACTIVE, m.status());
        assertEquals(TODAY, m.joinedOn());
        assertEquals(JoinRequestStatus.ADMITTED, r.status());
        assertEquals(Optional.of("Admitted"), r.decisionReason());
        assertEquals(Optional.of(steward.id()), r.decidedBy());
    }

    @Test
    void aRequestIsDecidedOnceAndNeverByTheRequester() {
        JoinRequest r = ask();
        assertThrows(RuleViolation.class, () -> r.admit(person.id(), "", person, Optional.empty(), NOW, TODAY));
        assertThrows(RuleViolation.class, () -> r.decline(person.id(), "no", NOW));
        assertThrows(InvalidInput.class, () -> r.decline(steward.id(), "", NOW));
        assertTrue(r.isPending());
        r.decline(steward.id(), "Please tell us your server", NOW);
        assertThrows(RuleViolation.class, () -> r.admit(steward.id(), "", person, Optional.empty(), NOW, TODAY));
        assertThrows(RuleViolation.class, () -> r.decline(steward.id(), "again", NOW));
    }

    @Test
    void someoneWhoLeftIsReadmittedIntoTheSameMembership() {
        Membership old = ask().admit(steward.id(), "", person, Optional.empty(), NOW, TODAY.minusYears(1));
        old.leave(NOW);
        JoinRequest again = chapter.receiveJoinRequest(person.id(), Optional.of(old), Optional.empty(), "", NOW);
        Membership back = again.admit(steward.id(), "Welcome back", person, Optional.of(old), NOW, TODAY);
        assertSame(old, back);
        assertEquals(TODAY, back.joinedOn());
        assertEquals(3, back.history().size());
    }

    @Test
    void anOverlongNoteIsRefused() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> chapter.receiveJoinRequest(person.id(),
                Optional.empty(), Optional.empty(), "x".repeat(JoinRequest.MAX_NOTE + 1), NOW));
        assertTrue(e.getMessage().contains("at most 1000"));
    }
}
