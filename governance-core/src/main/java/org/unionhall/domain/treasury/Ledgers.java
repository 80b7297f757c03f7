package org.unionhall.domain.treasury;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;

/**
 * Every ledger, its accounts and its rows. Rows are only ever added ({@link #append}); nothing
 * here changes or removes one. Whoever records takes the ledger's lock first ({@link #lock}) and
 * reads accounts and rows through this repository afterwards, so that two recordings on one
 * ledger run one after the other, on every node.
 */
public interface Ledgers extends LedgerRecords {

    /** The ledger with this id. */
    Optional<Ledger> find(LedgerId id);

    /** The union's ledger. */
    Optional<Ledger> ofUnion(UnionId union);

    /** The federation's ledger. */
    Optional<Ledger> ofFederation(FederationId federation);

    /** Every ledger, oldest first. */
    List<Ledger> all();

    /**
     * The ledger, with its row locked until the transaction ends ({@code SELECT … FOR UPDATE}):
     * every write of its accounts and rows happens under this lock.
     */
    Optional<Ledger> lock(LedgerId id);

    /** The union's ledger, with its row locked as {@link #lock} does: one statement. */
    Optional<Ledger> lockOfUnion(UnionId union);

    /** Stores a new ledger and its first accounts. */
    void add(Ledger ledger, List<LedgerAccount> accounts);

    /** Stores a new account of a ledger. */
    void addAccount(LedgerAccount account);

    /** The ledger's accounts, in the order they were opened. */
    List<LedgerAccount> accounts(LedgerId ledger);

    /**
     * Stores new rows, in their order, and adds what they move into and out of funds to their
     * months' sums ({@link MonthlyFlow#of}), which {@link #monthlyFlows} reads. The caller holds
     * the ledger's lock.
     */
    void append(List<Transfer> rows);

    /**
     * Reads every row of the ledger in order, a page at a time, without keeping them in the
     * persistence context (a ledger may hold millions).
     */
    void forEachRow(LedgerId ledger, Consumer<Transfer> reader);

    /** A page of the ledger's rows, newest first. */
    List<Transfer> newest(LedgerId ledger, int offset, int limit);

    /**
     * Money that moved for good into the ledger's funds (from contributors or the bank) and out of
     * them (to payees or the bank), month by month in UTC, from {@code since} on: what a fund page
     * charts. Reservations count only once posted. Read from the sums {@link #append} keeps, so it
     * costs the same however many rows the ledger holds; {@code since} counts from its month's start.
     */
    List<MonthlyFlow> monthlyFlows(LedgerId ledger, Instant since);

    /**
     * Pending transfers whose timeout ran out by {@code now} and that nothing resolved yet, in the
     * order they expire, at most {@code limit}.
     */
    List<Transfer> dueToExpire(Instant now, int limit);
}
