package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed statement of a ledger's head and trial balance ({@link CheckpointStatement}), with the
 * installation's Ed25519 public key and the signature. The federation work publishes them to
 * peers, so that a history rewritten later no longer matches what was signed. Like transfers,
 * checkpoints are only ever added; the database refuses to change them.
 */
@Entity
@Table(name = "ledger_checkpoint")
@Access(AccessType.FIELD)
public class LedgerCheckpoint {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ledger_id", nullable = false, length = 36)
    private String ledgerId;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "transfer_count", nullable = false)
    private long transferCount;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "public_key", nullable = false, length = 64)
    private String publicKey;

    @Column(name = "signature", nullable = false, length = 128)
    private String signature;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ledger_checkpoint_balance", joinColumns = @JoinColumn(name = "checkpoint_id"))
    private List<CheckpointBalance> balances = new ArrayList<>();

    /** For JPA only. */
    protected LedgerCheckpoint() {
    }

    /**
     * @param statement what was signed
     * @param publicKey the installation's Ed25519 public key (32 bytes)
     * @param signature the Ed25519 signature of {@code statement.bytes()} (64 bytes)
     */
    public LedgerCheckpoint(CheckpointStatement statement, byte[] publicKey, byte[] signature) {
        if (publicKey.length != 32 || signature.length != 64) {
            throw new IllegalArgumentException("an Ed25519 key is 32 bytes and a signature 64");
        }
        this.id = UUID.randomUUID().toString();
        this.ledgerId = statement.ledger().toString();
        this.currency = statement.currency().getCurrencyCode();
        this.transferCount = statement.transferCount();
        this.headHash = Objects.requireNonNull(statement.headHash());
        this.takenAt = statement.takenAt();
        this.publicKey = HexFormat.of().formatHex(publicKey);
        this.signature = HexFormat.of().formatHex(signature);
        this.balances = new ArrayList<>(statement.balances());
    }

    /** What it states, as it was signed. */
    public CheckpointStatement statement() {
        return new CheckpointStatement(new LedgerId(UUID.fromString(ledgerId)), java.util.Currency.getInstance(currency), transferCount,
                headHash, takenAt, balances);
    }

    /** The ledger. */
    public LedgerId ledgerId() {
        return new LedgerId(UUID.fromString(ledgerId));
    }

    /** How many rows the ledger had. */
    public long transferCount() {
        return transferCount;
    }

    /** The hash of its last row then. */
    public String headHash() {
        return headHash;
    }

    /** When it was taken. */
    public Instant takenAt() {
        return takenAt;
    }

    /** The installation's public key that signed it, in hex. */
    public String publicKey() {
        return publicKey;
    }

    /** The signature, in hex. */
    public String signature() {
        return signature;
    }

    /** The trial balance. */
    public List<CheckpointBalance> balances() {
        return List.copyOf(balances);
    }
}
