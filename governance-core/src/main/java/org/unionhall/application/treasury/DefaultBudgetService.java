package org.unionhall.application.treasury;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.election.BallotTrustees;
import org.unionhall.application.election.ContestSpec;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.PrepareElection;
import org.unionhall.application.election.ResultView;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.bylaws.BylawsBook;
import org.unionhall.domain.bylaws.BylawsTerms;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.BudgetEntry;
import org.unionhall.domain.treasury.BudgetRound;
import org.unionhall.domain.treasury.BudgetRoundId;
import org.unionhall.domain.treasury.BudgetRoundStatus;
import org.unionhall.domain.treasury.BudgetRounds;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantRequest;
import org.unionhall.domain.treasury.GrantRequestId;
import org.unionhall.domain.treasury.GrantRequests;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * Participatory budgets for the union's treasurers and members. Opening one locks its requests'
 * rows, then the ledger (the order every treasury writer keeps); executing one locks the budget's
 * row, its requests', then the ledger, so the timer on two nodes, or twice, settles it once.
 */
@ApplicationScoped
@Transactional
public class DefaultBudgetService implements BudgetService {
    /** The payee the budget is reserved for while the members vote; the reservation is always released. */
    static final String HOLDING = "Participatory budgets";
    /**
     * How long after opening a budget its voting opens unless the treasurer says otherwise: time for
     * the trustees' key ceremony and for members to register their voting key, which only those
     * who registered before voting opens can use.
     */
    static final Duration REGISTRATION = Duration.ofDays(2);

    private Stores stores;
    private UnionBooks books;
    private BudgetRounds rounds;
    private GrantRequests grants;
    private BylawsBook bylaws;
    private Notifier notifier;
    private BallotBox ballots;

    /** For CDI's proxy. */
    protected DefaultBudgetService() {
    }

    /**
     * @param stores unions, members, mandates, instances, the audit trail and the clock
     * @param ledgers the ledgers
     * @param rounds the participatory budgets
     * @param grants the grant requests that compete in them
     * @param bylaws the bylaws in force (trustees, threshold, voting days)
     * @param notifier tells trustees and requesters
     * @param ballots the secret ballot service, when deployed
     */
    @Inject
    public DefaultBudgetService(Stores stores, Ledgers ledgers, BudgetRounds rounds, GrantRequests grants,
                                BylawsBook bylaws, Notifier notifier, BallotBox ballots) {
        this.stores = stores;
        this.books = new UnionBooks(stores, ledgers);
        this.rounds = rounds;
        this.grants = grants;
        this.bylaws = bylaws;
        this.notifier = notifier;
        this.ballots = ballots;
    }

