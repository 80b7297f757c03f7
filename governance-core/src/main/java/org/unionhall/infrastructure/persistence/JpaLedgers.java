package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.LedgerAccount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.LedgerId;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.MonthlyFlow;
import org.unionhall.domain.treasury.Transfer;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferKind;

/**
 * Ledgers, accounts and rows in the tables of V80. {@link #lock} is {@code SELECT … FOR UPDATE}
 * on the ledger's row (a pessimistic lock, on H2 as on PostgreSQL), which orders every recording
 * on one ledger. The rows of a batch are inserted in one flush, except that a row resolving or
 * reversing another of the same batch waits for a flush of that one, so it finds it written (the
 * unit of work orders the inserts of one flush as it likes; a flush per row would compare every
 * row the transaction holds, each time).
 */
@ApplicationScoped
public class JpaLedgers extends JpaRepository implements Ledgers {
    private static final int PAGE = 2000;
    /** EclipseLink's hint to overwrite what the persistence context holds with the row read. */
    private static final String REFRESH = "eclipselink.refresh";

    /** For CDI. */
    protected JpaLedgers() {
    }

    /** For plain Java SE use (tests, tools). */
    public JpaLedgers(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Ledger> find(LedgerId id) {
        return Optional.ofNullable(em.find(Ledger.class, id.toString()));
    }

    @Override
    public Optional<Ledger> ofUnion(UnionId union) {
        return first(em.createQuery("SELECT l FROM Ledger l WHERE l.unionId = :union", Ledger.class)
                .setParameter("union", union.toString()));
    }

    @Override
    public Optional<Ledger> ofFederation(FederationId federation) {
        return first(em.createQuery("SELECT l FROM Ledger l WHERE l.federationId = :federation", Ledger.class)
                .setParameter("federation", federation.toString()));
    }

    @Override
    public List<Ledger> all() {
        return em.createQuery("SELECT l FROM Ledger l ORDER BY l.openedAt, l.id", Ledger.class).getResultList();
    }

    @Override
    public Optional<Ledger> lock(LedgerId id) {
        return locked(em.createQuery("SELECT l FROM Ledger l WHERE l.id = :id", Ledger.class)
                .setParameter("id", id.toString()));
    }

    @Override
    public Optional<Ledger> lockOfUnion(UnionId union) {
        return locked(em.createQuery("SELECT l FROM Ledger l WHERE l.unionId = :union", Ledger.class)
                .setParameter("union", union.toString()));
    }

    /**
     * One {@code SELECT … FOR UPDATE}, whose row replaces whatever this transaction read of the
     * ledger before (the head may have moved while it waited for the lock).
     */
    private static Optional<Ledger> locked(TypedQuery<Ledger> query) {
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, "true").getResultList().stream()
                .findFirst();
    }

    @Override
    public void add(Ledger ledger, List<LedgerAccount> accounts) {
        em.persist(ledger);
        em.flush();
        accounts.forEach(em::persist);
        em.flush();
    }

    @Override
    public void addAccount(LedgerAccount account) {
        persistNow(account);
    }

    @Override
    public List<LedgerAccount> accounts(LedgerId ledger) {
        return em.createQuery("SELECT a FROM LedgerAccount a WHERE a.ledgerId = :ledger ORDER BY a.openedAt, a.name",
                LedgerAccount.class).setParameter("ledger", ledger.toString()).getResultList();
    }

    @Override
    public Optional<LedgerAccount> account(LedgerAccountId id) {
        return Optional.ofNullable(em.find(LedgerAccount.class, id.toString()));
    }

    @Override
    public Map<LedgerAccountId, LedgerAccount> accounts(Collection<LedgerAccountId> ids) {
        return em.createQuery("SELECT a FROM LedgerAccount a WHERE a.id IN :ids", LedgerAccount.class)
                .setParameter("ids", ids.stream().map(LedgerAccountId::toString).toList()).getResultStream()
                .collect(Collectors.toMap(LedgerAccount::id, a -> a));
    }

    @Override
    public Optional<Transfer> transfer(TransferId id) {
        return Optional.ofNullable(em.find(Transfer.class, id.toString()));
    }

    /** One query for a batch's ids (at most {@value Ledger#MAX_BATCH}). */
    @Override
    public Map<TransferId, Transfer> transfers(Collection<TransferId> ids) {
        return em.createQuery("SELECT t FROM Transfer t WHERE t.id IN :ids", Transfer.class)
                .setParameter("ids", ids.stream().map(TransferId::toString).toList()).getResultStream()
                .collect(Collectors.toMap(Transfer::id, t -> t));
    }

