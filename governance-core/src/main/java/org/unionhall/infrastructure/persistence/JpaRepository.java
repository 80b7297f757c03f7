package org.unionhall.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Shared plumbing of the JPA repositories: the entity manager and small query helpers. */
abstract class JpaRepository {
    @PersistenceContext(unitName = "unionhall")
    protected EntityManager em;

    /** For CDI. */
    protected JpaRepository() {
    }

    /** For plain Java SE use (tests, tools). */
    protected JpaRepository(EntityManager em) {
        this.em = em;
    }

    static <T> Optional<T> first(TypedQuery<T> query) {
        List<T> rows = query.setMaxResults(1).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Persists and flushes, so a unique-constraint refusal surfaces inside the service call. */
    void persistNow(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
