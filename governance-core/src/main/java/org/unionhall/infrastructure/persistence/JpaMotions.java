package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.motion.Motions;

/** Motions in the {@code motion} table, with their seconds and history. */
@ApplicationScoped
public class JpaMotions extends JpaRepository implements Motions {

    /** For CDI. */
    protected JpaMotions() {
    }

    /** For Java SE use. */
    public JpaMotions(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Motion> find(MotionId id) {
        return Optional.ofNullable(em.find(Motion.class, id.toString()));
    }

    @Override
    public List<Motion> ofUnion(UnionId union) {
        return em.createQuery("SELECT m FROM Motion m WHERE m.unionId = :u AND m.scope = :s AND m.parentId IS NULL "
                        + "ORDER BY m.createdAt DESC, m.id", Motion.class)
                .setParameter("u", union.toString())
                .setParameter("s", MotionScope.UNION)
                .getResultList();
    }

    @Override
    public List<Motion> ofChapter(ChapterId chapter) {
        return em.createQuery("SELECT m FROM Motion m WHERE m.chapterId = :c AND m.parentId IS NULL "
                        + "ORDER BY m.createdAt DESC, m.id", Motion.class)
                .setParameter("c", chapter.toString())
                .getResultList();
    }

    @Override
    public List<Motion> ofFederation(FederationId federation) {
        return em.createQuery("SELECT m FROM Motion m WHERE m.federationId = :f AND m.scope = :s "
                        + "AND m.parentId IS NULL ORDER BY m.createdAt DESC, m.id", Motion.class)
                .setParameter("f", federation.toString())
                .setParameter("s", MotionScope.FEDERATION)
                .getResultList();
    }

    @Override
    public List<Motion> amendmentsOf(MotionId parent) {
        return em.createQuery("SELECT m FROM Motion m WHERE m.parentId = :p ORDER BY m.createdAt, m.id", Motion.class)
                .setParameter("p", parent.toString())
                .getResultList();
    }

    @Override
    public List<Motion> secondingOverdue(Instant now) {
        return em.createQuery("SELECT m FROM Motion m WHERE m.status = :s AND m.secondsDue < :now", Motion.class)
                .setParameter("s", MotionStatus.SUBMITTED)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<Motion> dueToOpen(Instant now) {
        return em.createQuery("SELECT m FROM Motion m WHERE m.status = :s AND m.votingOpens <= :now", Motion.class)
                .setParameter("s", MotionStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<Motion> votingClosingBetween(Instant from, Instant to) {
        return em.createQuery("SELECT m FROM Motion m WHERE m.status = :s AND m.votingCloses >= :from "
                        + "AND m.votingCloses < :to", Motion.class)
                .setParameter("s", MotionStatus.VOTING)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Motion> awaitingBallot() {
        return em.createQuery("SELECT m FROM Motion m WHERE m.status IN :s AND m.electionId IS NOT NULL "
                        + "ORDER BY m.createdAt, m.id", Motion.class)
                .setParameter("s", List.of(MotionStatus.SCHEDULED, MotionStatus.VOTING))
                .getResultList();
    }

    @Override
    public Optional<Motion> byElection(String electionId) {
        return first(em.createQuery("SELECT m FROM Motion m WHERE m.electionId = :e", Motion.class)
                .setParameter("e", electionId));
    }

    @Override
    public void add(Motion motion) {
        persistNow(motion);
    }

    @Override
    public List<Motion> search(java.util.Collection<UnionId> unions,
                               List<String> words, int limit) {
        if (unions.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT m FROM Motion m WHERE m.unionId IN :u AND m.status <> :draft");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND (LOWER(m.title) LIKE :w").append(i).append(" ESCAPE '!' OR LOWER(m.text) LIKE :w")
                    .append(i).append(" ESCAPE '!')");
        }
        jpql.append(" ORDER BY m.createdAt DESC, m.id");
        jakarta.persistence.TypedQuery<Motion> query = em.createQuery(jpql.toString(), Motion.class)
                .setParameter("u", unions.stream().map(Object::toString).toList())
                .setParameter("draft", MotionStatus.DRAFT);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + JpaComments.like(words.get(i)) + "%");
        }
        return query.setMaxResults(limit).getResultList();
    }
}
