package org.unionhall.domain.treasury;

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

    /** The row that resolved this pending transfer (posted, voided or expired it), if any. */
    Optional<Transfer> resolutionOf(TransferId pending);

    /** The reversal that corrects this transfer, if any. */
    Optional<Transfer> correctionOf(TransferId transfer);
}
