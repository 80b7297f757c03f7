package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.treasury.Contribution;
import org.unionhall.domain.treasury.Contributions;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.Pledge;
import org.unionhall.domain.treasury.PledgeId;
import org.unionhall.domain.treasury.TransferId;

/** Contributions and pledges in the tables of V83. */
@ApplicationScoped
public class JpaContributions extends JpaRepository implements Contributions {

    /** For CDI. */
    protected JpaContributions() {
    }

    /** For plain Java SE use (tests, tools). */
    public JpaContributions(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Contribution> find(TransferId transfer) {
        return Optional.ofNullable(em.find(Contribution.class, transfer.toString()));
    }

    @Override
    public void add(Contribution contribution) {
        persistNow(contribution);
    }

    @Override
    public List<Contribution> ofUnion(UnionId union, int offset, int limit) {
        return em.createQuery("SELECT c FROM Contribution c WHERE c.unionId = :union "
                        + "ORDER BY c.receivedOn DESC, c.recordedAt DESC, c.transferId", Contribution.class)
                .setParameter("union", union.toString()).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOfUnion(UnionId union) {
        return em.createQuery("SELECT COUNT(c) FROM Contribution c WHERE c.unionId = :union", Long.class)
                .setParameter("union", union.toString()).getSingleResult();
    }

    @Override
    public List<Contribution> ofMember(UnionId union, MemberId member) {
        return em.createQuery("SELECT c FROM Contribution c WHERE c.unionId = :union AND c.giver.memberId = :member "
                        + "ORDER BY c.receivedOn DESC, c.recordedAt DESC, c.transferId", Contribution.class)
                .setParameter("union", union.toString()).setParameter("member", member.toString()).getResultList();
    }

    @Override
    public List<Contribution> publiclyNamed(UnionId union) {
        return em.createQuery("SELECT c FROM Contribution c WHERE c.unionId = :union AND c.publicName IS NOT NULL "
                        + "ORDER BY c.receivedOn DESC, c.recordedAt DESC, c.transferId", Contribution.class)
                .setParameter("union", union.toString()).getResultList();
    }

    @Override
    public List<DayTotal> totals(UnionId union) {
        List<Object[]> rows = em.createQuery("SELECT c.fundId, c.receivedOn, SUM(c.amount), COUNT(c) "
                        + "FROM Contribution c WHERE c.unionId = :union GROUP BY c.fundId, c.receivedOn "
                        + "ORDER BY c.receivedOn, c.fundId", Object[].class)
                .setParameter("union", union.toString()).getResultList();
        return rows.stream().map(r -> new DayTotal(LedgerAccountId.of((String) r[0]), (LocalDate) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    @Override
    public long paidTo(PledgeId pledge, LocalDate from, LocalDate until) {
        Number sum = em.createQuery("SELECT SUM(c.amount) FROM Contribution c WHERE c.pledgeId = :pledge "
                        + "AND c.receivedOn >= :from AND c.receivedOn < :until", Number.class)
                .setParameter("pledge", pledge.toString()).setParameter("from", from).setParameter("until", until)
                .getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    @Override
    public void addPledge(Pledge pledge) {
        persistNow(pledge);
    }

    @Override
    public Optional<Pledge> pledge(PledgeId id) {
        return Optional.ofNullable(em.find(Pledge.class, id.toString()));
    }

    @Override
    public List<Pledge> activePledges(UnionId union) {
        return em.createQuery("SELECT p FROM Pledge p WHERE p.unionId = :union AND p.cancelledAt IS NULL "
                + "ORDER BY p.madeAt, p.id", Pledge.class).setParameter("union", union.toString()).getResultList();
    }

    @Override
    public List<Pledge> pledgesOf(UnionId union, MemberId member) {
        return em.createQuery("SELECT p FROM Pledge p WHERE p.unionId = :union AND p.giver.memberId = :member "
                        + "ORDER BY p.madeAt DESC, p.id", Pledge.class)
                .setParameter("union", union.toString()).setParameter("member", member.toString()).getResultList();
    }
}
