package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
        return ofMember(em, member);
    }

    /** The member's mandates, read with the given entity manager. */
    static List<Mandate> ofMember(EntityManager em, MemberId member) {
        return em.createQuery("SELECT m FROM Mandate m WHERE m.memberId = :m ORDER BY m.termStart, m.id",
                        Mandate.class)
                .setParameter("m", member.toString())
                .getResultList();
    }

    /** Every mandate that can be held in the chapter: its own and its union's, of any term. */
    static List<Mandate> heldIn(EntityManager em, UnionId union, ChapterId chapter) {
        return em.createQuery("SELECT m FROM Mandate m WHERE m.unionId = :u "
                        + "AND (m.chapterId IS NULL OR m.chapterId = :c)", Mandate.class)
                .setParameter("u", union.toString())
                .setParameter("c", chapter.toString())
                .getResultList();
    }

    @Override
    public void add(Mandate mandate) {
        persistNow(mandate);
    }
}
