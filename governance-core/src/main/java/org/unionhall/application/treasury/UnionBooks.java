package org.unionhall.application.treasury;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.Recording;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * Where the treasury's services find a union and its ledger by the union's short name, record in
 * it and write their audit entries: one home for the words of "no ledger yet", for taking the
 * ledger's lock before anything recorded is read, and for recording orders, the same for a
 * treasurer's own transfers, a grant's and a contribution's: the ledger decides, the new rows are
 * appended and each gets an audit entry in the union's trail; a retry writes nothing.
 */
final class UnionBooks {
    private final Stores stores;
    private final Ledgers ledgers;

    UnionBooks(Stores stores, Ledgers ledgers) {
        this.stores = stores;
        this.ledgers = ledgers;
    }

    Union union(String slug) {
        return stores.union(slug);
    }

    Ledger ledgerOf(Union union) {
        return ledgers.ofUnion(union.id()).orElseThrow(() -> noLedger(union));
    }

    /** The union's ledger with its row locked: taken before any account or row is read. */
    Ledger locked(Union union) {
        return ledgers.lockOfUnion(union.id()).orElseThrow(() -> noLedger(union));
    }

    private static NotFound noLedger(Union union) {
        return new NotFound(union.name() + " has no ledger yet.");
    }

    /** An entry in the union's trail, by the actor, about nobody in particular. */
    void audit(Actor actor, AuditAction action, Union union, String detail) {
        stores.audit().append(new AuditEntry(Optional.of(actor.memberId()), action, Optional.empty(), union.id(),
                Optional.empty(), "", detail, stores.time().now()));
    }

    /**
     * Records the orders as one linked batch.
     *
     * @param ledger the union's ledger, with its row locked
     * @param actor who recorded them
     */
    RecordedTransfers record(Union union, Ledger ledger, MemberId actor, List<TransferOrder> orders) {
        Instant now = stores.time().now();
        Recording recording = ledger.record(orders, ledgers, now);
        LedgerWords words = new LedgerWords(ledger.currency(), recording.transfers().stream()
                .flatMap(row -> Stream.of(row.debitAccount(), row.creditAccount())).distinct()
                .map(id -> ledgers.account(id).orElseThrow()).toList());
        if (!recording.retry()) {
            ledgers.append(recording.transfers());
            stores.audit().appendAll(recording.transfers().stream().map(row -> new AuditEntry(Optional.of(actor),
                    LedgerWords.action(row), Optional.empty(), union.id(), Optional.empty(), "", words.detail(row),
                    now)).toList());
        }
        return new RecordedTransfers(recording.transfers().stream().map(words::transfer).toList(),
                recording.retry());
    }
}
