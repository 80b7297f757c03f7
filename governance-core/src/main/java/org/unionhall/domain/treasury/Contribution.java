package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Who gave the money of one posted ledger transfer, from a contributor account into a fund: a
 * member, an instance or nobody known; dues or a donation; the day it was received; the name the
 * giver chose to be thanked under publicly, if any; the pledge it pays, if any. The ledger keeps
 * the money and never a giver's name; this record keeps the giver and is read only by the union's
 * treasurers and the giver. Its id is the transfer's.
 */
@Entity
@Table(name = "contribution")
@Access(AccessType.FIELD)
public class Contribution {
    /** The longest public name a giver may choose. */
    public static final int MAX_PUBLIC_NAME = 80;
    /** The reference of every contribution's transfers: it says what they are, never who gave. */
    public static final String REFERENCE = "contribution";

    @Id
    @Column(name = "transfer_id", length = 36)
    private String transferId;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "ledger_id", nullable = false, length = 36)
    private String ledgerId;

    /** The giver's kind, kept beside their ids so that the table says it for an anonymous giver too. */
    @Enumerated(EnumType.STRING)
    @Column(name = "giver", nullable = false, length = 16)
    private GiverKind giverKind;

    @Embedded
    private Giver giver;

    @Column(name = "fund_id", nullable = false, length = 36)
    private String fundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ContributionKind kind;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "public_name", length = MAX_PUBLIC_NAME)
    private String publicName;

    @Column(name = "pledge_id", length = 36)
    private String pledgeId;

    @Column(name = "from_statement", nullable = false)
    private boolean fromStatement;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    /** For JPA only. */
    protected Contribution() {
    }

    /**
     * The record of a contribution whose transfer is recorded in the same transaction.
     *
     * @param transfer the id of the posted transfer that moves its money into the fund
     * @param fund a fund of the ledger
     * @param amount in the ledger's currency
     * @param receivedOn the day the money arrived; not after today
     * @param publicName the name the giver chose to be thanked under publicly; empty to stay unnamed
     * @param pledge the pledge it pays: the same giver, fund and kind, not cancelled
     * @param fromStatement whether it was read from a bank statement
     */
    public Contribution(TransferId transfer, Ledger ledger, Giver giver, LedgerAccount fund, ContributionKind kind,
                        Amount amount, LocalDate receivedOn, Optional<String> publicName, Optional<Pledge> pledge,
                        boolean fromStatement, MemberId recordedBy, Instant now) {
        Objects.requireNonNull(giver, "giver");
        requireKindFits(Objects.requireNonNull(kind, "kind"), giver);
        requireFundOf(ledger, fund);
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (receivedOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new InvalidInput("The day the money was received cannot be in the future.");
        }
        pledge.ifPresent(p -> {
            if (p.cancelledAt().isPresent()) {
                throw new RuleViolation("Pledge " + p.id() + " was cancelled; record the money without it.");
            }
            if (!p.giver().equals(giver) || !p.fundId().equals(fund.id()) || p.kind() != kind) {
                throw new RuleViolation("Pledge " + p.id() + " is for another giver, fund or kind of contribution.");
            }
        });
        this.transferId = transfer.toString();
        this.unionId = ledger.unionId().orElseThrow().toString();
        this.ledgerId = ledger.id().toString();
        this.giverKind = giver.kind();
        this.giver = giver;
        this.fundId = fund.id().toString();
        this.kind = kind;
        this.amount = amount.requireCurrency(ledger.currency()).minorUnits();
        this.currency = ledger.currency().getCurrencyCode();
        this.receivedOn = receivedOn;
        this.publicName = publicName.filter(n -> !n.isBlank())
                .map(n -> Check.text(n, "The public name", MAX_PUBLIC_NAME)).orElse(null);
        this.pledgeId = pledge.map(p -> p.id().toString()).orElse(null);
        this.fromStatement = fromStatement;
        this.recordedAt = Objects.requireNonNull(now);
        this.recordedBy = recordedBy.toString();
    }

    /** Refuses dues from anyone but a member. */
    static void requireKindFits(ContributionKind kind, Giver giver) {
        if (kind == ContributionKind.DUES && giver.kind() != GiverKind.MEMBER) {
            throw new RuleViolation("Only members pay dues; record a donation instead.");
        }
    }

    /** Refuses an account that is not a fund of this ledger. */
    public static void requireFundOf(Ledger ledger, LedgerAccount fund) {
        Objects.requireNonNull(fund, "fund");
        if (!fund.ledgerId().equals(ledger.id()) || fund.kind() != AccountKind.FUND) {
            throw new InvalidInput("Contributions go into a fund of the union's ledger; \""
                    + Check.abbreviate(fund.name()) + "\" is not one.");
        }
    }

    /**
     * The transfer id of the contribution read from line content of a bank statement: the
     * name-based UUID (version 3) of {@code unionhall/contributions/statement/v1:<ledger id>:<day>:
     * <minor units>:<currency>:<occurrence>}, the occurrence counting the incoming lines of the
     * same day, amount and currency in the file (1, 2, …). The same statement read again, or a
     * later one that covers the same days, gives the same ids. The payer and the bank's text are
     * left out: the id is public in the ledger, and a name-based id of a name would let anyone
     * confirm a guessed name.
     */
    public static TransferId statementTransferId(LedgerId ledger, LocalDate day, Amount amount, int occurrence) {
        return nameBased("unionhall/contributions/statement/v1:" + ledger + ":" + day + ":" + amount.minorUnits()
                + ":" + amount.currency().getCurrencyCode() + ":" + occurrence);
    }

    /** The id of the transfer that puts a contribution's money into the bank account, derived from its id. */
    public static TransferId bankTransferId(TransferId contribution) {
        return nameBased("unionhall/contributions/bank/v1:" + contribution);
    }

    private static TransferId nameBased(String name) {
        return new TransferId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether another record of the same transfer says the same, so that a retry may be answered with this one. */
    public boolean sameAs(Contribution other) {
        return transferId.equals(other.transferId) && giver().equals(other.giver()) && fundId.equals(other.fundId)
                && kind == other.kind
                && amount == other.amount && currency.equals(other.currency) && receivedOn.equals(other.receivedOn)
                && Objects.equals(publicName, other.publicName) && Objects.equals(pledgeId, other.pledgeId);
    }

    /** The id of its transfer, which is its id. */
    public TransferId transferId() {
        return TransferId.of(transferId);
    }

    /** The union it was given to. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** Who gave it (JPA reads the giver of an anonymous gift, both ids empty, as no giver at all). */
    public Giver giver() {
        return giver == null ? Giver.anonymous() : giver;
    }

    /** The fund it went into. */
    public LedgerAccountId fundId() {
        return LedgerAccountId.of(fundId);
    }

    /** Dues or a donation. */
    public ContributionKind kind() {
        return kind;
    }

    /** How much. */
    public Amount amount() {
        return new Amount(Currency.getInstance(currency), amount);
    }

    /** The day the money was received. */
    public LocalDate receivedOn() {
        return receivedOn;
    }

    /** The name the giver chose to be thanked under publicly; empty when they stay unnamed. */
    public Optional<String> publicName() {
        return Optional.ofNullable(publicName);
    }

    /** The pledge it pays. */
    public Optional<PledgeId> pledgeId() {
        return Optional.ofNullable(pledgeId).map(PledgeId::of);
    }

    /** Whether it was read from a bank statement. */
    public boolean fromStatement() {
        return fromStatement;
    }

    /** When it was recorded. */
    public Instant recordedAt() {
        return recordedAt;
    }
}
