package org.unionhall.application;

import org.unionhall.domain.membership.MandateId;

/**
 * Assigning and ending mandates. A chapter-scoped mandate needs a steward of that chapter or its
 * union; a union-scoped mandate needs a steward of the union. Nobody assigns a mandate to
 * themselves. Every change writes an audit entry.
 *
 * <p>Errors: {@link org.unionhall.domain.shared.NotFound}, {@link org.unionhall.domain.shared.AccessDenied},
 * {@link org.unionhall.domain.shared.RuleViolation} (no free delegate seat, no active membership,
 * overlapping mandate of the same role, role not allowed in that scope),
 * {@link org.unionhall.domain.shared.InvalidInput} (missing values, term end before start).
 */
public interface MandateService {

    /** Gives a member a role for a term. */
    MandateView assign(Actor actor, AssignMandate command);

    /**
     * Ends a mandate today, before its term's end. A steward of its scope may end any mandate
     * there; a holder may step down from their own.
     */
    MandateView end(Actor actor, MandateId mandate, String reason);
}
