package org.unionhall.application.treasury;

import java.time.Instant;
import org.unionhall.domain.installation.InstallationSigner;
import org.unionhall.domain.treasury.CheckpointStatement;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.LedgerCheckpoint;
import org.unionhall.domain.treasury.LedgerCheckpoints;
import org.unionhall.domain.treasury.Ledgers;

/** Signing a ledger's checkpoint, the same on request and on schedule. */
final class Checkpointing {

    private Checkpointing() {
    }

    /**
     * Signs and stores a checkpoint of the ledger's head and trial balance.
     *
     * @param ledger the ledger, with its row locked, so head and balances are of one moment
     */
    static LedgerCheckpoint sign(Ledger ledger, Ledgers ledgers, LedgerCheckpoints checkpoints,
                                 InstallationSigner signer, Instant now) {
        CheckpointStatement statement = ledger.statement(ledgers.accounts(ledger.id()), now);
        LedgerCheckpoint checkpoint = new LedgerCheckpoint(statement, signer.publicKey(),
                signer.sign(statement.bytes()));
        checkpoints.add(checkpoint);
        return checkpoint;
    }
}
