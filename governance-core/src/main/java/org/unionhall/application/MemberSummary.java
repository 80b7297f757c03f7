package org.unionhall.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.MembershipStatus;

/**
 * A row of a chapter's member list. Deliberately without the e-mail address: members of a union
 * see each other's names and roles, not their contact details (see docs/privacy.md).
 *
 * @param memberId the member's id
 * @param displayName the name the member chose to show
 * @param status their status in this chapter
 * @param joinedOn the day they were admitted
 * @param roles roles they hold in this chapter or its union today
 */
public record MemberSummary(String memberId, String displayName, MembershipStatus status, LocalDate joinedOn,
                            List<MandateRole> roles) {
    /** Copies the roles. */
    public MemberSummary {
        roles = List.copyOf(roles);
    }

    /** From the member only (see {@link Page#hashCode()}); equal rows still hash alike. */
    @Override
    public int hashCode() {
        return Objects.hashCode(memberId);
    }
}