    @Override
    public BudgetRoundView open(Actor actor, String unionSlug, NewBudgetRound asked) {
        Union union = books.union(unionSlug);
        Powers powers = actor.powers(stores);
        powers.requireTreasurer(union);
        Check.present(asked, "The participatory budget");
        ElectionService elections = ballots.service().orElseThrow(() -> new RuleViolation(
                "Secret member ballots are not available on this installation."));
        BudgetRound.requireEntries(asked.requests() == null ? 0 : asked.requests().size());
        List<GrantRequest> requests = new ArrayList<>();
        for (String requestId : asked.requests()) {
            requests.add(grants.lock(GrantRequestId.of(requestId)).filter(r -> r.unionId().equals(union.id()))
                    .orElseThrow(() -> new NotFound("There is no grant request " + Check.abbreviate(requestId)
                            + " to " + union.name() + ".")));
        }
        Ledger ledger = books.locked(union);
        String fund = asked.fund() == null || asked.fund().isBlank() ? GrantKind.MODERATION_LABOUR.fund()
                : asked.fund().strip();
        Amount budget = UnionBooks.money(asked.budget(), ledger, "The budget");
        BylawsTerms terms = bylaws.inForceOfUnion(union.id()).map(b -> b.terms()).orElseGet(BylawsTerms::founding);
        List<MemberId> trustees = BallotTrustees.of(stores, union.id(), terms.trustees());
        if (trustees.isEmpty()) {
            throw new RuleViolation(union.name() + " has no trustee in office; a union steward names trustees first.");
        }
        Instant now = stores.time().now();
        Instant opens = Optional.ofNullable(asked.opensAt()).orElse(now.plus(REGISTRATION));
        Instant closes = Optional.ofNullable(asked.closesAt()).orElse(opens.plus(Duration.ofDays(terms.votingDays())));
        BudgetRound round = BudgetRound.open(union.id(), asked.title(), fund, books.fund(ledger, fund), budget,
                requests, opens, closes, now);
        rounds.add(round);
        List<String> options = round.ballotOptions();
        ElectionId election = elections.prepare(actor, new PrepareElection(SubjectKind.BUDGET_ROUND,
                round.id().toString(), round.title(), union.slug(), List.of(new ContestSpec("budget",
                "Which requests should the " + fund + " fund pay from its budget of " + budget + "? Approve "
                        + "every request you want funded.", "approval", options, 0, options.size(), 1)),
                trustees, Math.min(terms.trusteeThreshold(), trustees.size()), opens, closes));
        round.attachElection(election);
        books.record(union, ledger, actor.memberId(), List.of(round.reservation(books.payee(ledger, HOLDING))));
        books.audit(actor, AuditAction.BUDGET_OPENED, union, "Participatory budget " + round.id() + " (\""
                + Check.abbreviate(round.title()) + "\"): " + budget + " of the " + fund + " fund, reserved, shared "
                + "among " + requests.size() + " requests by the members' approval ballot.");
        notifier.notify(trustees, NotificationKind.TRUSTEE_NEEDED, round.id(), "You are one of " + trustees.size()
                + " trustees of the secret ballot on the participatory budget \"" + round.title() + "\": before "
                + "voting opens, open it and take part in the key ceremony.");
        for (GrantRequest r : requests) {
            notifier.notify(List.of(r.requester()), NotificationKind.GRANT_DECIDED, r.id(), "Your grant request \""
                    + r.title() + "\" is before the members in the participatory budget \"" + round.title()
                    + "\"; voting closes " + Moments.inWords(closes) + ".");
        }
        return view(round, union, Optional.of(elections), actor.powers(stores));
    }

    @Override
    public BudgetRoundView round(Actor actor, String roundId) {
        Powers powers = actor.powers(stores);
        BudgetRound round = visible(powers, roundId);
        return view(round, unionOf(round), ballots.service(), powers);
    }

    @Override
    public BudgetRoundView openVoting(Actor actor, String roundId) {
        Powers powers = actor.powers(stores);
        BudgetRound round = visible(powers, roundId);
        ElectionService elections = ballots.service().orElseThrow(() -> new RuleViolation(
                "Secret member ballots are not available on this installation."));
        elections.open(actor, round.election().orElseThrow());
        return view(round, unionOf(round), Optional.of(elections), powers);
    }

    /** The budget if the caller is one of its union's insiders; otherwise, as if it did not exist, not found. */
    private BudgetRound visible(Powers powers, String roundId) {
        return rounds.find(BudgetRoundId.of(roundId)).filter(r -> powers.isInsider(r.unionId()))
                .orElseThrow(() -> new NotFound("There is no participatory budget "
                        + Check.abbreviate(String.valueOf(roundId)) + " you may see."));
    }

    private Union unionOf(BudgetRound round) {
        return stores.unions().find(round.unionId()).orElseThrow();
    }

    @Override
    public List<BudgetRoundView> rounds(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        Powers powers = actor.powers(stores);
        powers.requireInsider(union, "its participatory budgets");
        return rounds.ofUnion(union.id()).stream().map(r -> view(r, union, Optional.empty(), powers)).toList();
    }

    @Override
    public int settleDue() {
        Optional<ElectionService> service = ballots.service();
        if (service.isEmpty()) {
            return 0;
        }
        int settled = 0;
        for (BudgetRound candidate : rounds.voting()) {
            ElectionId election = candidate.election().orElseThrow();
            ElectionPhase phase = service.get().view(Optional.empty(), election).phase();
            if (phase != ElectionPhase.PUBLISHED && phase != ElectionPhase.CANCELLED) {
                continue;
            }
            BudgetRound round = rounds.lock(candidate.id()).orElseThrow();
            if (round.status() != BudgetRoundStatus.VOTING) {
                continue;
            }
            if (phase == ElectionPhase.PUBLISHED) {
                execute(round, service.get().result(election));
            } else {
                cancel(round);
            }
            settled++;
        }
        return settled;
    }

