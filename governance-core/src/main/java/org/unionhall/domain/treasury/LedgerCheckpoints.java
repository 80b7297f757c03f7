package org.unionhall.domain.treasury;

import java.util.List;
import java.util.Optional;

/** The signed checkpoints of every ledger; only ever added. */
public interface LedgerCheckpoints {

    /** Stores a new checkpoint. */
    void add(LedgerCheckpoint checkpoint);

    /** The ledger's latest checkpoint. */
    Optional<LedgerCheckpoint> latest(LedgerId ledger);

    /** All of the ledger's checkpoints, oldest first. */
    List<LedgerCheckpoint> of(LedgerId ledger);
}
