package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.congress.Proxies;
import org.unionhall.domain.congress.Proxy;
import org.unionhall.domain.congress.ProxyId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;

/** Proxies in the {@code congress_proxy} table. */
@ApplicationScoped
public class JpaProxies extends JpaRepository implements Proxies {

    /** For CDI. */
    protected JpaProxies() {
    }

    /** For Java SE use. */
    public JpaProxies(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Proxy> find(ProxyId id) {
        return Optional.ofNullable(em.find(Proxy.class, id.toString()));
    }

    @Override
    public List<Proxy> activeOfUnion(UnionId union) {
        return em.createQuery("SELECT p FROM Proxy p WHERE p.unionId = :u AND p.revokedAt IS NULL "
                        + "ORDER BY p.givenAt, p.id", Proxy.class)
                .setParameter("u", union.toString())
                .getResultList();
    }

    @Override
    public List<Proxy> ofMember(MemberId member) {
        return em.createQuery("SELECT p FROM Proxy p WHERE p.giverId = :m OR p.holderId = :m "
                        + "ORDER BY p.givenAt DESC, p.id", Proxy.class)
                .setParameter("m", member.toString())
                .getResultList();
    }

    @Override
    public void add(Proxy proxy) {
        persistNow(proxy);
    }
}
