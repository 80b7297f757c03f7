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
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * An account of a ledger and its running {@link Balances}. Only its {@link Ledger} changes the
 * balances, while the ledger's row is locked, in the same transaction as the rows that move them;
 * the database checks the account's {@link BalanceLimit} on every write. Its name is all the
 * ledger keeps about whom it stands for (a contributor, a payee).
 */
@Entity
@Table(name = "ledger_account")
@Access(AccessType.FIELD)
public class LedgerAccount {
    /** The longest account name. */
    public static final int MAX_NAME = 120;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ledger_id", nullable = false, length = 36)
    private String ledgerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private AccountKind kind;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "balance_limit", nullable = false, length = 40)
    private BalanceLimit limit;

    @Column(name = "sole_bank", length = 1)
    private String soleBank;

    @Column(name = "debits_pending", nullable = false)
    private long debitsPending;

    @Column(name = "debits_posted", nullable = false)
    private long debitsPosted;

    @Column(name = "credits_pending", nullable = false)
    private long creditsPending;

    @Column(name = "credits_posted", nullable = false)
    private long creditsPosted;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Transient
    private transient LedgerAccountId parsedId;

    /** For JPA only. */
    protected LedgerAccount() {
    }

    /** A new account with nothing in it; {@link Ledger#openAccount} makes them. */
    LedgerAccount(LedgerId ledger, AccountKind kind, String name, Instant now) {
        this.id = LedgerAccountId.generate().toString();
        this.ledgerId = ledger.toString();
        this.kind = Objects.requireNonNull(kind);
        this.name = Check.text(name, "The account's name", MAX_NAME);
        this.limit = kind.limit();
        this.soleBank = kind == AccountKind.BANK ? "B" : null;
        this.openedAt = Objects.requireNonNull(now);
    }

    /** Its id. */
    public LedgerAccountId id() {
        if (parsedId == null) {
            parsedId = new LedgerAccountId(UUID.fromString(id));
        }
        return parsedId;
    }

    /** The ledger it belongs to. */
    public LedgerId ledgerId() {
        return new LedgerId(UUID.fromString(ledgerId));
    }

    /** What it stands for. */
    public AccountKind kind() {
        return kind;
    }

    /** Its name, e.g. "Legal Defence" or the name of an instance team. */
    public String name() {
        return name;
    }

    /** The rule its balance keeps. */
    public BalanceLimit limit() {
        return limit;
    }

    /** Its running sums. */
    public Balances balances() {
        return new Balances(debitsPending, debitsPosted, creditsPending, creditsPosted);
    }

    /** When it was opened. */
    public Instant openedAt() {
        return openedAt;
    }

    /** Sets the sums once the ledger has accepted every leg that changes them. */
    void apply(Balances balances) {
        this.debitsPending = balances.debitsPending();
        this.debitsPosted = balances.debitsPosted();
        this.creditsPending = balances.creditsPending();
        this.creditsPosted = balances.creditsPosted();
    }
}
