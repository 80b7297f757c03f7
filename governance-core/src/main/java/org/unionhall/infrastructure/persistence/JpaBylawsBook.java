package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.BylawsBook;
import org.unionhall.domain.bylaws.BylawsId;
import org.unionhall.domain.bylaws.BylawsStatus;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;

/** Bylaws versions in the {@code bylaws} table. */
@ApplicationScoped
public class JpaBylawsBook extends JpaRepository implements BylawsBook {

    /** For CDI. */
    protected JpaBylawsBook() {
    }

    /** For Java SE use. */
    public JpaBylawsBook(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Bylaws> find(BylawsId id) {
        return Optional.ofNullable(em.find(Bylaws.class, id.toString()));
    }

    @Override
    public Optional<Bylaws> inForceOfUnion(UnionId union) {
        return inForce("union:" + union);
    }

    @Override
    public Optional<Bylaws> inForceOfFederation(FederationId federation) {
        return inForce("federation:" + federation);
    }

    private Optional<Bylaws> inForce(String scopeKey) {
        return first(em.createQuery("SELECT b FROM Bylaws b WHERE b.scopeKey = :k AND b.status = :s", Bylaws.class)
                .setParameter("k", scopeKey)
                .setParameter("s", BylawsStatus.IN_FORCE));
    }

    @Override
    public List<Bylaws> historyOfUnion(UnionId union) {
        return em.createQuery("SELECT b FROM Bylaws b WHERE b.scopeKey = :k AND b.number IS NOT NULL "
                        + "ORDER BY b.number DESC", Bylaws.class)
                .setParameter("k", "union:" + union)
                .getResultList();
    }

    @Override
    public void add(Bylaws bylaws) {
        persistNow(bylaws);
    }
}
