package org.unionhall.application.treasury;

import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.LedgerAccount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.LedgerCheckpoint;
import org.unionhall.domain.treasury.Transfer;
import org.unionhall.domain.treasury.TransferKind;

/** How ledger rows, accounts and checkpoints are shown and described in the audit trail. */
final class LedgerWords {
    private final Currency currency;
    private final Map<LedgerAccountId, LedgerAccount> accounts;

    /** @param accounts the ledger's accounts, for their names */
    LedgerWords(Currency currency, List<LedgerAccount> accounts) {
        this.currency = currency;
        this.accounts = accounts.stream().collect(Collectors.toMap(LedgerAccount::id, Function.identity()));
    }

    static LedgerAccountView account(LedgerAccount a, Currency currency) {
        long balance = a.balances().posted(a.kind().normalSide());
        return new LedgerAccountView(a.id().toString(), a.kind(), a.name(), balance,
                a.balances().available(a.kind().normalSide()), money(balance, currency), a.balances());
    }

    static CheckpointView checkpoint(LedgerCheckpoint c) {
        return new CheckpointView(c.ledgerId().toString(), c.transferCount(), c.headHash(), c.takenAt(),
                HexFormat.of().formatHex(c.statement().bytes()), c.publicKey(), c.signature());
    }

    static String money(long minorUnits, Currency currency) {
        return (minorUnits < 0 ? "-" + Amount.decimal(-minorUnits, currency) : Amount.decimal(minorUnits, currency))
                + " " + currency.getCurrencyCode();
    }

    TransferView transfer(Transfer t) {
        return new TransferView(t.id().toString(), t.sequence(), t.kind(), t.debitAccount().toString(),
                name(t.debitAccount()), t.creditAccount().toString(), name(t.creditAccount()), t.amount(),
                money(t.amount(), currency), t.pending().map(Object::toString), t.corrects().map(Object::toString),
                t.timeout().map(d -> d.getSeconds()), t.expiresAt(), t.linked(), t.reference(), t.recordedAt(),
                t.previousHash(), t.hash());
    }

    /** The audit action that records the row. */
    static AuditAction action(Transfer t) {
        return switch (t.kind()) {
            case POSTED -> t.corrects().isPresent() ? AuditAction.TRANSFER_REVERSED : AuditAction.TRANSFER_POSTED;
            case PENDING -> AuditAction.TRANSFER_RESERVED;
            case POST_PENDING -> AuditAction.RESERVATION_POSTED;
            case VOID_PENDING -> AuditAction.RESERVATION_VOIDED;
            case EXPIRE_PENDING -> AuditAction.RESERVATION_EXPIRED;
        };
    }

    /**
     * The audit entry's words for the row: funds and the bank account by name, contributors and
     * payees by their kind only, so that the trail names no person the ledger may one day forget.
     */
    String detail(Transfer t) {
        String verb = t.kind() == TransferKind.POSTED && t.corrects().isPresent() ? "Reversed"
                : switch (t.kind()) {
                    case POSTED -> "Posted";
                    case PENDING -> "Reserved";
                    case POST_PENDING -> "Posted from a reservation";
                    case VOID_PENDING -> "Voided a reservation of";
                    case EXPIRE_PENDING -> "A reservation expired:";
                };
        return verb + " " + money(t.amount(), currency) + " from " + described(t.debitAccount()) + " to "
                + described(t.creditAccount()) + " (transfer " + t.id()
                + t.corrects().map(c -> ", correcting " + c).orElse("")
                + t.pending().map(p -> ", of reservation " + p).orElse("") + ")";
    }

    private String name(LedgerAccountId id) {
        return Optional.ofNullable(accounts.get(id)).map(LedgerAccount::name).orElse("");
    }

    private String described(LedgerAccountId id) {
        LedgerAccount account = accounts.get(id);
        if (account == null) {
            return "an account";
        }
        return switch (account.kind()) {
            case FUND, BANK -> Check.abbreviate(account.name());
            case CONTRIBUTOR -> "a contributor";
            case PAYEE -> "a payee";
        };
    }

    /** Whether an account of this kind may be opened by a treasurer (the bank account comes with the ledger). */
    static boolean openable(AccountKind kind) {
        return kind != AccountKind.BANK;
    }
}
