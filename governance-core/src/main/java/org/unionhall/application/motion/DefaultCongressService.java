package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.congress.CertifiedChapter;
import org.unionhall.domain.congress.ChapterInstruction;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.congress.CongressResult;
import org.unionhall.domain.congress.CongressVote;
import org.unionhall.domain.congress.CongressVoteStatus;
import org.unionhall.domain.congress.Proxy;
import org.unionhall.domain.congress.ProxyId;
import org.unionhall.domain.congress.ProxyScope;
import org.unionhall.domain.congress.RollCallEntry;
import org.unionhall.domain.congress.Seat;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Roll calls, instructions and proxies of the delegate congress, each call one transaction. The
 * roll call row is versioned, so two delegates voting at the same instant cannot both overwrite
 * it: one of them fails and nothing of theirs is kept.
 */
@ApplicationScoped
@Transactional
public class DefaultCongressService extends MotionSupport implements CongressService {

    /** For CDI's proxy. */
    protected DefaultCongressService() {
    }

    /**
     * @param stores the repositories and clock
     * @param notifier writes notifications
     */
    @Inject
    public DefaultCongressService(MotionStores stores, Notifier notifier) {
        super(stores, notifier);
    }

    @Override
    public CongressView rollCall(Actor actor, MotionId motion) {
        Motion m = visibleMotion(actor, motion);
        return congressView(actor, m, vote(m));
    }

    @Override
    public CongressView vote(Actor actor, MotionId motion, Choice choice) {
        Check.present(choice, "The vote (for, against or abstain)");
        Motion m = visibleMotion(actor, motion);
        CongressVote vote = vote(m);
        vote.castOwn(actor.memberId(), choice, now());
        return congressView(actor, m, vote);
    }

    @Override
    public CongressView voteByProxy(Actor actor, MotionId motion, ProxyId proxyId, Map<Choice, Long> parts) {
        Check.present(parts, "The parts of the proxy vote");
        Motion m = visibleMotion(actor, motion);
        CongressVote vote = vote(m);
        Proxy proxy = stores.proxies().find(proxyId)
                .filter(p -> p.holder().equals(actor.memberId()) || p.giver().equals(actor.memberId()))
                .orElseThrow(() -> new NotFound("You hold no proxy " + proxyId + "."));
        vote.castByProxy(actor.memberId(), proxy, parts, now());
        return congressView(actor, m, vote);
    }

    @Override
    public CongressView instruct(Actor actor, MotionId motion, String chapterSlug,
                                 org.unionhall.domain.congress.Instruction instruction) {
        Check.present(instruction, "The instruction");
        Motion m = visibleMotion(actor, motion);
        Chapter chapter = stores.core().chapters().findBySlug(Optional.ofNullable(chapterSlug).orElse("").strip())
                .orElseThrow(() -> new NotFound("There is no chapter \"" + Check.abbreviate(String.valueOf(chapterSlug))
                        + "\"."));
        if (!powers(actor).stewards(chapter)) {
            powers(actor).requireSecondFactorFor(MandateRole.STEWARD, chapter.unionId(), Optional.of(chapter.id()));
            throw new AccessDenied("Only a steward of " + chapter.name() + " or of its union instructs its delegates.");
        }
        CongressVote vote = vote(m);
        vote.instruct(chapter.id(), instruction, actor.memberId(), now());
        return congressView(actor, m, vote);
    }

    @Override
    public CongressView close(Actor actor, MotionId motion) {
        Motion m = visibleMotion(actor, motion);
        requireSteward(actor, scopeOf(m));
        CongressVote vote = vote(m);
        CongressResult result = vote.close(now());
        conclude(m, decide(m, result.tally()));
        return congressView(actor, m, vote);
    }

