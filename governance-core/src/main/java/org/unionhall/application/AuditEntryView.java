package org.unionhall.application;

import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.membership.ScopeKind;

/**
 * One line of the audit trail: who did what, when, why, and where. Never a vote choice.
 *
 * @param id entry id
 * @param at when
 * @param actorId who acted
 * @param actorDisplayName their display name
 * @param action what was done
 * @param subjectId the member the change was about, if any
 * @param subjectDisplayName their display name, if any
 * @param scopeKind chapter or union
 * @param scopeSlug slug of that chapter or union
 * @param scopeName its name
 * @param reason the reason given
 * @param detail a short plain description, e.g. "Delegate, 2026-01-01 to 2027-12-31"
 */
public record AuditEntryView(String id, Instant at, String actorId, String actorDisplayName, AuditAction action,
                             Optional<String> subjectId, Optional<String> subjectDisplayName, ScopeKind scopeKind,
                             String scopeSlug, String scopeName, String reason, String detail) {
}
