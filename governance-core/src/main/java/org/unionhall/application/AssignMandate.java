package org.unionhall.application;

import java.time.LocalDate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.ScopeKind;

/**
 * A steward's instruction to give a member a role for a term.
 *
 * @param role the role (delegate, steward, treasurer, trustee)
 * @param memberId the member who will hold it (string form of a member id)
 * @param scopeKind chapter or union
 * @param scopeSlug the slug of that chapter or union
 * @param termStart first day of the term
 * @param termEnd last day of the term (the mandate ends after this day)
 * @param reason why, e.g. "Elected at the chapter meeting of 3 March"; kept in the audit trail
 */
public record AssignMandate(MandateRole role, String memberId, ScopeKind scopeKind, String scopeSlug,
                            LocalDate termStart, LocalDate termEnd, String reason) {
}
