package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.unionhall.domain.membership.Instance;
import org.unionhall.domain.membership.Instances;
import org.unionhall.domain.membership.UnionId;

/** Instances in the {@code instance} table. */
@ApplicationScoped
public class JpaInstances extends JpaRepository implements Instances {

    /** For CDI. */
    protected JpaInstances() {
    }

    /** For Java SE use. */
    public JpaInstances(EntityManager em) {
        super(em);
    }

    @Override
    public List<Instance> ofUnion(UnionId union) {
        return em.createQuery("SELECT i FROM Instance i WHERE i.unionId = :u ORDER BY i.host", Instance.class)
                .setParameter("u", union.toString())
                .getResultList();
    }

    @Override
    public void add(Instance instance) {
        persistNow(instance);
    }
}
