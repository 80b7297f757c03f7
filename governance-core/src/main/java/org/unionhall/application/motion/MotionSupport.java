package org.unionhall.application.motion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.BylawsTerms;
import org.unionhall.domain.bylaws.Decision;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Tally;
import org.unionhall.domain.congress.ChapterRoll;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MemberListing;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * What the motion services share: finding scopes and motions, who may see and steward them,
 * the bylaws a motion is decided under, certifying chapters for a roll call, concluding a
 * decided motion, and building views.
 */
abstract class MotionSupport {
    protected MotionStores stores;
    protected Notifier notifier;

    protected MotionSupport() {
    }

    protected MotionSupport(MotionStores stores, Notifier notifier) {
        this.stores = stores;
        this.notifier = notifier;
    }

    /**
     * A motion's scope, resolved.
     *
     * @param kind chapter, union or federation
     * @param federation the federation
     * @param union the union (empty for the federation)
     * @param chapter the chapter (chapter scope only)
     * @param slug the scope's short name
     * @param name the scope's name
     */
    record Scope(MotionScope kind, FederationId federation, Optional<Union> union, Optional<Chapter> chapter,
                 String slug, String name) {
    }

    Member me(Actor actor) {
        powers(actor);
        return stores.core().members().find(actor.memberId()).orElseThrow();
    }

    Instant now() {
        return stores.core().time().now();
    }

    LocalDate today() {
        return stores.core().time().today();
    }

    Scope scope(MotionScope kind, String slug) {
        Check.present(kind, "The scope (chapter, union or federation)");
        String wanted = Optional.ofNullable(slug).map(String::strip).orElse("");
        switch (kind) {
            case CHAPTER -> {
                Chapter c = stores.core().chapters().findBySlug(wanted)
                        .orElseThrow(() -> new NotFound("There is no chapter \"" + Check.abbreviate(wanted) + "\"."));
                Union u = stores.core().unions().find(c.unionId()).orElseThrow();
                return new Scope(kind, u.federationId(), Optional.of(u), Optional.of(c), c.slug(), c.name());
            }
            case UNION -> {
                Union u = union(wanted);
                return new Scope(kind, u.federationId(), Optional.of(u), Optional.empty(), u.slug(), u.name());
            }
            default -> {
                for (Union u : stores.core().unions().all()) {
                    Optional<Federation> f = stores.core().federations().find(u.federationId());
                    if (f.isPresent() && f.get().slug().equals(wanted)) {
                        return new Scope(kind, f.get().id(), Optional.empty(), Optional.empty(), f.get().slug(),
                                f.get().name());
                    }
                }
                throw new NotFound("There is no federation \"" + Check.abbreviate(wanted) + "\".");
            }
        }
    }

    Scope scopeOf(Motion m) {
        return switch (m.scope()) {
            case CHAPTER -> scope(MotionScope.CHAPTER,
                    stores.core().chapters().find(m.chapterId().orElseThrow()).orElseThrow().slug());
            case UNION -> scope(MotionScope.UNION,
                    stores.core().unions().find(m.unionId().orElseThrow()).orElseThrow().slug());
            case FEDERATION -> {
                Federation f = stores.core().federations().find(m.federationId()).orElseThrow();
                yield new Scope(MotionScope.FEDERATION, f.id(), Optional.empty(), Optional.empty(), f.slug(), f.name());
            }
        };
    }

    Union union(String slug) {
        String wanted = Optional.ofNullable(slug).map(String::strip).orElse("");
        return stores.core().unions().findBySlug(wanted)
                .orElseThrow(() -> new NotFound("There is no union \"" + Check.abbreviate(wanted) + "\"."));
    }

    List<Union> unionsOf(Scope scope) {
        if (scope.union().isPresent()) {
            return List.of(scope.union().get());
        }
        return stores.core().unions().all().stream().filter(u -> u.federationId().equals(scope.federation())).toList();
    }

    List<Chapter> chaptersOf(Scope scope) {
        if (scope.chapter().isPresent()) {
            return List.of(scope.chapter().get());
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Union u : unionsOf(scope)) {
            chapters.addAll(stores.core().chapters().ofUnion(u.id()));
        }
        return chapters;
    }

