package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.membership.Unions;

/** Unions in the {@code trade_union} table. */
@ApplicationScoped
public class JpaUnions extends JpaRepository implements Unions {

    /** For CDI. */
    protected JpaUnions() {
    }

    /** For Java SE use. */
    public JpaUnions(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Union> find(UnionId id) {
        return Optional.ofNullable(em.find(Union.class, id.toString()));
    }

    @Override
    public Optional<Union> findBySlug(String slug) {
        return first(em.createQuery("SELECT u FROM TradeUnion u WHERE u.slug = :slug", Union.class)
                .setParameter("slug", slug));
    }

    @Override
    public List<Union> all() {
        return em.createQuery("SELECT u FROM TradeUnion u ORDER BY u.name, u.id", Union.class).getResultList();
    }

    @Override
    public void add(Union union) {
        persistNow(union);
    }
}
