package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberListing;
import org.unionhall.domain.membership.MemberListingPage;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.PeopleCount;

/** Read-only views, each filtered by what the caller may see. */
@ApplicationScoped
@Transactional
public class DefaultDirectoryService extends ServiceSupport implements DirectoryService {
    private static final Set<MembershipStatus> STEWARD_VIEW =
            EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED, MembershipStatus.SUSPENDED);
    private static final Set<MembershipStatus> MEMBER_VIEW = EnumSet.of(MembershipStatus.ACTIVE);

    /** For CDI's proxy. */
    protected DefaultDirectoryService() {
    }

    /** @param stores the repositories and clock */
    @Inject
    public DefaultDirectoryService(Stores stores) {
        super(stores);
    }

    @Override
    public DashboardView dashboard(Actor actor) {
        Member me = me(actor);
        LocalDate today = today();
        List<MembershipView> memberships = stores.memberships().ofMember(me.id()).stream()
                .filter(Membership::isCurrent)
                .map(this::membershipView)
                .sorted(Comparator.comparing(MembershipView::chapterName))
                .toList();
        List<Mandate> mine = stores.mandates().ofMember(me.id()).stream().filter(m -> m.activeOn(today)).toList();
        Set<ChapterId> stewarded = new LinkedHashSet<>();
        Powers powers = powers(actor);
        for (Mandate m : mine) {
            if (m.role() == MandateRole.STEWARD && powers.holds(MandateRole.STEWARD, m.unionId(), m.chapterId())) {
                if (m.chapterId().isPresent()) {
                    stewarded.add(m.chapterId().get());
                } else {
                    stores.chapters().ofUnion(m.unionId()).forEach(c -> stewarded.add(c.id()));
                }
            }
        }
        List<JoinRequest> toDecide = stores.joinRequests().pendingIn(stewarded).stream()
                .filter(r -> !r.member().equals(me.id()))
                .toList();
        recordStewardRead(actor, toDecide.stream().map(JoinRequest::member).toList(),
                "your join request, with its note, on a steward's dashboard");
        return new DashboardView(me.id().toString(), me.displayName(), me.preferredLanguage(), memberships,
                mandateViews(mine), joinRequestViews(stores.joinRequests().pendingOf(me.id())),
                joinRequestViews(toDecide));
    }

    @Override
    public List<UnionSummary> unions(Actor actor) {
        me(actor);
        List<Union> unions = stores.unions().all();
        Map<Union, List<Chapter>> chapters = new HashMap<>();
        unions.forEach(u -> chapters.put(u, stores.chapters().ofUnion(u.id())));
        // One count for the chapters of every union: the members are counted once per call, not once per union.
        Map<ChapterId, Long> active = stores.memberships().activeCounts(chapters.values().stream()
                .flatMap(List::stream).map(Chapter::id).toList());
        Powers powers = powers(actor);
        return unions.stream().map(u -> new UnionSummary(u.id().toString(), u.slug(), u.name(), u.description(),
                chapters.get(u).size(), PeopleCount.seenBy(chapters.get(u).stream()
                        .mapToLong(c -> active.getOrDefault(c.id(), 0L)).sum(), powers.stewardsUnion(u.id()))))
                .toList();
    }

    @Override
    public UnionView union(Actor actor, String unionSlug) {
        me(actor);
        Union union = union(unionSlug);
        String federation = stores.federations().find(union.federationId()).map(f -> f.name()).orElse("");
        List<InstanceView> instances = stores.instances().ofUnion(union.id()).stream()
                .map(i -> new InstanceView(i.id().toString(), i.host(), i.name(), i.team().stream()
                        .map(t -> new TeamContactView(t.name(), t.handle(), t.role())).toList()))
                .toList();
        return new UnionView(union.id().toString(), union.slug(), union.name(), union.description(),
                union.howToJoin(), federation, summaries(actor, union), instances, powers(actor).isMemberOfUnion(union.id()),
                powers(actor).stewardsUnion(union.id()));
    }

    @Override
    public List<ChapterSummary> chapters(Actor actor, String unionSlug) {
        me(actor);
        return summaries(actor, union(unionSlug));
    }

    private List<ChapterSummary> summaries(Actor actor, Union union) {
        Powers powers = powers(actor);
        List<Chapter> chapters = stores.chapters().ofUnion(union.id());
        Map<ChapterId, Long> active = stores.memberships().activeCounts(chapters.stream().map(Chapter::id).toList());
        LocalDate today = today();
        return chapters.stream().map(c -> new ChapterSummary(c.id().toString(), c.slug(), c.name(), union.slug(),
                PeopleCount.seenBy(active.getOrDefault(c.id(), 0L), insideOf(powers, c)), c.delegateSeats(),
                c.delegatesSeated(stores.mandates().ofChapter(c.id()), today))).toList();
    }

    @Override
    public ChapterView chapter(Actor actor, String chapterSlug) {
        me(actor);
        Chapter chapter = chapter(chapterSlug);
        Union union = unionOf(chapter);
        Optional<Membership> mine = stores.memberships().find(actor.memberId(), chapter.id());
        long active = stores.memberships().activeCounts(List.of(chapter.id())).getOrDefault(chapter.id(), 0L);
        return new ChapterView(chapter.id().toString(), chapter.slug(), chapter.name(), chapter.description(),
                union.slug(), union.name(), PeopleCount.seenBy(active, insideOf(powers(actor), chapter)),
                chapter.delegateSeats(),
                chapter.delegatesSeated(stores.mandates().ofChapter(chapter.id()), today()),
                mine.filter(Membership::isCurrent).map(Membership::status),
                stores.joinRequests().pending(actor.memberId(), chapter.id()).isPresent(),
                powers(actor).stewards(chapter), powers(actor).isInsider(union.id()));
    }

    /** Whether the chapter's member count is in the viewer's own view: as its member or steward. */
    private static boolean insideOf(Powers powers, Chapter chapter) {
        return powers.isMemberOf(chapter.id()) || powers.stewards(chapter);
    }

    @Override
    public Page<MemberSummary> members(Actor actor, String chapterSlug, int page, int size,
                                       Optional<String> nameFilter) {
        Page.checkRequest(page, size);
        Powers powers = powers(actor);
        Chapter chapter = chapter(chapterSlug);
        if (!powers.isInsider(chapter.unionId())) {
            powers.requireInsider(unionOf(chapter), "who belongs to its chapters");
        }
        Set<MembershipStatus> statuses = powers.stewards(chapter) ? STEWARD_VIEW : MEMBER_VIEW;
        Optional<String> filter = (nameFilter == null ? Optional.<String>empty() : nameFilter)
                .filter(f -> !f.isBlank())
                .map(f -> Check.text(f, "The name filter", 80).toLowerCase(Locale.ROOT));
        MemberListingPage listed = stores.memberships().listing(chapter, statuses, filter, (long) page * size,
                size, today());
        List<MemberListing> rows = listed.rows();
        if (statuses == STEWARD_VIEW) {
            recordStewardRead(actor, rows.stream().map(MemberListing::member).toList(),
                    "your membership in " + chapter.name() + ", on the stewards' member roll");
        }
        return new Page<>(rows.stream().map(r -> new MemberSummary(r.member().toString(), r.displayName(),
                r.status(), r.joinedOn(), r.roles())).toList(), page, size, listed.total());
    }

    @Override
    public List<JoinRequestView> joinRequests(Actor actor, String chapterSlug) {
        me(actor);
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireSteward(chapter);
        List<JoinRequest> pending = stores.joinRequests().pendingIn(List.of(chapter.id()));
        recordStewardRead(actor, pending.stream().map(JoinRequest::member).toList(),
                "your join request to " + chapter.name() + ", with its note");
        return joinRequestViews(pending);
    }

    @Override
    public List<MandateView> mandates(Actor actor, String chapterSlug) {
        me(actor);
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireInsider(unionOf(chapter), "its mandates");
        return ordered(mandateViews(stores.mandates().ofChapter(chapter.id())));
    }

    @Override
    public List<MandateView> unionMandates(Actor actor, String unionSlug) {
        me(actor);
        Union union = union(unionSlug);
        powers(actor).requireInsider(union, "its mandates");
        return ordered(mandateViews(stores.mandates().ofUnion(union.id())));
    }

    private static List<MandateView> ordered(List<MandateView> views) {
        return views.stream().sorted(Comparator.comparing(MandateView::active).reversed()
                .thenComparing(MandateView::termStart, Comparator.reverseOrder())
                .thenComparing(MandateView::memberDisplayName)).toList();
    }
}
