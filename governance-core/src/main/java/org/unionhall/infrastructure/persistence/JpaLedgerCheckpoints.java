package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.treasury.LedgerCheckpoint;
import org.unionhall.domain.treasury.LedgerCheckpoints;
import org.unionhall.domain.treasury.LedgerId;

/** Signed checkpoints in {@code ledger_checkpoint} and its trial balance lines. */
@ApplicationScoped
public class JpaLedgerCheckpoints extends JpaRepository implements LedgerCheckpoints {

    /** For CDI. */
    protected JpaLedgerCheckpoints() {
    }

    /** For plain Java SE use (tests, tools). */
    public JpaLedgerCheckpoints(EntityManager em) {
        super(em);
    }

    @Override
    public void add(LedgerCheckpoint checkpoint) {
        persistNow(checkpoint);
    }

    @Override
    public Optional<LedgerCheckpoint> latest(LedgerId ledger) {
        return first(em.createQuery("SELECT c FROM LedgerCheckpoint c WHERE c.ledgerId = :ledger "
                + "ORDER BY c.takenAt DESC, c.transferCount DESC", LedgerCheckpoint.class)
                .setParameter("ledger", ledger.toString()));
    }

    @Override
    public List<LedgerCheckpoint> of(LedgerId ledger) {
        return em.createQuery("SELECT c FROM LedgerCheckpoint c WHERE c.ledgerId = :ledger "
                + "ORDER BY c.takenAt, c.transferCount", LedgerCheckpoint.class)
                .setParameter("ledger", ledger.toString()).getResultList();
    }
}