    @Override
    public ProxyView giveProxy(Actor actor, GiveProxy request) {
        me(actor);
        Check.present(request, "The proxy");
        Check.present(request.scope(), "What the proxy covers (one vote or one session)");
        MemberId holder = MemberId.of(request.holderId());
        Union union;
        Proxy proxy;
        LocalDate today = today();
        if (request.scope() == ProxyScope.ONE_VOTE) {
            MotionId motionId = MotionId.of(request.motionId().orElseThrow(() -> new InvalidInput(
                    "A proxy for one vote names the motion.")));
            Motion m = visibleMotion(actor, motionId);
            if (m.status().closed() || m.status() == MotionStatus.DRAFT) {
                throw new RuleViolation("This motion's vote is over or not under way; no proxy is needed.");
            }
            union = unionOfDelegate(actor, m);
            proxy = Proxy.forVote(union.id(), actor.memberId(), holder, motionId, check(actor.memberId(), holder,
                    union, today), stores.proxies().activeOfUnion(union.id()), now());
        } else {
            LocalDate day = request.sessionDay().orElseThrow(() -> new InvalidInput(
                    "A proxy for a session names its day."));
            if (day.isBefore(today)) {
                throw new InvalidInput("The session day " + day + " is already past.");
            }
            union = powers(actor).inForce().stream().filter(x -> x.role() == MandateRole.DELEGATE)
                    .map(x -> stores.core().unions().find(x.unionId()).orElseThrow()).findFirst()
                    .orElseThrow(DefaultCongressService::onlyDelegates);
            proxy = Proxy.forSession(union.id(), actor.memberId(), holder, day, check(actor.memberId(), holder, union,
                    today), stores.proxies().activeOfUnion(union.id()), now());
        }
        stores.proxies().add(proxy);
        return proxyView(proxy, names(List.of(proxy.giver(), proxy.holder())));
    }

    /** The union of the motion in which the caller is a delegate in office; anyone else is refused. */
    private Union unionOfDelegate(Actor actor, Motion m) {
        Powers powers = powers(actor);
        return unionsOf(scopeOf(m)).stream().filter(u -> stores.core().chapters().ofUnion(u.id()).stream()
                        .anyMatch(c -> powers.holds(MandateRole.DELEGATE, u.id(), Optional.of(c.id()))))
                .findFirst().orElseThrow(DefaultCongressService::onlyDelegates);
    }

    private static AccessDenied onlyDelegates() {
        return new AccessDenied("Only a delegate in office can give a proxy.");
    }

    private Proxy.DelegateCheck check(MemberId giver, MemberId holder, Union union, LocalDate today) {
        return new Proxy.DelegateCheck(isDelegateInUnion(giver, union, today), isDelegateInUnion(holder, union, today));
    }

    @Override
    public ProxyView revokeProxy(Actor actor, ProxyId id) {
        me(actor);
        Proxy proxy = stores.proxies().find(id).filter(p -> p.giver().equals(actor.memberId())
                        || p.holder().equals(actor.memberId()))
                .orElseThrow(() -> new NotFound("You have no proxy " + id + "."));
        proxy.revoke(actor.memberId(), now());
        return proxyView(proxy, names(List.of(proxy.giver(), proxy.holder())));
    }

    @Override
    public List<ProxyView> proxies(Actor actor) {
        me(actor);
        List<Proxy> proxies = stores.proxies().ofMember(actor.memberId());
        Set<MemberId> people = new HashSet<>();
        proxies.forEach(p -> {
            people.add(p.giver());
            people.add(p.holder());
        });
        Map<MemberId, String> names = names(people);
        return proxies.stream().map(p -> proxyView(p, names)).toList();
    }

    private CongressVote vote(Motion m) {
        return stores.congressVotes().ofMotion(m.id()).orElseThrow(() -> new NotFound(
                "\"" + m.title() + "\" has no congress roll call" + (m.status() == MotionStatus.SCHEDULED
                        ? " yet; it opens at " + Moments.inWords(m.votingOpens().orElseThrow()) + "." : ".")));
    }

    ProxyView proxyView(Proxy p, Map<MemberId, String> names) {
        Optional<String> title = p.motionId().flatMap(id -> stores.motions().find(id)).map(Motion::title);
        return new ProxyView(p.id().toString(), p.giver().toString(), names.getOrDefault(p.giver(), ""),
                p.holder().toString(), names.getOrDefault(p.holder(), ""), p.scope(),
                p.motionId().map(MotionId::toString), title, p.sessionDay(), p.givenAt(), p.revokedAt());
    }

