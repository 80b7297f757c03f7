package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** One account's line of a checkpoint's trial balance: its four sums when the checkpoint was taken. */
@Embeddable
@Access(AccessType.FIELD)
public class CheckpointBalance {
    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "debits_pending", nullable = false)
    private long debitsPending;

    @Column(name = "debits_posted", nullable = false)
    private long debitsPosted;

    @Column(name = "credits_pending", nullable = false)
    private long creditsPending;

    @Column(name = "credits_posted", nullable = false)
    private long creditsPosted;

    /** For JPA only. */
    protected CheckpointBalance() {
    }

    /** An account's line. */
    public CheckpointBalance(LedgerAccountId account, Balances balances) {
        this.accountId = Objects.requireNonNull(account).toString();
        this.debitsPending = balances.debitsPending();
        this.debitsPosted = balances.debitsPosted();
        this.creditsPending = balances.creditsPending();
        this.creditsPosted = balances.creditsPosted();
    }

    /** The account. */
    public LedgerAccountId account() {
        return new LedgerAccountId(UUID.fromString(accountId));
    }

    /** Its sums then. */
    public Balances balances() {
        return new Balances(debitsPending, debitsPosted, creditsPending, creditsPosted);
    }
}
