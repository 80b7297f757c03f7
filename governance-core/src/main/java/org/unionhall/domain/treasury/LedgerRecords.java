package org.unionhall.domain.treasury;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Ledger} looks up while it records: its accounts and the rows already written.
 * The JPA repository answers from the database (inside the transaction that holds the ledger's
 * lock); tests answer from memory.
 */
public interface LedgerRecords {

    /** The account with this id, in whichever ledger it is. */
    Optional<LedgerAccount> account(LedgerAccountId id);

    /** The row with this id, in whichever ledger it is. */
    Optional<Transfer> transfer(TransferId id);

    /**
     * The accounts among these ids that exist, in whichever ledger: what a batch's orders name,
     * looked up at once (the database answers in one query, not one per account).
     */
    default Map<LedgerAccountId, LedgerAccount> accounts(Collection<LedgerAccountId> ids) {
        Map<LedgerAccountId, LedgerAccount> found = new HashMap<>();
        ids.forEach(id -> account(id).ifPresent(account -> found.put(id, account)));
        return found;
    }

    /**
     * The rows among these ids that exist, in whichever ledger: a batch's ids, looked up at once
     * to tell a retry (the database answers in one query, not one per order).
     */
    default Map<TransferId, Transfer> transfers(Collection<TransferId> ids) {
        Map<TransferId, Transfer> found = new HashMap<>();
        ids.forEach(id -> transfer(id).ifPresent(row -> found.put(id, row)));
        return found;
    }

    /** The row that resolved this pending transfer (posted, voided or expired it), if any. */
    Optional<Transfer> resolutionOf(TransferId pending);

    /** The reversal that corrects this transfer, if any. */
    Optional<Transfer> correctionOf(TransferId transfer);
}
