package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of a ledger: immutable once written. The database refuses to change or delete it
 * (V81), a correction is a new row ({@link TransferOrder.Reversal}), and a pending transfer is
 * resolved by a new row naming it, at most once (a unique column). Each row carries its number in
 * the ledger, the hash of the row before it and its own hash over the canonical encoding in
 * docs/ledger.md, so that a row changed or removed behind the ledger's back breaks the chain.
 */
@Entity
@Table(name = "ledger_transfer")
@Access(AccessType.FIELD)
public class Transfer {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ledger_id", nullable = false, length = 36)
    private String ledgerId;

    @Column(name = "sequence", nullable = false)
    private long sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private TransferKind kind;

    @Column(name = "debit_account_id", nullable = false, length = 36)
    private String debitAccountId;

    @Column(name = "credit_account_id", nullable = false, length = 36)
    private String creditAccountId;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "pending_id", length = 36)
    private String pendingId;

    @Column(name = "corrects_id", length = 36)
    private String correctsId;

    @Column(name = "timeout_seconds", nullable = false)
    private long timeoutSeconds;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "linked", nullable = false)
    private boolean linked;

    @Column(name = "reference", nullable = false, length = TransferOrder.MAX_REFERENCE)
    private String reference;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    @Transient
    private transient TransferId parsedId;

    @Transient
    private transient LedgerId parsedLedger;

    @Transient
    private transient LedgerAccountId parsedDebit;

    @Transient
    private transient LedgerAccountId parsedCredit;

    /** For JPA only. */
    protected Transfer() {
    }

    /** A new row; {@link Ledger} makes them, so that the chain is extended in order only. */
    Transfer(TransferId id, LedgerId ledger, Currency currency, long sequence, TransferKind kind,
             LedgerAccountId debit, LedgerAccountId credit, long amount, Optional<TransferId> pending,
             Optional<TransferId> corrects, long timeoutSeconds, boolean linked, String reference, Instant recordedAt,
             String previousHash) {
        this.id = id.toString();
        this.ledgerId = ledger.toString();
        this.sequence = sequence;
        this.kind = Objects.requireNonNull(kind);
        this.debitAccountId = debit.toString();
        this.creditAccountId = credit.toString();
        this.amount = amount;
        this.pendingId = pending.map(TransferId::toString).orElse(null);
        this.correctsId = corrects.map(TransferId::toString).orElse(null);
        this.timeoutSeconds = timeoutSeconds;
        this.expiresAt = timeoutSeconds > 0 ? recordedAt.plusSeconds(timeoutSeconds) : null;
        this.linked = linked;
        this.reference = Objects.requireNonNull(reference);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.previousHash = Objects.requireNonNull(previousHash);
        this.hash = computedHash(currency);
    }

    /**
     * The hash this row's fields give, computed afresh (docs/ledger.md, "Row encoding"): what a
     * verifier compares with the stored {@link #hash()}.
     *
     * @param currency the ledger's currency, which is part of every row's encoding
     */
    public String computedHash(Currency currency) {
        return new ChainEncoding(ChainEncoding.TRANSFER_TAG)
                .id(ledgerId().value())
                .number(sequence)
                .hash(previousHash)
                .id(id().value())
                .oneByte(kind.code())
                .id(debitAccount().value())
                .id(creditAccount().value())
                .number(amount)
                .ascii(currency.getCurrencyCode())
                .optionalId(Optional.ofNullable(pendingId).map(UUID::fromString))
                .optionalId(Optional.ofNullable(correctsId).map(UUID::fromString))
                .number(timeoutSeconds)
                .oneByte(linked ? 1 : 0)
                .text(reference)
                .instant(recordedAt)
                .sha256();
    }

    /** The id the client chose (or, for an expiry, the one derived from the pending transfer's). */
    public TransferId id() {
        if (parsedId == null) {
            parsedId = new TransferId(UUID.fromString(id));
        }
        return parsedId;
    }

    /** The ledger it belongs to. */
    public LedgerId ledgerId() {
        if (parsedLedger == null) {
            parsedLedger = new LedgerId(UUID.fromString(ledgerId));
        }
        return parsedLedger;
    }

    /** Its number in the ledger, from 1, without gaps. */
    public long sequence() {
        return sequence;
    }

    /** What it records. */
    public TransferKind kind() {
        return kind;
    }

    /** The account debited. */
    public LedgerAccountId debitAccount() {
        if (parsedDebit == null) {
            parsedDebit = new LedgerAccountId(UUID.fromString(debitAccountId));
        }
        return parsedDebit;
    }

    /** The account credited. */
    public LedgerAccountId creditAccount() {
        if (parsedCredit == null) {
            parsedCredit = new LedgerAccountId(UUID.fromString(creditAccountId));
        }
        return parsedCredit;
    }

    /**
     * The amount in minor units of the ledger's currency: moved, reserved, or (for a void or an
     * expiry) released.
     */
    public long amount() {
        return amount;
    }

    /** For a row that resolves a pending transfer: the pending transfer. */
    public Optional<TransferId> pending() {
        return Optional.ofNullable(pendingId).map(s -> new TransferId(UUID.fromString(s)));
    }

    /** For a reversal: the transfer it corrects. */
    public Optional<TransferId> corrects() {
        return Optional.ofNullable(correctsId).map(s -> new TransferId(UUID.fromString(s)));
    }

    /** For a pending transfer with a timeout: how long the reservation holds. */
    public Optional<Duration> timeout() {
        return timeoutSeconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(timeoutSeconds));
    }

    /** For a pending transfer with a timeout: when it expires unless resolved before. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Whether it was recorded linked to the next row: all of its batch but the last leg. */
    public boolean linked() {
        return linked;
    }

    /** The reference given, empty when none. */
    public String reference() {
        return reference;
    }

    /** When it was recorded (never earlier than the row before it). */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** The hash of the row before it, in hex; 64 zeros for the first row. */
    public String previousHash() {
        return previousHash;
    }

    /** Its hash, in hex. */
    public String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return "Transfer[" + id + " #" + sequence + " " + kind + " " + amount + "]";
    }
}
