package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.bylaws.TreasuryRules;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A request to the union's treasury: an instance team asks to be paid for moderation labour
 * (hours at a rate, for a period, with what was done and evidence) or someone asks for legal aid.
 *
 * <p>Its life: a draft its requester may change, submitted to the treasurers, who return it for
 * changes, reject it, or approve it. The bylaws in force when it is submitted fix how many
 * treasurers must approve it ({@link TreasuryRules#approvalsFor}); nobody approves their own
 * request or approves twice. With the last approval the amount is reserved in the fund (a pending
 * transfer, held for {@link #RESERVATION}); a treasurer who neither requested nor approved it pays
 * it, which posts the reservation. Rejecting after approval releases the reservation; one that runs
 * out makes the request expire. A request above the bylaws' limit is not for the treasurers: it goes
 * to the members as a budget motion ({@link #referToMembers}), its amount reserved until the motion
 * is decided ({@link #settle}); carried, it is approved and a treasurer pays it. A treasurer may
 * also enter a submitted request into a participatory budget ({@link #enterBudgetRound}), where the
 * members share a fund's budget among competing requests: funded, it is paid at once; not funded,
 * it is rejected with the reason.
 *
 * <p>The ledger transfers it makes have ids derived from its own ({@link GrantRequestId#transfer}),
 * so a step repeated after a crash or a double click is recorded once.
 */
@Entity
@Table(name = "grant_request")
@Access(AccessType.FIELD)
public class GrantRequest {
    /** The longest title. */
    public static final int MAX_TITLE = 120;
    /** The longest description of the work or the case. */
    public static final int MAX_DESCRIPTION = 5000;
    /** The most hours one request may claim. */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);
    /** The longest period one request may cover. */
    public static final int MAX_PERIOD_DAYS = 366;
    /** How long an approved request's money stays reserved before the approval runs out. */
    public static final Duration RESERVATION = Duration.ofDays(90);

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private GrantKind kind;

    @Column(name = "requester_id", nullable = false, length = 36)
    private String requesterId;

    @Column(name = "instance_id", length = 36)
    private String instanceId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "hours_hundredths")
    private Long hoursHundredths;

    @Column(name = "rate")
    private Long rate;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private GrantStatus status;

    @Column(name = "approvals_needed", nullable = false)
    private int approvalsNeeded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_approval", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<GrantApproval> approvals = new ArrayList<>();

    @Column(name = "payee_account_id", length = 36)
    private String payeeAccountId;

    @Column(name = "reserved_until")
    private Instant reservedUntil;

    @Column(name = "motion_id", length = 36)
    private String motionId;

    @Column(name = "budget_round_id", length = 36)
    private String budgetRoundId;

    @Column(name = "note", nullable = false, length = 2000)
    private String note;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected GrantRequest() {
    }

    private GrantRequest(UnionId union, GrantKind kind, MemberId requester, Currency currency, Instant now) {
        this.id = GrantRequestId.generate().toString();
        this.unionId = union.toString();
        this.kind = kind;
        this.requesterId = requester.toString();
        this.currency = currency.getCurrencyCode();
        this.status = GrantStatus.DRAFT;
        this.note = "";
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * A draft request for moderation labour on an instance the union works with.
     *
     * @param hours hours worked, with at most two decimals, more than 0 and at most {@link #MAX_HOURS}
     * @param rate what an hour is paid, in the ledger's currency
     */
    public static GrantRequest moderationLabour(UnionId union, MemberId requester, InstanceId instance, String title,
                                                String description, LocalDate from, LocalDate to, BigDecimal hours,
                                                Amount rate, Instant now) {
        Check.present(rate, "The hourly rate");
        GrantRequest request = new GrantRequest(union, GrantKind.MODERATION_LABOUR, requester, rate.currency(), now);
        request.describeLabour(instance, title, description, from, to, hours, rate);
        return request;
    }

    /** A draft request for legal aid of the amount, in the ledger's currency. */
    public static GrantRequest legalAid(UnionId union, MemberId requester, String title, String description,
                                        Amount amount, Instant now) {
        Check.present(amount, "The amount");
        GrantRequest request = new GrantRequest(union, GrantKind.LEGAL_AID, requester, amount.currency(), now);
        request.describeCase(title, description, amount);
        return request;
    }

    /** The requester changes a moderation-labour draft, or a request returned for changes. */
    public void reviseLabour(MemberId by, InstanceId instance, String newTitle, String newDescription, LocalDate from,
                             LocalDate to, BigDecimal hours, Amount newRate) {
        requireRequester(by, "change");
        requireEditable("changed");
        requireKind(GrantKind.MODERATION_LABOUR);
        Check.present(newRate, "The hourly rate");
        describeLabour(instance, newTitle, newDescription, from, to, hours, newRate.requireCurrency(currency()));
    }

    /** The requester changes a legal-aid draft, or a request returned for changes. */
    public void reviseCase(MemberId by, String newTitle, String newDescription, Amount newAmount) {
        requireRequester(by, "change");
        requireEditable("changed");
        requireKind(GrantKind.LEGAL_AID);
        Check.present(newAmount, "The amount");
        describeCase(newTitle, newDescription, newAmount.requireCurrency(currency()));
    }

    private void describeLabour(InstanceId instance, String newTitle, String newDescription, LocalDate from,
                                LocalDate to, BigDecimal hours, Amount newRate) {
        Check.present(instance, "The instance whose team did the work");
        Check.present(from, "The first day of the period");
        Check.present(to, "The last day of the period");
        Check.present(hours, "The hours worked");
        if (to.isBefore(from)) {
            throw new InvalidInput("The period ends before it begins.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new InvalidInput("One request covers at most " + MAX_PERIOD_DAYS + " days; split a longer period.");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("The hours worked are a number above 0 and at most " + MAX_HOURS.toPlainString()
                    + ", with at most two decimals (e.g. 12.5).");
        }
        BigDecimal total = hours.multiply(BigDecimal.valueOf(newRate.minorUnits())).setScale(0, RoundingMode.HALF_UP);
        if (total.signum() <= 0 || total.compareTo(BigDecimal.valueOf(Amount.MAX_MINOR_UNITS)) > 0) {
            throw new InvalidInput("The hours at that rate come to an amount the ledger cannot hold.");
        }
        this.instanceId = instance.toString();
        this.title = Check.text(newTitle, "The title", MAX_TITLE);
        this.description = Check.note(newDescription, "What was done", MAX_DESCRIPTION);
        if (this.description.isEmpty()) {
            throw new InvalidInput("Say what was done in the period.");
        }
        this.periodFrom = from;
        this.periodTo = to;
        this.hoursHundredths = hours.movePointRight(2).longValueExact();
        this.rate = newRate.minorUnits();
        this.amount = total.longValueExact();
    }

    private void describeCase(String newTitle, String newDescription, Amount newAmount) {
        this.title = Check.text(newTitle, "The title", MAX_TITLE);
        this.description = Check.note(newDescription, "What the legal aid is for", MAX_DESCRIPTION);
        if (this.description.isEmpty()) {
            throw new InvalidInput("Say what the legal aid is for.");
        }
        this.amount = newAmount.minorUnits();
    }

    /**
     * The requester sends the request to the treasurers, under the bylaws in force: they fix how
     * many approvals it needs. A request the bylaws give to the members is refused here.
     *
     * @param evidenceCount how many pieces of evidence it has; a moderation-labour request needs one
     */
    public void submit(MemberId by, TreasuryRules rules, int evidenceCount, Instant now) {
        requireRequester(by, "submit");
        requireEditable("submitted");
        if (kind == GrantKind.MODERATION_LABOUR && evidenceCount == 0) {
            throw new RuleViolation("Add evidence of the work (a link or a file) before submitting.");
        }
        if (rules.needsMotion(amount)) {
            throw new RuleViolation("This request is for " + amount() + ", more than the "
                    + Amount.decimal(rules.motionAbove(), Amount.currency(currency)) + " " + currency
                    + " the treasurers may approve under the bylaws; the members decide it by a budget motion.");
        }
        this.approvalsNeeded = rules.approvalsFor(amount);
        this.status = GrantStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(now);
        this.note = "";
        this.decidedBy = null;
    }

    /**
     * The requester sends a request above the bylaws' limit to the members: the motion that decides
     * it is named, and its amount is to be reserved for the payee until the motion is decided
     * ({@link #reservation}, without a timeout).
     */
    public void referToMembers(MemberId by, TreasuryRules rules, int evidenceCount, LedgerAccountId payee,
                               MotionId motion, Instant now) {
        requireRequester(by, "submit");
        requireEditable("submitted");
        if (kind == GrantKind.MODERATION_LABOUR && evidenceCount == 0) {
            throw new RuleViolation("Add evidence of the work (a link or a file) before submitting.");
        }
        if (!rules.needsMotion(amount)) {
            throw new RuleViolation("This request is within what the treasurers approve; submit it to them.");
        }
        this.status = GrantStatus.WITH_MEMBERS;
        this.motionId = motion.toString();
        this.payeeAccountId = Objects.requireNonNull(payee, "payee").toString();
        this.approvalsNeeded = 0;
        this.submittedAt = Objects.requireNonNull(now);
        this.note = "";
        this.decidedBy = null;
    }

    /**
     * The members' motion on a request with them was decided: carried, the request is approved and
     * waits for a treasurer to pay it; failed, withdrawn or lapsed, it is rejected and its
     * reservation released.
     *
     * @return the order releasing the reservation when the motion did not carry
     */
    public Optional<TransferOrder.VoidPending> settle(MotionStatus outcome, Instant now) {
        if (status != GrantStatus.WITH_MEMBERS || motionId == null || !outcome.closed()) {
            throw new RuleViolation("Only a request with the members is settled, once their motion is decided.");
        }
        if (outcome == MotionStatus.CARRIED) {
            this.status = GrantStatus.APPROVED;
            this.approvedAt = now;
            return Optional.empty();
        }
        this.status = GrantStatus.REJECTED;
        this.note = "The members' motion on this request " + outcome.label().toLowerCase(java.util.Locale.ROOT) + ".";
        this.closedAt = now;
        return Optional.of(release());
    }

    /**
     * A treasurer approves. With the approval that makes enough, the request is approved and its
     * money is to be reserved for the payee ({@link #reservation}).
     *
     * @return whether this approval made it approved
     */
    public boolean approve(MemberId treasurer, LedgerAccountId payee, Instant now) {
        notTheRequester(treasurer, "approve");
        if (status != GrantStatus.SUBMITTED) {
            throw new RuleViolation("Only a submitted request can be approved; this one is " + status.inSentence()
                    + ".");
        }
        if (approvedBy(treasurer)) {
            throw new RuleViolation("You approved this request already; it needs another treasurer's approval.");
        }
        approvals.add(new GrantApproval(treasurer, now));
        if (approvals.size() < approvalsNeeded) {
            return false;
        }
        this.status = GrantStatus.APPROVED;
        this.payeeAccountId = Objects.requireNonNull(payee, "payee").toString();
        this.approvedAt = now;
        this.reservedUntil = now.plus(RESERVATION);
        return true;
    }

    /** The pending transfer that reserves an approved request's amount in its fund for its payee. */
    public TransferOrder.Pending reservation(LedgerAccountId fund) {
        if (payeeAccountId == null) {
            throw new RuleViolation("This request has not been approved.");
        }
        return new TransferOrder.Pending(id().transfer("reservation"), fund, LedgerAccountId.of(payeeAccountId),
                amount(), motionId == null ? Optional.of(RESERVATION) : Optional.empty(), id().reference());
    }

    /** A treasurer sends a submitted request back to its requester for changes; its approvals lapse. */
    public void returnForChanges(MemberId treasurer, String why, Instant now) {
        notTheRequester(treasurer, "return");
        if (status != GrantStatus.SUBMITTED) {
            throw new RuleViolation("Only a submitted request can be returned for changes; this one is "
                    + status.inSentence() + ".");
        }
        this.note = Check.text(why, "What should change", 2000);
        this.status = GrantStatus.RETURNED;
        this.decidedBy = treasurer.toString();
        this.approvals.clear();
    }

    /**
     * A treasurer rejects a submitted or approved request, with the reason.
     *
     * @return the order releasing the reservation when it was approved; empty otherwise
     */
    public Optional<TransferOrder.VoidPending> reject(MemberId treasurer, String why, Instant now) {
        notTheRequester(treasurer, "reject");
        if (status != GrantStatus.SUBMITTED && status != GrantStatus.APPROVED) {
            throw new RuleViolation("Only a submitted or approved request can be rejected; this one is "
                    + status.inSentence() + ".");
        }
        if (motionId != null) {
            throw new RuleViolation("The members decide this request by their motion; a treasurer cannot reject it.");
        }
        boolean reserved = status == GrantStatus.APPROVED;
        this.note = Check.text(why, "The reason", 2000);
        this.status = GrantStatus.REJECTED;
        this.decidedBy = treasurer.toString();
        this.closedAt = now;
        return reserved ? Optional.of(release()) : Optional.empty();
    }

    private TransferOrder.VoidPending release() {
        return new TransferOrder.VoidPending(id().transfer("release"), id().transfer("reservation"), id().reference());
    }

    /**
     * A treasurer pays an approved request: the reservation is posted to the payee. The payer is
     * neither the requester nor one of the approvers, and the reservation must not have run out.
     */
    public TransferOrder.PostPending pay(MemberId treasurer, Instant now) {
        notTheRequester(treasurer, "pay");
        if (status != GrantStatus.APPROVED) {
            throw new RuleViolation("Only an approved request can be paid; this one is " + status.inSentence() + ".");
        }
        if (approvedBy(treasurer)) {
            throw new RuleViolation("You approved this request, so another treasurer must pay it.");
        }
        if (reservedUntil != null && !now.isBefore(reservedUntil)) {
            throw new RuleViolation("The approval of this request ran out on " + reservedUntil
                    + "; it must be submitted and approved again.");
        }
        this.status = GrantStatus.PAID;
        this.decidedBy = treasurer.toString();
        this.closedAt = now;
        return new TransferOrder.PostPending(id().transfer("payment"), id().transfer("reservation"),
                Optional.empty(), id().reference());
    }

    /**
     * A treasurer enters a submitted moderation-labour request into a participatory budget: from
     * now on the members decide it by their approval ballot, and it can no longer be approved,
     * returned, rejected or withdrawn on its own. Legal aid never goes before the members: its case
     * is confidential.
     */
    public void enterBudgetRound(BudgetRoundId round) {
        if (kind.confidential()) {
            throw new RuleViolation("Legal-aid requests are confidential and never go before the members.");
        }
        if (status != GrantStatus.SUBMITTED) {
            throw new RuleViolation("Only a submitted request can enter a participatory budget; \"" + title
                    + "\" is " + status.inSentence() + ".");
        }
        this.status = GrantStatus.WITH_MEMBERS;
        this.budgetRoundId = round.toString();
    }

    /**
     * The participatory budget funded the request: it is paid at once from the fund to the payee,
     * as a posted transfer; the members' ballot was its approval.
     *
     * @return the payment, one leg of the linked batch that executes the budget
     */
    public TransferOrder.Posted fundByBudget(LedgerAccountId fund, LedgerAccountId payee, String why, Instant now) {
        requireInBudgetRound();
        this.status = GrantStatus.PAID;
        this.payeeAccountId = Objects.requireNonNull(payee, "payee").toString();
        this.note = why;
        this.approvedAt = now;
        this.closedAt = now;
        return new TransferOrder.Posted(id().transfer("payment"), fund, payee, amount(), id().reference());
    }

    /** The participatory budget did not fund the request: it is rejected with the reason. */
    public void notFundedByBudget(String why, Instant now) {
        requireInBudgetRound();
        this.status = GrantStatus.REJECTED;
        this.note = why;
        this.closedAt = now;
    }

    /** The participatory budget was cancelled before it decided: the request is with the treasurers again. */
    public void leaveBudgetRound(String why) {
        requireInBudgetRound();
        this.status = GrantStatus.SUBMITTED;
        this.budgetRoundId = null;
        this.note = why;
    }

    private void requireInBudgetRound() {
        if (status != GrantStatus.WITH_MEMBERS || budgetRoundId == null) {
            throw new RuleViolation("This request is not in a participatory budget.");
        }
    }

    /** The requester withdraws a request nobody approved yet. */
    public void withdraw(MemberId by, Instant now) {
        requireRequester(by, "withdraw");
        if (status != GrantStatus.DRAFT && status != GrantStatus.SUBMITTED && status != GrantStatus.RETURNED) {
            throw new RuleViolation("Only a request that is not yet approved can be withdrawn; this one is "
                    + status.inSentence() + ".");
        }
        this.status = GrantStatus.WITHDRAWN;
        this.closedAt = now;
    }

    /** The installation notes that the reservation of an approved request ran out unpaid. */
    public void expire(Instant now) {
        if (status != GrantStatus.APPROVED || now.isBefore(reservedUntil)) {
            throw new RuleViolation("Only an approved request whose reservation ran out can expire.");
        }
        this.status = GrantStatus.EXPIRED;
        this.closedAt = now;
    }

    /**
     * New evidence for the request, added by its requester while it can still be changed.
     *
     * @param present how many pieces it has already
     */
    public void requireEvidenceFrom(MemberId by, int present) {
        requireRequester(by, "add evidence to");
        requireEditable("given more evidence");
        if (present >= GrantEvidence.MAX_PER_REQUEST) {
            throw new RuleViolation("A request holds at most " + GrantEvidence.MAX_PER_REQUEST
                    + " pieces of evidence; remove one first.");
        }
    }

    /** The requester removes a piece of evidence while the request can still be changed. */
    public void requireEvidenceRemovableBy(MemberId by) {
        requireRequester(by, "remove evidence from");
        requireEditable("changed");
    }

    private void requireRequester(MemberId by, String what) {
        if (!isRequester(by)) {
            throw new AccessDenied("Only the member who wrote this request may " + what + " it.");
        }
    }

    private void notTheRequester(MemberId treasurer, String what) {
        if (isRequester(treasurer)) {
            throw new RuleViolation("Nobody may " + what + " their own request; another treasurer must.");
        }
    }

    private void requireEditable(String what) {
        if (status != GrantStatus.DRAFT && status != GrantStatus.RETURNED) {
            throw new RuleViolation("Only a draft or a request returned for changes can be " + what
                    + "; this one is " + status.inSentence() + ".");
        }
    }

    private void requireKind(GrantKind expected) {
        if (kind != expected) {
            throw new InvalidInput("This is a " + kind.label().toLowerCase(java.util.Locale.ROOT) + " request.");
        }
    }

    /** Whether the member wrote this request. */
    public boolean isRequester(MemberId member) {
        return requesterId.equals(member.toString());
    }

    /** Whether the treasurer approved it. */
    public boolean approvedBy(MemberId treasurer) {
        return approvals.stream().anyMatch(a -> a.treasurer().equals(treasurer));
    }

    /** The participatory budget deciding it, or that decided it. */
    public Optional<BudgetRoundId> budgetRound() {
        return Optional.ofNullable(budgetRoundId).map(BudgetRoundId::of);
    }

    /** Its id. */
    public GrantRequestId id() {
        return GrantRequestId.of(id);
    }

    /** The union asked. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** Moderation labour or legal aid. */
    public GrantKind kind() {
        return kind;
    }

    /** Who wrote it (a pseudonym once they erased their account). */
    public MemberId requester() {
        return MemberId.of(requesterId);
    }

    /** The instance whose team did the moderation work; empty for legal aid. */
    public Optional<InstanceId> instance() {
        return Optional.ofNullable(instanceId).map(InstanceId::of);
    }

    /** Its title. */
    public String title() {
        return title;
    }

    /** What was done, or what the legal aid is for. */
    public String description() {
        return description;
    }

    /** The first day of the period worked (moderation labour). */
    public Optional<LocalDate> periodFrom() {
        return Optional.ofNullable(periodFrom);
    }

    /** The last day of the period worked (moderation labour). */
    public Optional<LocalDate> periodTo() {
        return Optional.ofNullable(periodTo);
    }

    /** The hours worked (moderation labour). */
    public Optional<BigDecimal> hours() {
        return Optional.ofNullable(hoursHundredths).map(h -> BigDecimal.valueOf(h, 2).stripTrailingZeros());
    }

    /** What an hour is paid (moderation labour). */
    public Optional<Amount> rate() {
        return Optional.ofNullable(rate).map(r -> new Amount(currency(), r));
    }

    /** What is asked: hours × rate, rounded to the minor unit, or the legal aid's amount. */
    public Amount amount() {
        return new Amount(currency(), amount);
    }

    /** The currency: the union's ledger's. */
    public Currency currency() {
        return Amount.currency(currency);
    }

    /** Where it stands. */
    public GrantStatus status() {
        return status;
    }

    /** How many approvals it needs (fixed when submitted; 0 before). */
    public int approvalsNeeded() {
        return approvalsNeeded;
    }

    /** The approvals given, oldest first. */
    public List<GrantApproval> approvals() {
        return List.copyOf(approvals);
    }

    /** The budget motion by which the members decide it, when it went to them. */
    public Optional<MotionId> motion() {
        return Optional.ofNullable(motionId).map(MotionId::of);
    }

    /** The payee account the money goes to, once approved. */
    public Optional<LedgerAccountId> payee() {
        return Optional.ofNullable(payeeAccountId).map(LedgerAccountId::of);
    }

    /** Until when the approved amount stays reserved; empty while the members decide, and after. */
    public Optional<Instant> reservedUntil() {
        return Optional.ofNullable(reservedUntil);
    }

    /** Why it was returned or rejected; empty otherwise. */
    public String note() {
        return note;
    }

    /** The treasurer who returned, rejected or paid it. */
    public Optional<MemberId> decidedBy() {
        return Optional.ofNullable(decidedBy).map(MemberId::of);
    }

    /** When it was written. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When it was last submitted. */
    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** When it was approved. */
    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    /** When it was paid, rejected, withdrawn or expired. */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrantRequest other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
