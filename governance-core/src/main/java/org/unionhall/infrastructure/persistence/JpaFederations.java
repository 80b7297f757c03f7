package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.Federations;

/** Federations in the {@code federation} table. */
@ApplicationScoped
public class JpaFederations extends JpaRepository implements Federations {

    /** For CDI. */
    protected JpaFederations() {
    }

    /** For Java SE use. */
    public JpaFederations(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Federation> find(FederationId id) {
        return Optional.ofNullable(em.find(Federation.class, id.toString()));
    }

    @Override
    public boolean any() {
        return !em.createQuery("SELECT f.id FROM Federation f", String.class).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(Federation federation) {
        persistNow(federation);
    }
}
