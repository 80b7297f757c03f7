package org.unionhall.application.treasury;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unionhall.application.Stores;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.installation.InstallationSigner;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.LedgerCheckpoint;
import org.unionhall.domain.treasury.LedgerCheckpoints;
import org.unionhall.domain.treasury.LedgerId;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.Transfer;

/**
 * Expiring reservations and signing scheduled checkpoints, for every ledger, in one transaction
 * per call; each ledger is locked while it is written, as a treasurer's recording locks it. The
 * audit entries of a union's ledger name no actor (the installation acted); a federation's
 * ledger has no union trail, so its expiries are in its rows only.
 */
@ApplicationScoped
@Transactional
public class DefaultLedgerUpkeep implements LedgerUpkeep {
    /** The most reservations one call expires; the next tick takes the rest. */
    static final int BATCH = 500;

    private Stores stores;
    private Ledgers ledgers;
    private LedgerCheckpoints checkpoints;
    private InstallationSigner signer;

    /** For CDI's proxy. */
    protected DefaultLedgerUpkeep() {
    }

    /**
     * @param stores the audit trail and the clock
     * @param ledgers the ledgers, accounts and rows
     * @param checkpoints the signed checkpoints
     * @param signer the installation's key
     */
    @Inject
    public DefaultLedgerUpkeep(Stores stores, Ledgers ledgers, LedgerCheckpoints checkpoints,
                               InstallationSigner signer) {
        this.stores = stores;
        this.ledgers = ledgers;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    @Override
    public int expireDue() {
        Instant now = stores.time().now();
        Map<LedgerId, List<Transfer>> due = ledgers.dueToExpire(now, BATCH).stream()
                .collect(Collectors.groupingBy(Transfer::ledgerId));
        int expired = 0;
        for (Map.Entry<LedgerId, List<Transfer>> entry : due.entrySet()) {
            Ledger ledger = ledgers.lock(entry.getKey()).orElseThrow();
            List<Transfer> rows = ledger.expire(entry.getValue(), ledgers, now);
            ledgers.append(rows);
            expired += rows.size();
            if (!rows.isEmpty() && ledger.unionId().isPresent()) {
                LedgerWords words = new LedgerWords(ledger.currency(), ledgers.accounts(ledger.id()));
                for (Transfer row : rows) {
                    stores.audit().append(new AuditEntry(Optional.empty(), AuditAction.RESERVATION_EXPIRED,
                            Optional.empty(), ledger.unionId().get(), Optional.empty(), "", words.detail(row), now));
                }
            }
        }
        return expired;
    }

    @Override
    public int checkpointDue(Duration every) {
        Instant now = stores.time().now();
        int written = 0;
        for (Ledger candidate : ledgers.all()) {
            Optional<LedgerCheckpoint> latest = checkpoints.latest(candidate.id());
            boolean moved = latest.map(c -> c.transferCount() != candidate.transferCount())
                    .orElse(candidate.transferCount() > 0);
            boolean old = latest.map(c -> !c.takenAt().plus(every).isAfter(now)).orElse(true);
            if (moved && old) {
                Ledger ledger = ledgers.lock(candidate.id()).orElseThrow();
                LedgerCheckpoint checkpoint = Checkpointing.sign(ledger, ledgers, checkpoints, signer, now);
                written++;
                ledger.unionId().ifPresent(union -> stores.audit().append(new AuditEntry(Optional.empty(),
                        AuditAction.LEDGER_CHECKPOINT_SIGNED, Optional.empty(), union, Optional.empty(), "",
                        "Signed a scheduled checkpoint at row " + checkpoint.transferCount() + ", head "
                                + checkpoint.headHash().substring(0, 16) + "…", now)));
            }
        }
        return written;
    }
}
