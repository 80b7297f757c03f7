package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * The double-entry ledger of one union (or of the federation), in one ISO 4217 currency, with the
 * semantics of TigerBeetle: every transfer debits one account and credits another by the same
 * whole number of minor units; transfers are never changed; a client-chosen id makes a retry
 * harmless; a two-phase transfer reserves money (pending) and is later posted (in full or in part),
 * voided, or expired when its timeout runs out; a batch of orders is recorded whole or not at all
 * (linked); a fund never goes below zero, counting its reservations.
 *
 * <p>The ledger is also the head of its hash chain: how many rows it has and the hash of the last.
 * Everything that writes rows goes through {@link #record} or {@link #expire}, while the caller
 * holds the ledger's row lock, so rows are numbered without gaps and each names the one before.
 * Nothing is changed unless every order of the batch is accepted: the legs are worked out on
 * copies of the balances and applied to the accounts only at the end.
 */
@Entity
@Table(name = "ledger")
@Access(AccessType.FIELD)
public class Ledger {
    /** The funds every union's ledger opens with. */
    public static final List<String> STANDARD_FUNDS = List.of("Moderation Labour", "Legal Defence", "General");
    /** The name of the bank account every ledger opens with. */
    public static final String BANK_ACCOUNT = "Bank account";
    /** The most orders one batch may hold. */
    public static final int MAX_BATCH = 1000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", length = 36)
    private String unionId;

    @Column(name = "federation_id", length = 36)
    private String federationId;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "transfer_count", nullable = false)
    private long transferCount;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(name = "head_recorded_at")
    private Instant headRecordedAt;

    @Transient
    private transient LedgerId parsedId;

    /** For JPA only. */
    protected Ledger() {
    }

    private Ledger(UnionId union, FederationId federation, Currency currency, Instant now) {
        this.id = LedgerId.generate().toString();
        this.unionId = union == null ? null : union.toString();
        this.federationId = federation == null ? null : federation.toString();
        this.currency = Amount.currency(currency.getCurrencyCode()).getCurrencyCode();
        this.openedAt = Objects.requireNonNull(now);
        this.transferCount = 0;
        this.headHash = ChainEncoding.GENESIS;
    }

    /** A new, empty ledger of a union. */
    public static Ledger ofUnion(UnionId union, Currency currency, Instant now) {
        return new Ledger(Objects.requireNonNull(union), null, currency, now);
    }

    /** A new, empty ledger of a federation. */
    public static Ledger ofFederation(FederationId federation, Currency currency, Instant now) {
        return new Ledger(null, Objects.requireNonNull(federation), currency, now);
    }

    /**
     * Opens an account of this ledger, with nothing in it.
     *
     * @param name what it is called, 1..{@value LedgerAccount#MAX_NAME} characters
     */
    public LedgerAccount openAccount(AccountKind kind, String name, Instant now) {
        return new LedgerAccount(id(), Objects.requireNonNull(kind, "kind"), name, now);
    }

    /** The accounts a new ledger opens with: the {@link #STANDARD_FUNDS} and the bank account. */
    public List<LedgerAccount> openStandardAccounts(Instant now) {
        List<LedgerAccount> accounts = new ArrayList<>();
        STANDARD_FUNDS.forEach(name -> accounts.add(openAccount(AccountKind.FUND, name, now)));
        accounts.add(openAccount(AccountKind.BANK, BANK_ACCOUNT, now));
        return accounts;
    }

    /**
     * Records a batch of orders, linked: all of them or none. A batch whose every order was
     * recorded before with the same body is a retry and returns the rows first written. An order
     * whose id was used before with another body is refused, and so is a batch of which only some
     * orders were recorded before (a batch is recorded whole, so that cannot be a retry).
     *
     * @param orders 1..{@value #MAX_BATCH} orders with distinct ids; all but the last are linked
     *               to the next
     * @param records the accounts and rows written so far (read under the ledger's lock)
     * @param now the time of recording; a row is never dated before the row before it
     * @throws InvalidInput for a malformed batch or an amount in another currency
     * @throws NotFound for an account or transfer that is not in this ledger
     * @throws RuleViolation for an order the ledger's rules refuse; nothing was changed
     */
    public Recording record(List<TransferOrder> orders, LedgerRecords records, Instant now) {
        if (orders == null || orders.isEmpty()) {
            throw new InvalidInput("Give at least one transfer to record.");
        }
        if (orders.size() > MAX_BATCH) {
            throw new InvalidInput("A batch holds at most " + MAX_BATCH + " transfers.");
        }
        Set<TransferId> ids = new HashSet<>();
        for (TransferOrder order : orders) {
            if (!ids.add(Objects.requireNonNull(order, "order").id())) {
                throw new InvalidInput("Transfer " + order.id() + " appears twice in the batch.");
            }
        }
        Optional<Recording> retry = retry(orders, records);
        if (retry.isPresent()) {
            return retry.get();
        }
        Batch batch = new Batch(records, now);
        batch.lookUpAccounts(orders);
        for (int i = 0; i < orders.size(); i++) {
            TransferOrder order = orders.get(i);
            boolean linked = i < orders.size() - 1;
            try {
                batch.apply(order, linked);
            } catch (DomainException refused) {
                throw orders.size() == 1 ? refused : leg(refused, i + 1, orders.size(), order.id());
            }
        }
        return new Recording(batch.commit(), false);
    }

    /**
     * Expires the pending transfers whose timeout ran out by {@code now} and that nothing resolved
     * yet: each gets a row that releases its reservation. Rows already resolved, of another ledger,
     * or not yet due are left alone, so running it twice writes nothing the second time.
     *
     * @param due pending transfers of this ledger that may be due
     * @return the rows written, oldest pending first
     */
    public List<Transfer> expire(Collection<Transfer> due, LedgerRecords records, Instant now) {
        Batch batch = new Batch(records, now);
        due.stream().sorted(Comparator.comparingLong(Transfer::sequence)).forEach(pending -> {
            if (pending.kind() == TransferKind.PENDING && pending.ledgerId().equals(id())
                    && pending.expiresAt().filter(at -> !batch.at.isBefore(at)).isPresent()
                    && batch.resolution(pending.id()).isEmpty()) {
                batch.release(pending, TransferKind.EXPIRE_PENDING, expiryId(pending.id()), "", false);
            }
        });
        return batch.commit();
    }

    /** The id of the row that expires a pending transfer: derived from its id, the same on every node. */
    public static TransferId expiryId(TransferId pending) {
        return new TransferId(UUID.nameUUIDFromBytes(("unionhall/ledger/expiry/v1:" + pending)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The statement a checkpoint signs: this ledger's head and every account's balances now.
     *
     * @param accounts all accounts of this ledger
     */
    public CheckpointStatement statement(Collection<LedgerAccount> accounts, Instant now) {
        List<CheckpointBalance> balances = accounts.stream()
                .peek(a -> {
                    if (!a.ledgerId().equals(id())) {
                        throw new IllegalArgumentException("an account of another ledger");
                    }
                })
                .map(a -> new CheckpointBalance(a.id(), a.balances())).toList();
        return new CheckpointStatement(id(), currency(), transferCount, headHash, now.truncatedTo(ChronoUnit.MICROS),
                balances);
    }

    private Optional<Recording> retry(List<TransferOrder> orders, LedgerRecords records) {
        Map<TransferId, Transfer> recorded = records.transfers(orders.stream().map(TransferOrder::id).toList());
        List<Transfer> earlier = new ArrayList<>();
        for (int i = 0; i < orders.size() && !recorded.isEmpty(); i++) {
            TransferOrder order = orders.get(i);
            Transfer found = recorded.get(order.id());
            if (found != null) {
                if (!sameBody(order, i < orders.size() - 1, found)) {
                    throw new RuleViolation("Transfer " + order.id() + " was recorded already with other details. "
                            + "A retry must send exactly the same details; a new transfer needs a new id.");
                }
                earlier.add(found);
            }
        }
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (earlier.size() < orders.size()) {
            throw new RuleViolation("Transfer " + earlier.get(0).id() + " was recorded already, but not the rest of "
                    + "this batch. A batch is recorded whole or not at all, so this is no retry; give the new "
                    + "transfers new ids.");
        }
        return Optional.of(new Recording(earlier, true));
    }

    private boolean sameBody(TransferOrder order, boolean linked, Transfer t) {
        if (!t.ledgerId().equals(id()) || t.linked() != linked || !t.reference().equals(order.reference())) {
            return false;
        }
        if (order instanceof TransferOrder.Posted p) {
            return t.kind() == TransferKind.POSTED && t.corrects().isEmpty() && t.debitAccount().equals(p.debit())
                    && t.creditAccount().equals(p.credit()) && sameAmount(p.amount(), t);
        }
        if (order instanceof TransferOrder.Pending p) {
            return t.kind() == TransferKind.PENDING && t.debitAccount().equals(p.debit())
                    && t.creditAccount().equals(p.credit()) && sameAmount(p.amount(), t)
                    && t.timeout().equals(p.timeout());
        }
        if (order instanceof TransferOrder.PostPending p) {
            return t.kind() == TransferKind.POST_PENDING && t.pending().equals(Optional.of(p.pending()))
                    && p.amount().map(a -> sameAmount(a, t)).orElse(true);
        }
        if (order instanceof TransferOrder.VoidPending v) {
            return t.kind() == TransferKind.VOID_PENDING && t.pending().equals(Optional.of(v.pending()));
        }
        TransferOrder.Reversal r = (TransferOrder.Reversal) order;
        return t.kind() == TransferKind.POSTED && t.corrects().equals(Optional.of(r.corrects()));
    }

    private boolean sameAmount(Amount amount, Transfer t) {
        return amount.currency().equals(currency()) && amount.minorUnits() == t.amount();
    }

    private static DomainException leg(DomainException refused, int leg, int of, TransferId id) {
        String message = "Nothing was recorded: transfer " + leg + " of " + of + " (" + id + ") was refused. "
                + refused.getMessage();
        if (refused instanceof InvalidInput) {
            return new InvalidInput(message);
        }
        if (refused instanceof NotFound) {
            return new NotFound(message);
        }
        return new RuleViolation(message);
    }

    /** Its id. */
    public LedgerId id() {
        if (parsedId == null) {
            parsedId = new LedgerId(UUID.fromString(id));
        }
        return parsedId;
    }

    /** The union whose ledger it is; empty for a federation's. */
    public Optional<UnionId> unionId() {
        return Optional.ofNullable(unionId).map(UnionId::of);
    }

    /** The federation whose ledger it is; empty for a union's. */
    public Optional<FederationId> federationId() {
        return Optional.ofNullable(federationId).map(FederationId::of);
    }

    /** The one currency it keeps. */
    public Currency currency() {
        return Currency.getInstance(currency);
    }

    /** When it was opened. */
    public Instant openedAt() {
        return openedAt;
    }

    /** How many rows it holds: the number of its last row. */
    public long transferCount() {
        return transferCount;
    }

    /** The hash of its last row, in hex; 64 zeros while it is empty. */
    public String headHash() {
        return headHash;
    }

    /** The work of one batch: copies of the balances it changes and the rows it writes. */
    private final class Batch {
        private final LedgerRecords records;
        private final Instant at;
        private final Map<LedgerAccountId, LedgerAccount> accounts = new HashMap<>();
        private final Map<LedgerAccountId, Balances> balances = new LinkedHashMap<>();
        private final Map<TransferId, Transfer> written = new LinkedHashMap<>();
        private final Map<TransferId, Transfer> resolved = new HashMap<>();
        private final Set<TransferId> corrected = new HashSet<>();
        private long sequence;
        private String previous;

        Batch(LedgerRecords records, Instant now) {
            this.records = Objects.requireNonNull(records);
            Instant truncated = now.truncatedTo(ChronoUnit.MICROS);
            this.at = headRecordedAt != null && truncated.isBefore(headRecordedAt) ? headRecordedAt : truncated;
            this.sequence = transferCount;
            this.previous = headHash;
        }

        /**
         * Reads the accounts the orders name at once, this ledger's only: one look-up for a batch
         * instead of one per account (an account of another ledger is then not found, as before).
         */
        void lookUpAccounts(List<TransferOrder> orders) {
            Set<LedgerAccountId> named = new HashSet<>();
            for (TransferOrder order : orders) {
                if (order instanceof TransferOrder.Posted p) {
                    named.add(p.debit());
                    named.add(p.credit());
                } else if (order instanceof TransferOrder.Pending p) {
                    named.add(p.debit());
                    named.add(p.credit());
                }
            }
            if (!named.isEmpty()) {
                records.accounts(named).values().stream().filter(a -> a.ledgerId().equals(id()))
                        .forEach(a -> accounts.put(a.id(), a));
            }
        }

        void apply(TransferOrder order, boolean linked) {
            if (order instanceof TransferOrder.Posted p) {
                LedgerAccount debit = account(p.debit());
                LedgerAccount credit = account(p.credit());
                long amount = amount(p.amount());
                distinct(debit, credit);
                move(debit, credit, 0, amount, 0, amount, amount);
                write(order.id(), TransferKind.POSTED, debit, credit, amount, null, null, 0, linked, order.reference());
            } else if (order instanceof TransferOrder.Pending p) {
                LedgerAccount debit = account(p.debit());
                LedgerAccount credit = account(p.credit());
                long amount = amount(p.amount());
                distinct(debit, credit);
                move(debit, credit, amount, 0, amount, 0, amount);
                write(order.id(), TransferKind.PENDING, debit, credit, amount, null, null,
                        p.timeout().map(Duration::getSeconds).orElse(0L), linked, order.reference());
            } else if (order instanceof TransferOrder.PostPending p) {
                Transfer pending = openPending(p.pending(), "posted");
                long amount = p.amount().map(this::amount).orElse(pending.amount());
                if (amount > pending.amount()) {
                    throw new RuleViolation("At most the " + Amount.decimal(pending.amount(), currency()) + " "
                            + currency + " reserved by transfer " + pending.id() + " can be posted, not "
                            + Amount.decimal(amount, currency()) + ".");
                }
                LedgerAccount debit = account(pending.debitAccount());
                LedgerAccount credit = account(pending.creditAccount());
                move(debit, credit, -pending.amount(), amount, -pending.amount(), amount, amount);
                write(order.id(), TransferKind.POST_PENDING, debit, credit, amount, pending.id(), null, 0, linked,
                        order.reference());
            } else if (order instanceof TransferOrder.VoidPending v) {
                release(openPending(v.pending(), "voided"), TransferKind.VOID_PENDING, order.id(), order.reference(),
                        linked);
            } else {
                TransferOrder.Reversal r = (TransferOrder.Reversal) order;
                Transfer original = transfer(r.corrects());
                if (!original.kind().movesMoney()) {
                    throw new RuleViolation("Transfer " + original.id() + " moved no money (it is "
                            + original.kind().label() + "), so there is nothing to reverse; void a reservation "
                            + "instead.");
                }
                if (corrected.contains(original.id()) || records.correctionOf(original.id()).isPresent()) {
                    throw new RuleViolation("Transfer " + original.id() + " has been reversed already.");
                }
                LedgerAccount debit = account(original.creditAccount());
                LedgerAccount credit = account(original.debitAccount());
                move(debit, credit, 0, original.amount(), 0, original.amount(), original.amount());
                write(order.id(), TransferKind.POSTED, debit, credit, original.amount(), null, original.id(), 0,
                        linked, order.reference());
                corrected.add(original.id());
            }
        }

        void release(Transfer pending, TransferKind kind, TransferId id, String reference, boolean linked) {
            LedgerAccount debit = account(pending.debitAccount());
            LedgerAccount credit = account(pending.creditAccount());
            move(debit, credit, -pending.amount(), 0, -pending.amount(), 0, 0);
            write(id, kind, debit, credit, pending.amount(), pending.id(), null, 0, linked, reference);
        }

        /** A pending transfer of this ledger that is still open and has not expired. */
        private Transfer openPending(TransferId id, String what) {
            Transfer pending = transfer(id);
            if (pending.kind() != TransferKind.PENDING) {
                throw new RuleViolation("Transfer " + id + " is not a reservation (it is " + pending.kind().label()
                        + "), so it cannot be " + what + ".");
            }
            Optional<Transfer> resolution = resolution(id);
            if (resolution.isPresent()) {
                throw new RuleViolation("The reservation " + id + " was " + resolution.get().kind().label()
                        .replace("reservation ", "") + " already (transfer " + resolution.get().id()
                        + "); it cannot be " + what + ".");
            }
            if (pending.expiresAt().filter(expiry -> !at.isBefore(expiry)).isPresent()) {
                throw new RuleViolation("The reservation " + id + " expired at " + Moments.inWords(pending.expiresAt().get())
                        + "; it cannot be " + what + " any more.");
            }
            return pending;
        }

        Optional<Transfer> resolution(TransferId pending) {
            Transfer here = resolved.get(pending);
            return here != null ? Optional.of(here) : records.resolutionOf(pending);
        }

        private Transfer transfer(TransferId id) {
            Transfer here = written.get(id);
            if (here != null) {
                return here;
            }
            return records.transfer(id).filter(t -> t.ledgerId().equals(id()))
                    .orElseThrow(() -> new NotFound("There is no transfer " + id + " in this ledger."));
        }

        private LedgerAccount account(LedgerAccountId accountId) {
            LedgerAccount account = accounts.get(accountId);
            if (account == null) {
                account = records.account(accountId).filter(a -> a.ledgerId().equals(id()))
                        .orElseThrow(() -> new NotFound("There is no account " + accountId + " in this ledger."));
                accounts.put(accountId, account);
            }
            return account;
        }

        private long amount(Amount amount) {
            return amount.requireCurrency(currency()).minorUnits();
        }

        private void distinct(LedgerAccount debit, LedgerAccount credit) {
            if (debit.id().equals(credit.id())) {
                throw new InvalidInput("A transfer moves money between two different accounts.");
            }
        }

        /**
         * Changes both accounts' copies and checks their limits.
         *
         * @param amount what the leg moves or reserves, for the refusal's words
         */
        private void move(LedgerAccount debit, LedgerAccount credit, long debitsPending, long debitsPosted,
                          long creditsPending, long creditsPosted, long amount) {
            Balances debitBefore = balances.getOrDefault(debit.id(), debit.balances());
            Balances debitAfter = debitBefore.plus(debitsPending, debitsPosted, 0, 0);
            Balances creditBefore = balances.getOrDefault(credit.id(), credit.balances());
            Balances creditAfter = creditBefore.plus(0, 0, creditsPending, creditsPosted);
            if (!debit.limit().allows(debitAfter)) {
                throw new RuleViolation(debit.name() + " has " + Amount.decimal(Math.max(0,
                        debitBefore.available(AccountKind.Side.CREDIT)), currency()) + " " + currency
                        + " available" + (debitBefore.debitsPending() > 0 ? " (reservations counted)" : "")
                        + ", so " + Amount.decimal(amount, currency()) + " " + currency + " cannot be taken "
                        + "from it.");
            }
            if (!credit.limit().allows(creditAfter)) {
                throw new RuleViolation(credit.name() + " may not be credited with more than it was debited, so "
                        + Amount.decimal(amount, currency()) + " " + currency + " cannot go to it.");
            }
            balances.put(debit.id(), debitAfter);
            balances.put(credit.id(), creditAfter);
        }

        private void write(TransferId transferId, TransferKind kind, LedgerAccount debit, LedgerAccount credit,
                           long amount, TransferId pending, TransferId corrects, long timeoutSeconds, boolean linked,
                           String reference) {
            if (written.containsKey(transferId)) {
                throw new InvalidInput("Transfer " + transferId + " appears twice in the batch.");
            }
            sequence++;
            Transfer row = new Transfer(transferId, id(), currency(), sequence, kind, debit.id(), credit.id(), amount,
                    Optional.ofNullable(pending), Optional.ofNullable(corrects), timeoutSeconds, linked, reference,
                    at, previous);
            previous = row.hash();
            written.put(transferId, row);
            if (pending != null) {
                resolved.put(pending, row);
            }
        }

        /** Applies every copy to its account and moves the head: only once every leg was accepted. */
        List<Transfer> commit() {
            balances.forEach((accountId, b) -> accounts.get(accountId).apply(b));
            if (!written.isEmpty()) {
                transferCount = sequence;
                headHash = previous;
                headRecordedAt = at;
            }
            return List.copyOf(written.values());
        }
    }
}
