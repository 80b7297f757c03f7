package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.Actor;
import org.unionhall.application.UniqueRule;
import org.unionhall.application.election.BallotTrustees;
import org.unionhall.application.election.ContestSpec;
import org.unionhall.application.election.ElectionPublished;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.PrepareElection;
import org.unionhall.application.election.ResultView;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.BylawsTerms;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.KindRule;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Tally;
import org.unionhall.domain.bylaws.Threshold;
import org.unionhall.domain.congress.CongressResult;
import org.unionhall.domain.congress.CongressVote;
import org.unionhall.domain.congress.Seat;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.motion.ElectionMethod;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.motion.Nomination;
import org.unionhall.domain.motion.NominationId;
import org.unionhall.domain.motion.NominationStatus;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Bylaws, motions, amendments and officer elections, each call one transaction. A motion sent to
 * a secret member ballot is prepared through the election service when scheduled (trustees: the
 * union's trustees in office, as many as the bylaws name, threshold from the bylaws) and decided
 * from the published result; a congress motion gets its roll call when its vote opens.
 */
@ApplicationScoped
@Transactional
public class DefaultMotionService extends MotionSupport implements MotionService {
    private static final Logger LOG = Logger.getLogger(DefaultMotionService.class.getName());
    private static final Duration QUORUM_WARNING = Duration.ofHours(24);

    private BallotBox ballots;

    /** For CDI's proxy. */
    protected DefaultMotionService() {
    }

    /**
     * @param stores the repositories and clock
     * @param notifier writes notifications
     * @param ballots the secret ballot service, when deployed
     */
    @Inject
    public DefaultMotionService(MotionStores stores, Notifier notifier, BallotBox ballots) {
        super(stores, notifier);
        this.ballots = ballots;
    }

    @Override
    public BylawsView bylaws(Actor actor, String unionSlug) {
        me(actor);
        Scope scope = scope(MotionScope.UNION, unionSlug);
        requireView(actor, scope);
        return bylawsView(bylawsFor(scope));
    }

    @Override
    public List<BylawsView> bylawsHistory(Actor actor, String unionSlug) {
        me(actor);
        Scope scope = scope(MotionScope.UNION, unionSlug);
        requireView(actor, scope);
        return stores.bylaws().historyOfUnion(scope.union().orElseThrow().id()).stream()
                .map(MotionSupport::bylawsView).toList();
    }

    @Override
    public BylawsView adoptFoundingBylaws(Actor actor, String unionSlug) {
        me(actor);
        Scope scope = scope(MotionScope.UNION, unionSlug);
        requireSteward(actor, scope);
        Union union = scope.union().orElseThrow();
        if (stores.bylaws().inForceOfUnion(union.id()).isPresent()) {
            throw new RuleViolation(union.name() + " already has bylaws; they change only by a bylaws amendment.");
        }
        Bylaws first = Bylaws.foundingOfUnion(union.federationId(), union.id(), BylawsTerms.founding(), now());
        UniqueRule.store(() -> stores.bylaws().add(first), union.name() + " already has bylaws.");
        return bylawsView(first);
    }

    @Override
    public List<MotionSummary> motionsOfUnion(Actor actor, String unionSlug) {
        me(actor);
        Scope scope = scope(MotionScope.UNION, unionSlug);
        requireView(actor, scope);
        return summaries(stores.motions().ofUnion(scope.union().orElseThrow().id()), actor);
    }

    @Override
    public List<MotionSummary> motionsOfChapter(Actor actor, String chapterSlug) {
        me(actor);
        Scope scope = scope(MotionScope.CHAPTER, chapterSlug);
        requireView(actor, scope);
        return summaries(stores.motions().ofChapter(scope.chapter().orElseThrow().id()), actor);
    }

    @Override
    public MotionView motion(Actor actor, MotionId motion) {
        return view(actor, visibleMotion(actor, motion));
    }

    @Override
    public MotionView propose(Actor actor, ProposeMotion proposal) {
        me(actor);
        Check.present(proposal, "The motion");
        Check.present(proposal.kind(), "The kind of motion");
        if (proposal.kind() == MotionKind.BYLAWS_AMENDMENT || proposal.kind() == MotionKind.OFFICER_ELECTION
                || proposal.kind() == MotionKind.AMENDMENT) {
            throw new InvalidInput("A " + proposal.kind().inSentence() + " is proposed with its own form.");
        }
        Scope scope = scope(proposal.scope(), proposal.scopeSlug());
        requireView(actor, scope);
        Motion m = Motion.draft(proposal.kind(), scope.kind(), scope.federation(),
                scope.union().map(Union::id), scope.chapter().map(c -> c.id()), proposal.title(), proposal.text(),
                actor.memberId(), isMember(actor, scope), now());
        stores.motions().add(m);
        return view(actor, m);
    }

    @Override
    public MotionView proposeBylawsAmendment(Actor actor, String unionSlug, String title, String text,
                                             BylawsProposal proposal) {
        me(actor);
        Check.present(proposal, "The proposed bylaws");
        Scope scope = scope(MotionScope.UNION, unionSlug);
        requireView(actor, scope);
        Bylaws current = bylawsFor(scope);
        Map<MotionKind, KindRule> rules = new EnumMap<>(MotionKind.class);
        for (MotionKind kind : MotionKind.values()) {
            DecisionBody body = Optional.ofNullable(proposal.bodies()).map(b -> b.get(kind)).orElse(null);
            Threshold threshold = Optional.ofNullable(proposal.thresholds()).map(t -> t.get(kind)).orElse(null);
            if (body == null || threshold == null) {
                throw new InvalidInput("The proposed bylaws must say who decides a " + kind.inSentence()
                        + " and with which majority.");
            }
            rules.put(kind, new KindRule(body, threshold));
        }
        BylawsTerms terms = new BylawsTerms(proposal.memberQuorumPercent(), proposal.congressQuorumPercent(),
                proposal.secondsNeeded(), proposal.secondingDays(), proposal.votingDays(), proposal.trustees(),
                proposal.trusteeThreshold(), rules).withTreasury(proposal.treasury() == null
                ? current.terms().treasury() : proposal.treasury().rules());
        Motion m = Motion.draft(MotionKind.BYLAWS_AMENDMENT, MotionScope.UNION, scope.federation(),
                scope.union().map(Union::id), Optional.empty(), title, text, actor.memberId(),
                isMember(actor, scope), now());
        Bylaws next = current.proposeNext(terms, now());
        stores.bylaws().add(next);
        m.carryProposal(next);
        stores.motions().add(m);
        return view(actor, m);
    }

    @Override
    public MotionView callElection(Actor actor, CallElection call) {
        me(actor);
        Check.present(call, "The election");
        Scope scope = scope(call.scope(), call.scopeSlug());
        requireView(actor, scope);
        Motion m = Motion.draftElection(scope.kind(), scope.federation(), scope.union().map(Union::id),
                scope.chapter().map(c -> c.id()), call.office(), call.text(), call.method(), call.seats(),
                actor.memberId(), isMember(actor, scope), now());
        stores.motions().add(m);
        return view(actor, m);
    }

    @Override
    public MotionView editDraft(Actor actor, MotionId id, String title, String text) {
        Motion m = visibleMotion(actor, id);
        m.editDraft(actor.memberId(), title, text, now());
        return view(actor, m);
    }

    @Override
    public MotionView submit(Actor actor, MotionId id) {
        Motion m = visibleMotion(actor, id);
        Scope scope = scopeOf(m);
        m.submit(actor.memberId(), bylawsFor(scope), now());
        if (m.status() == MotionStatus.SUBMITTED) {
            List<MemberId> others = activeMembers(scope).stream().filter(x -> !x.equals(m.proposer())).toList();
            notifier.notify(others, NotificationKind.SECONDS_NEEDED, m.id(), "\"" + m.title() + "\" needs "
                    + m.secondsNeeded() + " second" + (m.secondsNeeded() == 1 ? "" : "s") + " by "
                    + Moments.inWords(m.secondsDue().orElseThrow()) + ".");
        }
        return view(actor, m);
    }

    @Override
    public MotionView second(Actor actor, MotionId id) {
        Motion m = visibleMotion(actor, id);
        m.second(actor.memberId(), isMember(actor, scopeOf(m)), now());
        return view(actor, m);
    }

    @Override
    public MotionView openForAmendments(Actor actor, MotionId id) {
        Motion m = visibleMotion(actor, id);
        requireSteward(actor, scopeOf(m));
        m.openForAmendments(actor.memberId(), now());
        return view(actor, m);
    }

    @Override
    public MotionView amend(Actor actor, MotionId id, String title, String newText) {
        Motion parent = visibleMotion(actor, id);
        Motion amendment = parent.amend(actor.memberId(), isMember(actor, scopeOf(parent)), title,
                newText, now());
        stores.motions().add(amendment);
        return view(actor, amendment);
    }

    @Override
    public MotionView schedule(Actor actor, MotionId id, Optional<Instant> opens, Optional<Instant> closes) {
        Motion m = visibleMotion(actor, id);
        Scope scope = scopeOf(m);
        requireSteward(actor, scope);
        Bylaws bylaws = recordedBylaws(m);
        Instant now = now();
        Instant from = opens.orElse(now);
        Instant to = closes.orElse(from.plus(Duration.ofDays(bylaws.terms().votingDays())));
        m.schedule(actor.memberId(), stores.motions().amendmentsOf(m.id()), from, to, now);
        if (secret(m)) {
            prepareBallot(actor, m, scope, bylaws);
        } else if (m.kind() == MotionKind.OFFICER_ELECTION) {
            throw new RuleViolation("Officer elections are held by secret member ballot; change the bylaws so "
                    + "that they send officer elections to a secret ballot.");
        } else if (!from.isAfter(now)) {
            // A congress vote scheduled for today (or now) opens its roll call at once, not at the timer's next turn.
            open(m, Optional.of(actor.memberId()));
        }
        return view(actor, m);
    }

    private void prepareBallot(Actor actor, Motion m, Scope scope, Bylaws bylaws) {
        ElectionService elections = ballots.service().orElseThrow(() -> new RuleViolation(
                "Secret member ballots are not available on this installation."));
        if (scope.union().isEmpty()) {
            throw new RuleViolation("A secret ballot is held in a union or a chapter; the federation's bylaws must "
                    + "send this kind of motion to the congress.");
        }
        Union union = scope.union().get();
        List<MemberId> trustees = BallotTrustees.of(stores.core(), union.id(), bylaws.terms().trustees());
        if (trustees.isEmpty()) {
            throw new RuleViolation(union.name() + " has no trustee in office; a union steward names trustees first.");
        }
        int threshold = Math.min(bylaws.terms().trusteeThreshold(), trustees.size());
        ContestSpec contest;
        SubjectKind subject;
        if (m.kind() == MotionKind.OFFICER_ELECTION) {
            subject = SubjectKind.OFFICER_ELECTION;
            contest = candidates(m);
        } else {
            subject = SubjectKind.MOTION;
            contest = ContestSpec.yesNoAbstain("motion", m.title());
        }
        ElectionId election = elections.prepare(actor, new PrepareElection(subject, m.id().toString(), m.title(),
                scope.slug(), List.of(contest), trustees, threshold, m.votingOpens().orElseThrow(),
                m.votingCloses().orElseThrow()));
        m.attachElection(election.toString(), now());
        notifier.notify(trustees, NotificationKind.TRUSTEE_NEEDED, m.id(), "You are one of " + trustees.size()
                + " trustees of the secret ballot on \"" + m.title() + "\": before the vote opens at "
                + Moments.inWords(m.votingOpens().orElseThrow()) + ", open the motion and take part in the key ceremony.");
    }

    private ContestSpec candidates(Motion m) {
        List<Nomination> accepted = stores.nominations().ofElection(m.id()).stream()
                .filter(n -> n.status() == NominationStatus.ACCEPTED).toList();
        if (accepted.size() < 2 || accepted.size() < m.officeSeats()) {
            throw new RuleViolation("An election needs at least two accepted candidates and no fewer than its "
                    + m.officeSeats() + " seat" + (m.officeSeats() == 1 ? "" : "s") + "; " + accepted.size()
                    + " accepted so far.");
        }
        Map<MemberId, String> names = names(accepted.stream().map(Nomination::nominee).toList());
        List<String> options = new ArrayList<>();
        for (Nomination n : accepted) {
            String name = names.getOrDefault(n.nominee(), "Candidate");
            options.add(options.contains(name) ? name + " (" + (options.size() + 1) + ")" : name);
        }
        ElectionMethod method = m.electionMethod().orElseThrow();
        return method == ElectionMethod.ONE_OF_N
                ? new ContestSpec("office", m.title(), "one-of-n", options, 1, 1, 1)
                : new ContestSpec("office", m.title(), "approval", options, 0, options.size(), 1);
    }

    @Override
    public MotionView openVoting(Actor actor, MotionId id) {
        Motion m = visibleMotion(actor, id);
        requireSteward(actor, scopeOf(m));
        if (secret(m) && m.status() == MotionStatus.SCHEDULED) {
            ballots.service().ifPresent(e -> e.open(actor, ElectionId.of(m.electionId().orElseThrow())));
        }
        open(m, Optional.of(actor.memberId()));
        return view(actor, m);
    }

    private void open(Motion m, Optional<MemberId> by) {
        Instant now = now();
        Scope scope = scopeOf(m);
        m.openVoting(by, now);
        List<MemberId> told;
        if (secret(m)) {
            told = activeMembers(scope);
        } else {
            CongressVote vote = CongressVote.open(m.id(), scope.union().map(Union::id), today(), certify(scope, today()),
                    now, m.votingCloses().orElseThrow());
            UniqueRule.store(() -> stores.congressVotes().add(vote), "The roll call on this motion is already open.");
            told = vote.seats().stream().map(Seat::delegate).toList();
        }
        notifier.notify(told, NotificationKind.VOTE_OPENED, m.id(), "The vote on \"" + m.title() + "\" is open until "
                + Moments.deadlineInWords(m.votingCloses().orElseThrow()) + ".");
    }

    @Override
    public MotionView withdraw(Actor actor, MotionId id) {
        Motion m = visibleMotion(actor, id);
        m.withdraw(actor.memberId(), now());
        if (m.kind() == MotionKind.BYLAWS_AMENDMENT) {
            m.proposedBylawsId().flatMap(b -> stores.bylaws().find(b)).ifPresent(Bylaws::reject);
        }
        return view(actor, m);
    }

    @Override
    public NominationView nominate(Actor actor, MotionId election, MemberId nominee) {
        Motion m = visibleMotion(actor, election);
        Scope scope = scopeOf(m);
        if (stores.core().members().find(nominee).isEmpty()) {
            throw new NotFound("There is no member " + nominee + ".");
        }
        Nomination n = Nomination.nominate(m, nominee, isActiveMember(nominee, scope), actor.memberId(),
                isMember(actor, scope), stores.nominations().ofElection(m.id()), now());
        stores.nominations().add(n);
        notifier.notify(List.of(nominee), NotificationKind.NOMINATED, m.id(), "You were nominated for \""
                + m.title() + "\". Accept with a candidate statement, or decline.");
        return nominationView(n, names(List.of(n.nominee(), n.nominatedBy())));
    }

    @Override
    public NominationView acceptNomination(Actor actor, NominationId id, String statement) {
        me(actor);
        Nomination n = nomination(id);
        n.accept(actor.memberId(), statement, insidersMotion(actor, n), now());
        return nominationView(n, names(List.of(n.nominee(), n.nominatedBy())));
    }

    @Override
    public NominationView declineNomination(Actor actor, NominationId id) {
        me(actor);
        Nomination n = nomination(id);
        n.decline(actor.memberId(), insidersMotion(actor, n), now());
        return nominationView(n, names(List.of(n.nominee(), n.nominatedBy())));
    }

    /** The election a nomination is for; only the union's insiders may answer one (the nominee is one). */
    private Motion insidersMotion(Actor actor, Nomination n) {
        Motion m = motion(n.motionId());
        requireView(actor, scopeOf(m));
        return m;
    }

    private Nomination nomination(NominationId id) {
        return stores.nominations().find(id).orElseThrow(() -> new NotFound("There is no nomination " + id + "."));
    }

    @Override
    public void decideByBallot(ElectionPublished published) {
        Motion m = stores.motions().byElection(published.electionId().toString())
                .orElseThrow(() -> new NotFound("No motion waits for election " + published.electionId() + "."));
        if (m.status() == MotionStatus.SCHEDULED) {
            m.openVoting(Optional.empty(), now());
        }
        if (published.contests().isEmpty()) {
            throw new RuleViolation("The published result holds no count.");
        }
        ResultView.ContestResult contest = published.contests().get(0);
        if (m.kind() == MotionKind.OFFICER_ELECTION) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < contest.options().size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing((Integer i) -> contest.counts().get(i)).reversed());
            List<String> elected = order.stream().limit(m.officeSeats())
                    .filter(i -> contest.counts().get(i) > 0).map(i -> contest.options().get(i)).toList();
            m.electionDecided(elected, published.turnout(), published.eligibleCount(),
                    recordedBylaws(m).terms().memberQuorumPercent(), now());
            followUp(m);
            return;
        }
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < contest.options().size(); i++) {
            counts.put(contest.options().get(i), contest.counts().get(i));
        }
        long yes = counts.getOrDefault("yes", 0L);
        long no = counts.getOrDefault("no", 0L);
        long abstain = counts.getOrDefault("abstain", 0L);
        Tally tally = new Tally(yes, no, abstain, Math.max(published.eligibleCount(), yes + no + abstain));
        conclude(m, decide(m, tally));
    }

    @Override
    public int advanceDue() {
        Instant now = now();
        int changed = 0;
        for (Motion m : stores.motions().secondingOverdue(now)) {
            if (m.lapseIfUnseconded(now)) {
                changed++;
            }
        }
        for (Motion m : stores.motions().dueToOpen(now)) {
            if (secret(m) && !ballotOpen(m)) {
                continue;
            }
            try {
                open(m, Optional.empty());
                changed++;
            } catch (DomainException refused) {
                LOG.log(Level.WARNING, "Could not open the vote on motion " + m.id() + ": " + refused.getMessage());
            }
        }
        for (CongressVote vote : stores.congressVotes().openClosingBetween(Instant.EPOCH, now)) {
            Motion m = motion(vote.motionId());
            CongressResult result = vote.close(now);
            conclude(m, decide(m, result.tally()));
            changed++;
        }
        for (CongressVote vote : stores.congressVotes().openClosingBetween(now, now.plus(QUORUM_WARNING))) {
            Motion m = motion(vote.motionId());
            int quorum = recordedBylaws(m).terms().congressQuorumPercent();
            CongressResult so = vote.result();
            if (so.cast() * 100 < (long) quorum * so.totalWeight()
                    && !stores.notifications().alreadySent(m.id(), NotificationKind.QUORUM_AT_RISK)) {
                List<MemberId> notYet = vote.seats().stream()
                        .filter(s -> vote.rollCall().stream().noneMatch(e -> e.seatOf().equals(s.delegate())))
                        .map(Seat::delegate).toList();
                notifier.notify(notYet, NotificationKind.QUORUM_AT_RISK, m.id(), "Quorum at risk: \"" + m.title()
                        + "\" closes at " + Moments.inWords(vote.closesAt()) + " and " + so.cast() + " of " + so.totalWeight()
                        + " weight has voted (" + quorum + "% needed).");
                changed++;
            }
        }
        return changed;
    }

    /**
     * Whether the secret ballot of a due motion has opened: the motion opens with its election,
     * never before (an election cancelled at its opening ends the motion through
     * {@link CancelledBallots} instead of announcing a vote that will not take place).
     */
    private boolean ballotOpen(Motion m) {
        return m.electionId().flatMap(id -> ballots.service().map(e -> e.turnout(ElectionId.of(id)).phase()))
                .map(phase -> phase == ElectionPhase.OPEN).orElse(false);
    }
}