    /** What the caller may do (see {@link Powers}, the one place that decides it). */
    Powers powers(Actor actor) {
        return actor.powers(stores.core());
    }

    /** Whether the caller is an active member of the scope (of its chapter, or of one of its unions). */
    boolean isMember(Actor actor, Scope scope) {
        Powers powers = powers(actor);
        Optional<ChapterId> chapter = scope.chapter().map(Chapter::id);
        return unionsOf(scope).stream().anyMatch(u -> powers.isMemberOf(u.id(), chapter));
    }

    boolean isActiveMember(MemberId member, Scope scope) {
        if (scope.chapter().isPresent()) {
            return stores.core().memberships().find(member, scope.chapter().get().id())
                    .map(m -> m.isActive()).orElse(false);
        }
        return unionsOf(scope).stream().anyMatch(u -> stores.core().memberships().isActiveInUnion(member, u.id()));
    }

    boolean stewards(Actor actor, Scope scope) {
        Powers powers = powers(actor);
        Optional<ChapterId> chapter = scope.chapter().map(Chapter::id);
        return unionsOf(scope).stream().anyMatch(u -> powers.stewards(u.id(), chapter));
    }

    /** A union's insiders (its members and stewards) see its and its chapters' motions. */
    boolean mayView(Actor actor, Scope scope) {
        Powers powers = powers(actor);
        return unionsOf(scope).stream().anyMatch(u -> powers.isInsider(u.id()));
    }

    void requireView(Actor actor, Scope scope) {
        if (!mayView(actor, scope)) {
            throw new AccessDenied("Only members of " + (scope.union().map(Union::name).orElse(scope.name()))
                    + " see its motions.");
        }
    }

    void requireSteward(Actor actor, Scope scope) {
        if (!stewards(actor, scope)) {
            Powers powers = powers(actor);
            Optional<ChapterId> chapter = scope.chapter().map(Chapter::id);
            unionsOf(scope).forEach(u -> powers.requireSecondFactorFor(MandateRole.STEWARD, u.id(), chapter));
            throw new AccessDenied("Only a steward of " + scope.name() + " may do this.");
        }
    }

    Motion motion(MotionId id) {
        return stores.motions().find(id).orElseThrow(() -> new NotFound("There is no motion " + id + "."));
    }

    /** A motion the caller may see: drafts only by their proposer. */
    Motion visibleMotion(Actor actor, MotionId id) {
        me(actor);
        Motion m = motion(id);
        if (m.status() == MotionStatus.DRAFT && !m.proposer().equals(actor.memberId())) {
            throw new NotFound("There is no motion " + id + ".");
        }
        requireView(actor, scopeOf(m));
        return m;
    }

    Bylaws bylawsFor(Scope scope) {
        if (scope.union().isPresent()) {
            Union u = scope.union().get();
            return stores.bylaws().inForceOfUnion(u.id()).orElseThrow(() -> new RuleViolation(u.name()
                    + " has no bylaws in force yet; a union steward adopts the founding bylaws first."));
        }
        return stores.bylaws().inForceOfFederation(scope.federation()).orElseThrow(() -> new RuleViolation(
                "The federation has no bylaws in force yet."));
    }

    /** The bylaws version the motion recorded at submission. */
    Bylaws recordedBylaws(Motion m) {
        return m.bylawsId().flatMap(id -> stores.bylaws().find(id))
                .orElseThrow(() -> new RuleViolation("This motion has not been submitted under any bylaws."));
    }

    Decision decide(Motion m, Tally tally) {
        return recordedBylaws(m).terms().decide(m.kind(), m.decidedBy().orElseThrow(), tally);
    }

    /** Active members of the scope, without repeats. */
    List<MemberId> activeMembers(Scope scope) {
        Set<MemberId> members = new LinkedHashSet<>();
        for (Chapter c : chaptersOf(scope)) {
            stores.core().memberships().listing(c, List.of(MembershipStatus.ACTIVE), Optional.empty(), 0,
                    Integer.MAX_VALUE, today()).rows().stream().map(MemberListing::member).forEach(members::add);
        }
        return List.copyOf(members);
    }

