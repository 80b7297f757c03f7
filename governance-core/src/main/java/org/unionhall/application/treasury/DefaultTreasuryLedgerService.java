package org.unionhall.application.treasury;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.Stores;
import org.unionhall.application.UniqueRule;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.installation.InstallationSigner;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.LedgerAccount;
import org.unionhall.domain.treasury.LedgerCheckpoint;
import org.unionhall.domain.treasury.LedgerCheckpoints;
import org.unionhall.domain.treasury.LedgerReport;
import org.unionhall.domain.treasury.LedgerVerifier;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.Transfer;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * The union's ledger for its treasurers and members. Every write locks the ledger's row first and
 * reads the accounts after, so recordings on one ledger run one after another on every node; the
 * domain's {@link Ledger} decides, and the rows, the balances and the audit entries are written in
 * the same transaction. Two treasurers who open the same ledger or account at once get one each
 * way: the unique constraints decide, and the second is told.
 */
@ApplicationScoped
@Transactional
public class DefaultTreasuryLedgerService implements TreasuryLedgerService {
    private Stores stores;
    private Ledgers ledgers;
    private LedgerCheckpoints checkpoints;
    private InstallationSigner signer;
    private UnionBooks books;

    /** For CDI's proxy. */
    protected DefaultTreasuryLedgerService() {
    }

    /**
     * @param stores unions, the audit trail and the clock
     * @param ledgers the ledgers, accounts and rows
     * @param checkpoints the signed checkpoints
     * @param signer the installation's key
     */
    @Inject
    public DefaultTreasuryLedgerService(Stores stores, Ledgers ledgers, LedgerCheckpoints checkpoints,
                                        InstallationSigner signer) {
        this.stores = stores;
        this.ledgers = ledgers;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.books = new UnionBooks(stores, ledgers);
    }

