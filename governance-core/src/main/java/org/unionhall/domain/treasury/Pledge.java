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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A promise to give an amount into a fund every month or every year, made by a member for
 * themself or by a treasurer for an instance. Contributions that name the pledge pay it; a giver
 * holds at most one active pledge per fund (the database keeps that too, through the active
 * key); a cancelled pledge stays as a record and expects nothing more.
 */
@Entity
@Table(name = "contribution_pledge")
@Access(AccessType.FIELD)
public class Pledge {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "ledger_id", nullable = false, length = 36)
    private String ledgerId;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "period", nullable = false, length = 16)
    private PledgePeriod period;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false, length = 36)
    private String madeBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "active_key", length = 80)
    private String activeKey;

    /** For JPA only. */
    protected Pledge() {
    }

    /**
     * A new pledge, starting in the period of {@code today}.
     *
     * @param giver a member or an instance; an anonymous giver cannot promise anything
     * @param fund a fund of the ledger
     * @param amount in the ledger's currency
     * @param madeBy the member who made it (the giver, or a treasurer for an instance)
     */
    public Pledge(Ledger ledger, Giver giver, LedgerAccount fund, ContributionKind kind, Amount amount,
                  PledgePeriod period, LocalDate today, MemberId madeBy, Instant now) {
        Objects.requireNonNull(giver, "giver");
        if (giver.kind() == GiverKind.ANONYMOUS) {
            throw new RuleViolation("A pledge is made by a member or an instance; an anonymous gift is recorded "
                    + "when it arrives.");
        }
        Contribution.requireKindFits(Objects.requireNonNull(kind, "kind"), giver);
        Contribution.requireFundOf(ledger, fund);
        this.id = PledgeId.generate().toString();
        this.unionId = ledger.unionId().orElseThrow().toString();
        this.ledgerId = ledger.id().toString();
        this.giver = giver;
        this.fundId = fund.id().toString();
        this.kind = kind;
        this.amount = amount.requireCurrency(ledger.currency()).minorUnits();
        this.currency = ledger.currency().getCurrencyCode();
        this.period = Objects.requireNonNull(period, "period");
        this.startsOn = period.start(today);
        this.madeAt = Objects.requireNonNull(now);
        this.madeBy = madeBy.toString();
        this.activeKey = giver.member().map(Object::toString).orElseGet(() -> giver.instance().orElseThrow().toString())
                + ":" + fundId;
    }

    /**
     * Cancels the pledge: nothing more is expected from it.
     *
     * @throws RuleViolation when it was cancelled already
     */
    public void cancel(Instant now) {
        if (cancelledAt != null) {
            throw new RuleViolation("This pledge was cancelled already.");
        }
        this.cancelledAt = Objects.requireNonNull(now);
        this.activeKey = null;
    }

    /**
     * Where it stands on {@code today}.
     *
     * @param paidThisPeriod given for it in the period that holds today, in minor units
     * @param paidLastPeriod given for it in the period before
     */
    public PledgeStanding standing(LocalDate today, long paidThisPeriod, long paidLastPeriod) {
        if (cancelledAt != null) {
            return PledgeStanding.CANCELLED;
        }
        if (paidThisPeriod >= amount) {
            return PledgeStanding.PAID;
        }
        LocalDate last = period.previous(period.start(today));
        return !last.isBefore(startsOn) && paidLastPeriod < amount ? PledgeStanding.OVERDUE : PledgeStanding.DUE;
    }

    /** Its id. */
    public PledgeId id() {
        return new PledgeId(UUID.fromString(id));
    }

    /** The union it is made to. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** Who promised. */
    public Giver giver() {
        return giver;
    }

    /** The fund it goes into. */
    public LedgerAccountId fundId() {
        return LedgerAccountId.of(fundId);
    }

    /** Dues or a donation. */
    public ContributionKind kind() {
        return kind;
    }

    /** The amount promised per period. */
    public Amount amount() {
        return new Amount(Currency.getInstance(currency), amount);
    }

    /** Every month or every year. */
    public PledgePeriod period() {
        return period;
    }

    /** The first day of its first period. */
    public LocalDate startsOn() {
        return startsOn;
    }

    /** When it was made. */
    public Instant madeAt() {
        return madeAt;
    }

    /** Who made it: the giver, or a treasurer for an instance. */
    public MemberId madeBy() {
        return MemberId.of(madeBy);
    }

    /** When it was cancelled; empty while it holds. */
    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }
}