    @Override
    public Optional<Transfer> resolutionOf(TransferId pending) {
        return first(em.createQuery("SELECT t FROM Transfer t WHERE t.pendingId = :pending", Transfer.class)
                .setParameter("pending", pending.toString()));
    }

    @Override
    public Optional<Transfer> correctionOf(TransferId transfer) {
        return first(em.createQuery("SELECT t FROM Transfer t WHERE t.correctsId = :corrects", Transfer.class)
                .setParameter("corrects", transfer.toString()));
    }

    @Override
    public void append(List<Transfer> rows) {
        Set<TransferId> unwritten = new HashSet<>();
        for (Transfer row : rows) {
            if (row.pending().filter(unwritten::contains).isPresent()
                    || row.corrects().filter(unwritten::contains).isPresent()) {
                em.flush();
                unwritten.clear();
            }
            em.persist(row);
            unwritten.add(row.id());
        }
        em.flush();
        rows.stream().collect(Collectors.groupingBy(Transfer::ledgerId)).forEach((ledger, ofLedger) ->
                MonthlyFlow.of(ofLedger, id -> em.find(LedgerAccount.class, id.toString()).kind())
                        .forEach(flow -> addFlow(ledger, flow)));
    }

    /** Adds to the month's kept sums, or keeps the first of them: the caller holds the ledger's lock. */
    private void addFlow(LedgerId ledger, MonthlyFlow flow) {
        int updated = em.createNativeQuery("UPDATE ledger_month_flow SET money_in = money_in + ?1, "
                        + "money_out = money_out + ?2 WHERE ledger_id = ?3 AND flow_year = ?4 AND flow_month = ?5")
                .setParameter(1, flow.in()).setParameter(2, flow.out()).setParameter(3, ledger.toString())
                .setParameter(4, flow.month().getYear()).setParameter(5, flow.month().getMonthValue())
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO ledger_month_flow (ledger_id, flow_year, flow_month, money_in, "
                            + "money_out) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, ledger.toString()).setParameter(2, flow.month().getYear())
                    .setParameter(3, flow.month().getMonthValue()).setParameter(4, flow.in())
                    .setParameter(5, flow.out()).executeUpdate();
        }
    }

    /**
     * Pages in the order of the unique index (ledger, sequence): ordered by the sequence alone, H2
     * reads and sorts every row after the page's start for each page, which makes reading a
     * ledger quadratic in its rows.
     */
    @Override
    public void forEachRow(LedgerId ledger, Consumer<Transfer> reader) {
        long after = 0;
        while (true) {
            List<Transfer> page = em.createQuery("SELECT t FROM Transfer t WHERE t.ledgerId = :ledger "
                            + "AND t.sequence > :after ORDER BY t.ledgerId, t.sequence", Transfer.class)
                    .setParameter("ledger", ledger.toString()).setParameter("after", after).setMaxResults(PAGE)
                    .getResultList();
            for (Transfer row : page) {
                em.detach(row);
                reader.accept(row);
                after = row.sequence();
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    @Override
    public List<Transfer> newest(LedgerId ledger, int offset, int limit) {
        return em.createQuery("SELECT t FROM Transfer t WHERE t.ledgerId = :ledger ORDER BY t.sequence DESC",
                        Transfer.class)
                .setParameter("ledger", ledger.toString()).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<MonthlyFlow> monthlyFlows(LedgerId ledger, Instant since) {
        YearMonth first = YearMonth.from(since.atZone(ZoneOffset.UTC));
        List<?> rows = em.createNativeQuery("SELECT flow_year, flow_month, money_in, money_out FROM ledger_month_flow "
                        + "WHERE ledger_id = ?1 AND (flow_year > ?2 OR flow_year = ?2 AND flow_month >= ?3) "
                        + "ORDER BY flow_year, flow_month")
                .setParameter(1, ledger.toString()).setParameter(2, first.getYear())
                .setParameter(3, first.getMonthValue()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new MonthlyFlow(YearMonth.of(
                ((Number) r[0]).intValue(), ((Number) r[1]).intValue()), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<Transfer> dueToExpire(Instant now, int limit) {
        return em.createQuery("SELECT t FROM Transfer t WHERE t.kind = :pending AND t.expiresAt <= :now "
                        + "AND NOT EXISTS (SELECT r FROM Transfer r WHERE r.pendingId = t.id) "
                        + "ORDER BY t.expiresAt, t.id", Transfer.class)
                .setParameter("pending", TransferKind.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }
}
