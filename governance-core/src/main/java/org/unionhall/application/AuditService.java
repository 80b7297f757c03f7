package org.unionhall.application;

import org.unionhall.domain.membership.ScopeKind;

/**
 * The audit trail of membership and mandate changes. A chapter's trail is readable by stewards
 * of that chapter and of its union; a union's trail (which includes all its chapters) by stewards
 * of the union.
 */
public interface AuditService {

    /**
     * A page of the trail of one scope, newest first.
     *
     * @param scopeKind chapter or union
     * @param scopeSlug the slug of that chapter or union
     * @param page zero-based page number
     * @param size rows per page, 1..{@value Page#MAX_SIZE}
     */
    Page<AuditEntryView> trail(Actor actor, ScopeKind scopeKind, String scopeSlug, int page, int size);
}