    /** Funds the winners: one linked batch releases the reservation and pays each funded request. */
    private void execute(BudgetRound round, ResultView result) {
        Union union = unionOf(round);
        Map<GrantRequestId, GrantRequest> requests = lockedRequests(round);
        Ledger ledger = books.locked(union);
        Instant now = stores.time().now();
        List<TransferOrder> orders = new ArrayList<>();
        orders.add(round.decide(result.contests().get(0).counts(), result.ballotsCounted(), now));
        for (BudgetEntry e : round.entries()) {
            GrantRequest request = requests.get(e.request());
            String why = "Participatory budget \"" + round.title() + "\": " + e.reason();
            if (e.funded().orElse(false)) {
                orders.add(request.fundByBudget(round.fundAccount(), books.payee(ledger, request), why, now));
            } else {
                request.notFundedByBudget(why, now);
            }
            notifier.notify(List.of(request.requester()), NotificationKind.GRANT_DECIDED, request.id(),
                    "Your grant request \"" + request.title() + "\": " + e.reason());
        }
        books.recordByUnionhall(union, ledger, orders);
        books.auditByUnionhall(AuditAction.BUDGET_FUNDED, union, "Participatory budget " + round.id()
                + " executed from its ballot's result (" + round.ballots().orElseThrow() + " ballots): " + round.note());
    }

    /** The ballot was cancelled: the reservation is released and the requests go back to the treasurers. */
    private void cancel(BudgetRound round) {
        Union union = unionOf(round);
        Map<GrantRequestId, GrantRequest> requests = lockedRequests(round);
        Ledger ledger = books.locked(union);
        String why = "The secret ballot of the participatory budget \"" + round.title() + "\" was cancelled, so "
                + "nothing was funded; the request is with the treasurers again.";
        TransferOrder.VoidPending release = round.cancel("Its secret ballot was cancelled (no member registered to "
                + "vote, no ballot was cast, or too few trustees completed the key ceremony); nothing was funded.",
                stores.time().now());
        requests.values().forEach(r -> r.leaveBudgetRound(why));
        books.recordByUnionhall(union, ledger, List.of(release));
        books.auditByUnionhall(AuditAction.BUDGET_CANCELLED, union, "Participatory budget " + round.id()
                + " cancelled with its ballot; its reservation was released.");
    }

    private Map<GrantRequestId, GrantRequest> lockedRequests(BudgetRound round) {
        Map<GrantRequestId, GrantRequest> locked = new HashMap<>();
        for (BudgetEntry e : round.entries()) {
            locked.put(e.request(), grants.lock(e.request()).orElseThrow());
        }
        return locked;
    }

    /** The budget as members read it; its ballot's phase only when the election service is given. */
    private BudgetRoundView view(BudgetRound r, Union union, Optional<ElectionService> elections, Powers powers) {
        Map<InstanceId, String> instances = stores.instances().namesOfUnion(union.id());
        Optional<ElectionPhase> phase = r.election().flatMap(id -> elections.map(e -> e.view(Optional.empty(), id)
                .phase()));
        List<BudgetRoundView.Entry> entries = r.entries().stream().map(e -> new BudgetRoundView.Entry(
                e.request().toString(), e.title(), grants.find(e.request()).flatMap(GrantRequest::instance)
                .map(instances::get).orElse(null), Amount.decimal(e.cost(), r.currency()), e.approvals().orElse(null),
                e.funded().orElse(null), e.reason())).toList();
        return new BudgetRoundView(r.id().toString(), union.slug(), r.title(), r.fund(), r.budget().toDecimal(),
                r.currency().getCurrencyCode(), r.status(), r.election().map(Object::toString).orElse(null),
                phase.orElse(null), r.votingOpens(), r.votingCloses(), BudgetRound.TIE_RULE, entries,
                Amount.decimal(r.fundedTotal(), r.currency()), r.ballots().orElse(null), r.note(), r.createdAt(),
                r.closedAt().orElse(null), phase.orElse(null) == ElectionPhase.REGISTRATION
                && powers.stewardsUnion(union.id()));
    }
}
