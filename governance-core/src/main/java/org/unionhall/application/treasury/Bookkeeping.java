package org.unionhall.application.treasury;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.unionhall.application.Stores;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.Recording;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * Recording orders in a union's ledger, the same for a treasurer's own transfers and for the
 * transfers a grant request makes: the ledger decides, the new rows are appended and each gets an
 * audit entry in the union's trail; a retry writes nothing.
 */
final class Bookkeeping {

    private Bookkeeping() {
    }

    /**
     * Records the orders as one linked batch.
     *
     * @param ledger the union's ledger, with its row locked
     * @param actor who recorded them
     */
    static RecordedTransfers record(Stores stores, Ledgers ledgers, Union union, Ledger ledger, MemberId actor,
                                    List<TransferOrder> orders) {
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
