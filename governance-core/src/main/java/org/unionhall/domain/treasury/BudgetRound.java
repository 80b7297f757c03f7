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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A participatory budget: the members share a fund's budget among competing grant requests by a
 * secret approval ballot. Each member approves as many requests as they like; when the result is
 * published the requests are funded greedily, most approvals first, within the budget, ties broken
 * by {@link #TIE_RULE} (stated on the page before voting opens), and the result is executed as one
 * linked batch of transfers: the reservation of the budget is released and each funded request is
 * paid from the fund. The election record proves the approvals; this aggregate keeps, for each
 * request, its approvals, its cost and why it was or was not funded.
 *
 * <p>While the members vote the whole budget is reserved in the fund (a pending transfer without
 * timeout, {@link #reservation}), so nothing else can spend it, and the requests can be neither
 * approved nor withdrawn on their own.
 */
@Entity
@Table(name = "budget_round")
@Access(AccessType.FIELD)
public class BudgetRound {
    /** The longest title. */
    public static final int MAX_TITLE = 120;
    /** The fewest requests a budget shares. */
    public static final int MIN_ENTRIES = 2;
    /** The most requests one ballot offers. */
    public static final int MAX_ENTRIES = Election.MAX_OPTIONS;
    /** How the order of funding is decided, in the words the page shows before voting opens. */
    public static final String TIE_RULE = "Requests are funded in order of approvals, most first. Between requests "
            + "with as many approvals, the cheaper one comes first, so that the budget reaches as many as it can; "
            + "between requests that also cost the same, the one that entered the budget first. A request that "
            + "costs more than what is left of the budget is passed over and the next one that fits is funded. "
            + "A request nobody approved is not funded.";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "fund", nullable = false, length = LedgerAccount.MAX_NAME)
    private String fund;

    @Column(name = "fund_account_id", nullable = false, length = 36)
    private String fundAccountId;

    @Column(name = "budget", nullable = false)
    private long budget;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BudgetRoundStatus status;

    @Column(name = "election_id", length = 36)
    private String electionId;

    @Column(name = "voting_opens", nullable = false)
    private Instant votingOpens;

    @Column(name = "voting_closes", nullable = false)
    private Instant votingCloses;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_entry", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<BudgetEntry> entries = new ArrayList<>();

    @Column(name = "ballots")
    private Long ballots;

    @Column(name = "note", nullable = false, length = 2000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected BudgetRound() {
    }

    private BudgetRound(UnionId union, String title, String fund, LedgerAccountId fundAccount, Amount budget,
                        Instant opens, Instant closes, Instant now) {
        this.id = BudgetRoundId.generate().toString();
        this.unionId = union.toString();
        this.title = title;
        this.fund = fund;
        this.fundAccountId = fundAccount.toString();
        this.budget = budget.minorUnits();
        this.currency = budget.currency().getCurrencyCode();
        this.status = BudgetRoundStatus.VOTING;
        this.votingOpens = opens;
        this.votingCloses = closes;
        this.note = "";
        this.createdAt = now;
    }

    /**
     * Puts submitted requests of one fund before the members, sharing the budget; each request
     * enters the budget ({@link GrantRequest#enterBudgetRound}). Their costs together must exceed
     * the budget: when they fit, there is nothing to share and the treasurers approve them as usual.
     *
     * @param fund the fund's name; every request must draw on it
     * @param fundAccount the fund's account in the union's ledger
     * @param requests the competing requests, in the order they entered (the last tie-break)
     * @param opens when voting opens
     * @param closes when voting closes
     */
    public static BudgetRound open(UnionId union, String title, String fund, LedgerAccountId fundAccount,
                                   Amount budget, List<GrantRequest> requests, Instant opens, Instant closes,
                                   Instant now) {
        Objects.requireNonNull(budget, "budget");
        String checkedTitle = Check.text(title, "The title", MAX_TITLE);
        requireEntries(requests == null ? 0 : requests.size());
        if (opens == null || closes == null || !closes.isAfter(opens) || !closes.isAfter(now)) {
            throw new InvalidInput("Voting must close after it opens, and in the future.");
        }
        Set<GrantRequestId> seen = new HashSet<>();
        long total = 0;
        for (GrantRequest r : requests) {
            if (!seen.add(r.id())) {
                throw new InvalidInput("The request \"" + r.title() + "\" is listed twice.");
            }
            if (!r.unionId().equals(union)) {
                throw new InvalidInput("Every request must be to this union's treasury.");
            }
            if (r.kind().confidential()) {
                throw new RuleViolation("Legal-aid requests are confidential and never go before the members.");
            }
            if (!r.kind().fund().equals(fund)) {
                throw new InvalidInput("The request \"" + r.title() + "\" draws on the " + r.kind().fund()
                        + " fund, not on " + fund + ".");
            }
            r.amount().requireCurrency(budget.currency());
            total += r.amount().minorUnits();
        }
        if (total <= budget.minorUnits()) {
            throw new RuleViolation("These requests together cost " + Amount.decimal(total, budget.currency()) + " "
                    + budget.currency().getCurrencyCode() + ", within the budget of " + budget + ": there is "
                    + "nothing to share, so the treasurers approve them as usual.");
        }
        BudgetRound round = new BudgetRound(union, checkedTitle, fund, fundAccount, budget, opens, closes, now);
        for (GrantRequest r : requests) {
            r.enterBudgetRound(round.id());
            round.entries.add(new BudgetEntry(r.id(), r.title(), r.amount().minorUnits()));
        }
        return round;
    }

    /**
     * Refuses fewer than {@link #MIN_ENTRIES} or more than {@link #MAX_ENTRIES} competing requests
     * (checked before any request is read, so a hostile list locks nothing).
     */
    public static void requireEntries(int count) {
        if (count < MIN_ENTRIES || count > MAX_ENTRIES) {
            throw new InvalidInput("A participatory budget shares its budget among " + MIN_ENTRIES + " to "
                    + MAX_ENTRIES + " requests.");
        }
    }

    /** The secret ballot that asks the members. */
    public void attachElection(ElectionId election) {
        if (electionId != null) {
            throw new RuleViolation("This budget already has its ballot.");
        }
        this.electionId = election.toString();
    }

    /**
     * The options of the approval ballot, one per request in the order they entered: the title
     * and the cost, so a member sees what each approval costs the budget.
     */
    public List<String> ballotOptions() {
        List<String> options = new ArrayList<>();
        for (BudgetEntry e : entries) {
            String label = e.title() + " — " + Amount.decimal(e.cost(), currency()) + " " + currency;
            options.add(options.contains(label) ? label + " (" + (options.size() + 1) + ")" : label);
        }
        return options;
    }

    /** The pending transfer that reserves the budget in the fund while the members vote. */
    public TransferOrder.Pending reservation(LedgerAccountId holding) {
        return new TransferOrder.Pending(id().transfer("reservation"), fundAccount(), holding, budget(),
                Optional.empty(), id().reference());
    }

    /**
     * Counts the ballot's result: funds the requests greedily by {@link #TIE_RULE} within the
     * budget and notes, for each, its approvals and why it was or was not funded.
     *
     * @param approvals the approvals of each request, in the order of {@link #entries()}
     * @param ballotsCounted how many ballots were counted
     * @return the order releasing the reservation: the first leg of the batch that pays the funded
     */
    public TransferOrder.VoidPending decide(List<Long> approvals, long ballotsCounted, Instant now) {
        requireVoting();
        if (approvals == null || approvals.size() != entries.size()) {
            throw new RuleViolation("The ballot's result does not have one count for each request.");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> approvals.get(i)).reversed()
                .thenComparingLong(i -> entries.get(i).cost()).thenComparingInt(i -> i));
        long left = budget;
        int rank = 0;
        for (int i : order) {
            rank++;
            BudgetEntry e = entries.get(i);
            long count = approvals.get(i);
            String place = count + " approval" + (count == 1 ? "" : "s") + ", " + ordinal(rank) + " of "
                    + entries.size() + " in the order of funding";
            if (count == 0) {
                e.decide(0, false, "Not funded: no member approved it.");
            } else if (e.cost() <= left) {
                e.decide(count, true, "Funded: " + place + "; " + money(left) + " of the budget was left when its "
                        + "turn came.");
                left -= e.cost();
            } else {
                e.decide(count, false, "Not funded: " + place + "; it costs " + money(e.cost()) + " and "
                        + (left == 0 ? "nothing" : "only " + money(left)) + " of the budget was left when its turn "
                        + "came.");
            }
        }
        this.ballots = ballotsCounted;
        this.status = BudgetRoundStatus.FUNDED;
        this.closedAt = now;
        this.note = money(budget - left) + " of " + money(budget) + " funded; " + money(left)
                + " stays in the " + fund + " fund.";
        return release();
    }

    /** The ballot was cancelled: nothing is funded and the reservation is released. */
    public TransferOrder.VoidPending cancel(String why, Instant now) {
        requireVoting();
        this.status = BudgetRoundStatus.CANCELLED;
        this.note = Check.text(why, "The reason", 2000);
        this.closedAt = now;
        return release();
    }

    private TransferOrder.VoidPending release() {
        return new TransferOrder.VoidPending(id().transfer("release"), id().transfer("reservation"), id().reference());
    }

    private void requireVoting() {
        if (status != BudgetRoundStatus.VOTING) {
            throw new RuleViolation("This participatory budget is " + status.inSentence() + " already.");
        }
    }

    private String money(long minorUnits) {
        return Amount.decimal(minorUnits, currency()) + " " + currency;
    }

    private static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** What is funded: the sum of the funded requests' costs, zero before the count. */
    public long fundedTotal() {
        return entries.stream().filter(e -> e.funded().orElse(false)).mapToLong(BudgetEntry::cost).sum();
    }

    /** Its id. */
    public BudgetRoundId id() {
        return BudgetRoundId.of(id);
    }

    /** The union whose fund it shares. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** Its title. */
    public String title() {
        return title;
    }

    /** The fund's name. */
    public String fund() {
        return fund;
    }

    /** The fund's account. */
    public LedgerAccountId fundAccount() {
        return LedgerAccountId.of(fundAccountId);
    }

    /** The budget shared. */
    public Amount budget() {
        return new Amount(currency(), budget);
    }

    /** The ledger's currency. */
    public Currency currency() {
        return Amount.currency(currency);
    }

    /** Where it stands. */
    public BudgetRoundStatus status() {
        return status;
    }

    /** Its secret ballot, once prepared. */
    public Optional<ElectionId> election() {
        return Optional.ofNullable(electionId).map(ElectionId::of);
    }

    /** When voting opens. */
    public Instant votingOpens() {
        return votingOpens;
    }

    /** When voting closes. */
    public Instant votingCloses() {
        return votingCloses;
    }

    /** The competing requests, in the order they entered. */
    public List<BudgetEntry> entries() {
        return List.copyOf(entries);
    }

    /** How many ballots were counted, once funded. */
    public Optional<Long> ballots() {
        return Optional.ofNullable(ballots);
    }

    /** What came of it in a sentence: the sums once funded, the reason once cancelled. */
    public String note() {
        return note;
    }

    /** When it was opened. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When it was funded or cancelled. */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetRound other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
