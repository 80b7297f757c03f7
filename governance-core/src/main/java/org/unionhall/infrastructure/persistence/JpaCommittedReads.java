package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** Reads committed rows in a new transaction of the container's, beside the request's. */
@ApplicationScoped
public class JpaCommittedReads implements CommittedReads {
    @PersistenceContext(unitName = "unionhall")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T read(Function<EntityManager, T> reading) {
        return reading.apply(em);
    }
}