    private CongressView congressView(Actor actor, Motion m, CongressVote vote) {
        Set<MemberId> people = new HashSet<>();
        vote.seats().forEach(s -> people.add(s.delegate()));
        vote.rollCall().forEach(e -> people.add(e.voter()));
        List<Proxy> held = stores.proxies().ofMember(actor.memberId()).stream()
                .filter(p -> p.holder().equals(actor.memberId()) && p.covers(m.id(), vote.sessionDay()))
                .filter(p -> vote.rollCall().stream().noneMatch(e -> e.seatOf().equals(p.giver()) && e.counts()))
                .filter(p -> vote.seatOf(p.giver()).isPresent())
                .toList();
        held.forEach(p -> people.add(p.giver()));
        Map<MemberId, MemberId> proxyHolders = new java.util.HashMap<>();
        vote.unionId().ifPresent(u -> stores.proxies().activeOfUnion(u).stream()
                .filter(p -> p.covers(m.id(), vote.sessionDay()) && vote.seatOf(p.giver()).isPresent())
                .forEach(p -> proxyHolders.putIfAbsent(p.giver(), p.holder())));
        people.addAll(proxyHolders.values());
        Map<MemberId, String> names = names(people);
        Map<ChapterId, String> chapterNames = new java.util.HashMap<>();
        vote.chapters().forEach(c -> chapterNames.put(c.chapterId(), c.chapterName()));
        boolean open = vote.status() == CongressVoteStatus.OPEN;
        Powers powers = powers(actor);
        List<CongressView.ChapterWeight> chapters = vote.chapters().stream().map((CertifiedChapter c) -> {
            Optional<Chapter> chapter = stores.core().chapters().find(c.chapterId());
            return new CongressView.ChapterWeight(c.chapterId().toString(), chapter.map(Chapter::slug).orElse(""),
                    c.chapterName(), c.membersCertified(), c.delegates(),
                    vote.instructionOf(c.chapterId()).map(ChapterInstruction::instruction),
                    open && chapter.filter(powers::stewards).isPresent());
        }).toList();
        List<CongressView.SeatLine> seats = vote.seats().stream()
                .map((Seat s) -> new CongressView.SeatLine(s.delegate().toString(), names.getOrDefault(s.delegate(), ""),
                        chapterNames.getOrDefault(s.chapterId(), ""), s.weight(), vote.rollCall().stream()
                        .anyMatch(e -> e.seatOf().equals(s.delegate()) && e.counts()),
                        Optional.ofNullable(proxyHolders.get(s.delegate())).map(h -> names.getOrDefault(h, ""))))
                .toList();
        List<CongressView.RollCallLine> lines = vote.rollCall().stream().map((RollCallEntry e) -> {
            Optional<org.unionhall.domain.congress.Instruction> instruction = vote.instructionOf(e.chapterId())
                    .map(ChapterInstruction::instruction);
            return new CongressView.RollCallLine(names.getOrDefault(e.voter(), ""), names.getOrDefault(e.seatOf(), ""),
                    chapterNames.getOrDefault(e.chapterId(), ""), e.choice(), e.weight(), e.proxyId().isPresent(),
                    e.overridden(), instruction, instruction.map(i -> i.followedBy(e.choice())), e.castAt());
        }).toList();
        CongressResult result = vote.result();
        var bylaws = recordedBylaws(m).terms();
        int quorum = bylaws.congressQuorumPercent();
        Optional<Long> myWeight = vote.seatOf(actor.memberId()).map(Seat::weight);
        boolean voted = vote.rollCall().stream().anyMatch(e -> e.voter().equals(actor.memberId())
                && e.seatOf().equals(actor.memberId()));
        return new CongressView(m.id().toString(), m.title(), vote.status(), vote.recordDate(), vote.sessionDay(),
                vote.openedAt(), vote.closesAt(), chapters, seats, lines, result.inFavour(), result.against(),
                result.abstaining(), result.totalWeight(), quorum,
                result.cast() > 0 && result.cast() * 100 >= (long) quorum * result.totalWeight(),
                bylaws.ruleFor(m.kind()).threshold().label(),
                m.status() == MotionStatus.CARRIED || m.status() == MotionStatus.FAILED ? Optional.of(m.status())
                        : Optional.empty(), myWeight, voted, held.stream().map(p -> proxyView(p, names)).toList());
    }
}