    /** Delegates of a chapter in office on the day, longest-serving first. */
    List<MemberId> delegatesOf(Chapter chapter, LocalDate day) {
        return stores.core().mandates().ofChapter(chapter.id()).stream()
                .filter(m -> m.role() == MandateRole.DELEGATE && m.activeOn(day))
                .sorted(Comparator.comparing((Mandate m) -> m.term().start()).thenComparing(m -> m.holder().toString()))
                .map(Mandate::holder)
                .distinct()
                .toList();
    }

    /** The chapters of the scope as they stand on the record date: certified counts and delegates. */
    List<ChapterRoll> certify(Scope scope, LocalDate recordDate) {
        List<Chapter> chapters = chaptersOf(scope);
        Map<org.unionhall.domain.membership.ChapterId, Long> counts = stores.core().memberships()
                .activeCounts(chapters.stream().map(Chapter::id).toList());
        return chapters.stream().map(c -> new ChapterRoll(c.id(), c.name(), counts.getOrDefault(c.id(), 0L),
                delegatesOf(c, recordDate))).toList();
    }

    boolean isDelegateInUnion(MemberId member, Union union, LocalDate day) {
        return stores.core().mandates().ofMember(member).stream()
                .anyMatch(m -> m.role() == MandateRole.DELEGATE && m.unionId().equals(union.id()) && m.activeOn(day));
    }

    /**
     * Applies a decision to a motion in its vote, then what follows from it: a carried amendment
     * changes its motion's text, a carried bylaws amendment puts its proposal in force (a failed
     * one rejects it), and the members of the scope are told the result.
     */
    void conclude(Motion m, Decision decision) {
        m.decide(decision, now());
        followUp(m);
    }

    void followUp(Motion m) {
        Instant now = now();
        if (m.kind() == MotionKind.AMENDMENT && m.status() == MotionStatus.CARRIED) {
            motion(m.parentId().orElseThrow()).applyAmendment(m, now);
        }
        if (m.kind() == MotionKind.BYLAWS_AMENDMENT) {
            Bylaws proposal = m.proposedBylawsId().flatMap(id -> stores.bylaws().find(id)).orElseThrow();
            if (m.status() == MotionStatus.CARRIED) {
                proposal.adoptAfter(bylawsFor(scopeOf(m)), m.id().toString(), now);
            } else {
                proposal.reject();
            }
        }
        String outcome = m.status() == MotionStatus.CARRIED ? "carried" : "failed";
        notifier.notify(activeMembers(scopeOf(m)), NotificationKind.RESULT_PUBLISHED, m.id(),
                "\"" + m.title() + "\" " + outcome + ". " + m.decisionNote().orElse(""));
    }

    Map<MemberId, String> names(Collection<MemberId> ids) {
        return stores.core().members().displayNames(new HashSet<>(ids));
    }

    MotionSummary summary(Motion m, Map<MemberId, String> names) {
        return new MotionSummary(m.id().toString(), m.kind(), m.title(), m.status(),
                names.getOrDefault(m.proposer(), ""), m.createdAt(), m.seconds().size(), m.secondsNeeded(),
                m.decidedBy(), m.votingCloses());
    }

    List<MotionSummary> summaries(Collection<Motion> motions, Actor actor) {
        List<Motion> visible = motions.stream()
                .filter(m -> m.status() != MotionStatus.DRAFT || m.proposer().equals(actor.memberId())).toList();
        Map<MemberId, String> names = names(visible.stream().map(Motion::proposer).toList());
        return visible.stream().map(m -> summary(m, names)).toList();
    }

    static BylawsView bylawsView(Bylaws b) {
        BylawsTerms t = b.terms();
        return new BylawsView(b.id().toString(), b.number(), b.status(), b.adoptedAt(), b.adoptedByMotion(),
                t.memberQuorumPercent(), t.congressQuorumPercent(), t.secondsNeeded(), t.secondingDays(),
                t.votingDays(), t.trustees(), t.trusteeThreshold(), t.rules().entrySet().stream()
                .map(e -> new BylawsView.Rule(e.getKey(), e.getValue().body(), e.getValue().threshold())).toList(),
                TreasuryTerms.of(t.treasury()));
    }

