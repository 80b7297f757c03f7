package org.unionhall.application;

import java.time.LocalDate;
import java.util.Optional;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.ScopeKind;

/**
 * A role held for a term.
 *
 * @param id mandate id
 * @param role the role
 * @param memberId the holder's id
 * @param memberDisplayName the holder's display name
 * @param scopeKind chapter or union
 * @param scopeSlug slug of that chapter or union
 * @param scopeName name of that chapter or union
 * @param termStart first day
 * @param termEnd last day of the term as assigned
 * @param endedEarlyOn the day it was ended before the term's end, if it was
 * @param endReason why it was ended early, if it was
 * @param active whether it is in force today
 */
public record MandateView(String id, MandateRole role, String memberId, String memberDisplayName,
                          ScopeKind scopeKind, String scopeSlug, String scopeName, LocalDate termStart,
                          LocalDate termEnd, Optional<LocalDate> endedEarlyOn, Optional<String> endReason,
                          boolean active) {
}
