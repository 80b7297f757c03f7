package org.unionhall.application.treasury;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Instance;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantRequest;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.LedgerAccount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.Recording;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * Where the treasury's services find a union and its ledger by the union's short name, record in
 * it and write their audit entries: one home for the words of "no ledger yet", for taking the
 * ledger's lock before anything recorded is read, for finding funds and payees, and for recording orders, the same for a
 * treasurer's own transfers, a grant's and a contribution's: the ledger decides, the new rows are
 * appended and each gets an audit entry in the union's trail; a retry writes nothing.
 */
final class UnionBooks {
    /** The payee all legal aid is paid to in the ledger, so that the books never name a case. */
    static final String LEGAL_PAYEE = "Legal aid providers";

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

    /** An amount a person typed, in the ledger's currency; an empty one is refused naming the field. */
    static Amount money(String text, Ledger ledger, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field + " is required.");
        }
        return Amount.parse(text.strip(), ledger.currency());
    }

    /** The account of this kind and name in the ledger, if it has one. */
    Optional<LedgerAccountId> account(Ledger ledger, AccountKind kind, String name) {
        return ledgers.accounts(ledger.id()).stream().filter(a -> a.kind() == kind && a.name().equals(name))
                .map(LedgerAccount::id).findFirst();
    }

    /** The fund of this name; a ledger without it is a request for something the union does not hold. */
    LedgerAccountId fund(Ledger ledger, String name) {
        return account(ledger, AccountKind.FUND, name).orElseThrow(() -> new NotFound(
                "The ledger has no fund named " + name + "."));
    }

    /** The payee of this name, opened the first time something is reserved or paid to it. */
    LedgerAccountId payee(Ledger ledger, String name) {
        return account(ledger, AccountKind.PAYEE, name).orElseGet(() -> {
            LedgerAccount opened = ledger.openAccount(AccountKind.PAYEE, name, stores.time().now());
            ledgers.addAccount(opened);
            return opened.id();
        });
    }

    /**
     * Who a grant request is paid to: the instance's moderation team, or for every legal-aid
     * request the pooled {@link #LEGAL_PAYEE}, so that the books never name a case.
     */
    LedgerAccountId payee(Ledger ledger, GrantRequest request) {
        if (request.kind() == GrantKind.LEGAL_AID) {
            return payee(ledger, LEGAL_PAYEE);
        }
        Instance instance = stores.instances().ofUnion(request.unionId(), request.instance().orElseThrow())
                .orElseThrow();
        return payee(ledger, "Moderation team of " + instance.host());
    }

    /** An entry in the union's trail, by the actor, about nobody in particular. */
    void audit(Actor actor, AuditAction action, Union union, String detail) {
        audit(Optional.of(actor.memberId()), action, union, detail);
    }

    /** An entry in the union's trail, by Unionhall's timer, about nobody in particular. */
    void auditByUnionhall(AuditAction action, Union union, String detail) {
        audit(Optional.empty(), action, union, detail);
    }

    private void audit(Optional<MemberId> by, AuditAction action, Union union, String detail) {
        stores.audit().append(new AuditEntry(by, action, Optional.empty(), union.id(), Optional.empty(), "", detail,
                stores.time().now()));
    }

    /**
     * Records the orders as one linked batch.
     *
     * @param ledger the union's ledger, with its row locked
     * @param actor who recorded them
     */
    RecordedTransfers record(Union union, Ledger ledger, MemberId actor, List<TransferOrder> orders) {
        return record(union, ledger, Optional.of(actor), orders);
    }

    /** Records the orders as one linked batch, by Unionhall's timer ({@link #record(Union, Ledger, MemberId, List)}). */
    RecordedTransfers recordByUnionhall(Union union, Ledger ledger, List<TransferOrder> orders) {
        return record(union, ledger, Optional.empty(), orders);
    }

    private RecordedTransfers record(Union union, Ledger ledger, Optional<MemberId> actor, List<TransferOrder> orders) {
        Instant now = stores.time().now();
        Recording recording = ledger.record(orders, ledgers, now);
        LedgerWords words = new LedgerWords(ledger.currency(), recording.transfers().stream()
                .flatMap(row -> Stream.of(row.debitAccount(), row.creditAccount())).distinct()
                .map(id -> ledgers.account(id).orElseThrow()).toList());
        if (!recording.retry()) {
            ledgers.append(recording.transfers());
            stores.audit().appendAll(recording.transfers().stream().map(row -> new AuditEntry(actor,
                    LedgerWords.action(row), Optional.empty(), union.id(), Optional.empty(), "", words.detail(row),
                    now)).toList());
        }
        return new RecordedTransfers(recording.transfers().stream().map(words::transfer).toList(),
                recording.retry());
    }
}
