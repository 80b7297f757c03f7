package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.treasury.BudgetRound;
import org.unionhall.domain.treasury.BudgetRoundId;
import org.unionhall.domain.treasury.BudgetRoundStatus;
import org.unionhall.domain.treasury.BudgetRounds;

/** Participatory budgets in the tables of V87. */
@ApplicationScoped
public class JpaBudgetRounds extends JpaRepository implements BudgetRounds {

    /** For CDI. */
    protected JpaBudgetRounds() {
    }

    /** For plain Java SE use (tests, tools). */
    public JpaBudgetRounds(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<BudgetRound> find(BudgetRoundId id) {
        return Optional.ofNullable(em.find(BudgetRound.class, id.toString()));
    }

    @Override
    public Optional<BudgetRound> lock(BudgetRoundId id) {
        BudgetRound round = em.find(BudgetRound.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (round != null) {
            em.refresh(round, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(round);
    }

    @Override
    public void add(BudgetRound round) {
        persistNow(round);
    }

    @Override
    public List<BudgetRound> ofUnion(UnionId union) {
        return em.createQuery("SELECT b FROM BudgetRound b WHERE b.unionId = :union ORDER BY b.createdAt DESC, b.id",
                BudgetRound.class).setParameter("union", union.toString()).getResultList();
    }

    @Override
    public List<BudgetRound> voting() {
        return em.createQuery("SELECT b FROM BudgetRound b WHERE b.status = :voting ORDER BY b.createdAt, b.id",
                BudgetRound.class).setParameter("voting", BudgetRoundStatus.VOTING).getResultList();
    }
}
