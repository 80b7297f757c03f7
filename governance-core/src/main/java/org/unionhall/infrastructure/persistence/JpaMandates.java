package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateId;
import org.unionhall.domain.membership.Mandates;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;

/** Mandates in the {@code mandate} table. */
@ApplicationScoped
public class JpaMandates extends JpaRepository implements Mandates {

    /** For CDI. */
    protected JpaMandates() {
    }

    /** For Java SE use. */
    public JpaMandates(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Mandate> find(MandateId id) {
        return Optional.ofNullable(em.find(Mandate.class, id.toString()));
    }

    @Override
    public List<Mandate> ofChapter(ChapterId chapter) {
        return em.createQuery("SELECT m FROM Mandate m WHERE m.chapterId = :c ORDER BY m.termStart, m.id",
                        Mandate.class)
                .setParameter("c", chapter.toString())
                .getResultList();
    }

    @Override
    public List<Mandate> ofUnion(UnionId union) {
        return em.createQuery("SELECT m FROM Mandate m WHERE m.unionId = :u AND m.chapterId IS NULL "
                        + "ORDER BY m.termStart, m.id", Mandate.class)
                .setParameter("u", union.toString())
                .getResultList();
    }

    @Override
    public List<Mandate> ofMember(MemberId member) {
        return em.createQuery("SELECT m FROM Mandate m WHERE m.memberId = :m ORDER BY m.termStart, m.id",
                        Mandate.class)
                .setParameter("m", member.toString())
                .getResultList();
    }

    @Override
    public List<Mandate> ofMembersInUnion(Collection<MemberId> members, UnionId union) {
        if (members.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Mandate m WHERE m.unionId = :u AND m.memberId IN :m", Mandate.class)
                .setParameter("u", union.toString())
                .setParameter("m", members.stream().map(MemberId::toString).distinct().toList())
                .getResultList();
    }

    @Override
    public void add(Mandate mandate) {
        persistNow(mandate);
    }
}