    @Override
    public LedgerView open(Actor actor, String unionSlug, String currencyCode) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        Instant now = stores.time().now();
        Ledger ledger = Ledger.ofUnion(union.id(), Amount.currency(currencyCode), now);
        if (ledgers.ofUnion(union.id()).isPresent()) {
            throw new RuleViolation(union.name() + " has a ledger already.");
        }
        List<LedgerAccount> accounts = ledger.openStandardAccounts(now);
        UniqueRule.store(() -> ledgers.add(ledger, accounts), union.name() + " has a ledger already.");
        books.audit(actor, AuditAction.LEDGER_OPENED, union, "Opened the ledger in " + ledger.currency().getCurrencyCode()
                + " with the funds " + String.join(", ", Ledger.STANDARD_FUNDS) + " and the bank account");
        return view(union, ledger, accounts);
    }

    @Override
    public LedgerAccountView openAccount(Actor actor, String unionSlug, AccountKind kind, String name) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        Check.present(kind, "The kind of account");
        if (!LedgerWords.openable(kind)) {
            throw new RuleViolation("A ledger has one bank account, opened with it.");
        }
        Ledger ledger = books.locked(union);
        LedgerAccount account = ledger.openAccount(kind, name, stores.time().now());
        UniqueRule.store(() -> ledgers.addAccount(account), "The ledger of " + union.name() + " has an account named \""
                + account.name() + "\" already.");
        books.audit(actor, AuditAction.LEDGER_ACCOUNT_OPENED, union, "Opened the " + kind.name().toLowerCase(
                java.util.Locale.ROOT) + " account " + (kind == AccountKind.FUND ? Check.abbreviate(account.name())
                : account.id().toString()));
        return LedgerWords.account(account, ledger.currency());
    }

    @Override
    public TransferView record(Actor actor, String unionSlug, TransferOrder order) {
        Check.present(order, "The transfer");
        return recordLinked(actor, unionSlug, List.of(order)).get(0);
    }

    @Override
    public List<TransferView> recordLinked(Actor actor, String unionSlug, List<TransferOrder> orders) {
        return recordBatch(actor, unionSlug, orders).transfers();
    }

    @Override
    public RecordedTransfers recordBatch(Actor actor, String unionSlug, List<TransferOrder> orders) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        if (orders == null || orders.isEmpty()) {
            throw new InvalidInput("Give at least one transfer to record.");
        }
        return books.record(union, books.locked(union), actor.memberId(), orders);
    }

    @Override
    public LedgerView ledger(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireInsider(union, "its ledger");
        Ledger ledger = books.ledgerOf(union);
        return view(union, ledger, ledgers.accounts(ledger.id()));
    }

    @Override
    public boolean keepsBooks(Actor actor, String unionSlug) {
        return powers(actor).isTreasurerOf(books.union(unionSlug).id());
    }

    @Override
    public Page<TransferView> transfers(Actor actor, String unionSlug, int page, int size) {
        Union union = books.union(unionSlug);
        powers(actor).requireInsider(union, "its ledger");
        Page.checkRequest(page, size);
        Ledger ledger = books.ledgerOf(union);
        LedgerWords words = new LedgerWords(ledger.currency(), ledgers.accounts(ledger.id()));
        List<TransferView> rows = ledgers.newest(ledger.id(), page * size, size).stream().map(words::transfer)
                .toList();
        return new Page<>(rows, page, size, ledger.transferCount());
    }

    @Override
    public LedgerReport verify(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireInsider(union, "its ledger");
        Ledger ledger = books.locked(union);
        LedgerVerifier verifier = new LedgerVerifier(ledger, ledgers.accounts(ledger.id()),
                checkpoints.of(ledger.id()), signer);
        ledgers.forEachRow(ledger.id(), verifier::accept);
        return verifier.finish();
    }

    @Override
    public String journal(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireInsider(union, "its ledger");
        Ledger ledger = books.ledgerOf(union);
        List<Transfer> rows = rowsUpTo(ledger);
        return new LedgerExport(ledger.currency(), ledgers.accounts(ledger.id())).journal(rows, List.of(
                "The ledger of " + union.name() + " (" + union.slug() + "), exported by Unionhall",
                "ledger " + ledger.id() + ", currency " + ledger.currency().getCurrencyCode() + ", " + rows.size()
                        + " rows, head " + (rows.isEmpty() ? ledger.headHash() : rows.get(rows.size() - 1).hash())));
    }

    @Override
    public String csv(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireInsider(union, "its ledger");
        Ledger ledger = books.ledgerOf(union);
        return new LedgerExport(ledger.currency(), ledgers.accounts(ledger.id())).csv(rowsUpTo(ledger));
    }

    /**
     * The accounts the rows move money between, for their names (recording has read them, unless
     * the batch was a retry): not every account of the ledger, whose number grows with its
     * contributors and payees, on every call.
     */
    /** The rows up to the head read first, so that both exports show one moment of the ledger. */
    private List<Transfer> rowsUpTo(Ledger ledger) {
        long count = ledger.transferCount();
        List<Transfer> rows = new java.util.ArrayList<>();
        ledgers.forEachRow(ledger.id(), row -> {
            if (row.sequence() <= count) {
                rows.add(row);
            }
        });
        return rows;
    }

    @Override
    public CheckpointView checkpoint(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        Ledger ledger = books.locked(union);
        LedgerCheckpoint checkpoint = Checkpointing.sign(ledger, ledgers, checkpoints, signer, stores.time().now());
        books.audit(actor, AuditAction.LEDGER_CHECKPOINT_SIGNED, union, "Signed a checkpoint at row "
                + checkpoint.transferCount() + ", head " + checkpoint.headHash().substring(0, 16) + "…");
        return LedgerWords.checkpoint(checkpoint);
    }

    @Override
    public List<CheckpointView> checkpoints(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireInsider(union, "its ledger");
        return checkpoints.of(books.ledgerOf(union).id()).stream().map(LedgerWords::checkpoint).toList();
    }

    private LedgerView view(Union union, Ledger ledger, List<LedgerAccount> accounts) {
        return new LedgerView(ledger.id().toString(), union.slug(), union.name(),
                ledger.currency().getCurrencyCode(), ledger.transferCount(), ledger.headHash(),
                accounts.stream().map(a -> LedgerWords.account(a, ledger.currency())).toList());
    }

    private Powers powers(Actor actor) {
        return actor.powers(stores);
    }
}