    MotionView view(Actor actor, Motion m) {
        Scope scope = scopeOf(m);
        Set<MemberId> people = new HashSet<>();
        people.add(m.proposer());
        m.seconds().forEach(s -> people.add(s.member()));
        m.history().forEach(e -> e.actor().ifPresent(people::add));
        List<org.unionhall.domain.motion.Nomination> nominations = m.kind() == MotionKind.OFFICER_ELECTION
                ? stores.nominations().ofElection(m.id()) : List.of();
        nominations.forEach(n -> {
            people.add(n.nominee());
            people.add(n.nominatedBy());
        });
        List<Motion> amendments = stores.motions().amendmentsOf(m.id());
        amendments.forEach(a -> people.add(a.proposer()));
        Map<MemberId, String> names = names(people);
        Optional<Motion> parent = m.parentId().flatMap(id -> stores.motions().find(id));
        Optional<Bylaws> recorded = m.bylawsId().flatMap(id -> stores.bylaws().find(id));
        boolean proposer = m.proposer().equals(actor.memberId());
        boolean member = isMember(actor, scope);
        boolean seconded = m.seconds().stream().anyMatch(s -> s.member().equals(actor.memberId()));
        MotionStatus s = m.status();
        MotionView.Viewer viewer = new MotionView.Viewer(proposer, proposer && s == MotionStatus.DRAFT,
                !proposer && member && !seconded && s == MotionStatus.SUBMITTED,
                member && s == MotionStatus.OPEN_FOR_AMENDMENTS,
                proposer && !s.closed() && s != MotionStatus.VOTING,
                stewards(actor, scope),
                m.kind() == MotionKind.OFFICER_ELECTION && member && !s.closed() && s != MotionStatus.SCHEDULED
                        && s != MotionStatus.VOTING);
        return new MotionView(m.id().toString(), m.kind(), m.title(), m.text(), s, m.scope(), scope.slug(),
                scope.name(), parent.map(p -> p.id().toString()), parent.map(Motion::title),
                names.getOrDefault(m.proposer(), ""), m.createdAt(), m.bylawsNumber(), m.decidedBy(),
                recorded.map(b -> b.terms().ruleFor(m.kind()).threshold()), m.secondsNeeded(), m.secondsDue(),
                m.seconds().stream().map(x -> names.getOrDefault(x.member(), "")).toList(), m.votingOpens(),
                m.votingCloses(), m.electionId(),
                m.result().map(r -> new MotionView.Result(r.inFavour(), r.against(), r.abstaining(), r.eligible(),
                        m.quorumMet().orElse(false))),
                m.decisionNote(), amendments.stream().filter(a -> a.status() != MotionStatus.DRAFT || a.proposer()
                .equals(actor.memberId())).map(a -> summary(a, names)).toList(),
                m.history().stream().map(e -> new MotionEventView(e.occurredAt(),
                        e.actor().map(id -> names.getOrDefault(id, "")).orElse(""), e.what())).toList(),
                m.electionMethod(), m.officeSeats(),
                nominations.stream().map(n -> nominationView(n, names)).toList(),
                m.proposedBylawsId().flatMap(id -> stores.bylaws().find(id)).map(MotionSupport::bylawsView),
                viewer);
    }

    static NominationView nominationView(org.unionhall.domain.motion.Nomination n, Map<MemberId, String> names) {
        return new NominationView(n.id().toString(), n.nominee().toString(), names.getOrDefault(n.nominee(), ""),
                names.getOrDefault(n.nominatedBy(), ""), n.status(), n.statement(), n.nominatedAt());
    }

    static InvalidInput invalid(String message) {
        return new InvalidInput(message);
    }

    static boolean secret(Motion m) {
        return m.decidedBy().orElse(DecisionBody.CONGRESS) == DecisionBody.SECRET_BALLOT;
    }
}
