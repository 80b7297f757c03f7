package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.unionhall.domain.membership.ChapterId;

/**
 * Reads a chapter's roster in a new transaction of the container's, beside the request's: the
 * request may have written memberships it has not committed (and may yet roster back), which must
 * never reach the roster that every request shares.
 */
@ApplicationScoped
public class JpaRosterReader implements RosterReader {
    @PersistenceContext(unitName = "unionhall")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Roster read(ChapterId chapter) {
        return Roster.read(em, chapter);
    }
}
