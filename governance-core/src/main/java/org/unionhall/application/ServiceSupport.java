package org.unionhall.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.privacy.RecordAccess;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.NotFound;

/** What every service does: find things by slug, check the caller's powers, audit, build views. */
abstract class ServiceSupport {
    protected Stores stores;

    protected ServiceSupport() {
    }

    protected ServiceSupport(Stores stores) {
        this.stores = stores;
    }

    Member me(Actor actor) {
        powers(actor);
        return stores.members().find(actor.memberId()).orElseThrow();
    }

    Chapter chapter(String slug) {
        return Optional.ofNullable(slug).flatMap(s -> stores.chapters().findBySlug(s.strip()))
                .orElseThrow(() -> new NotFound("There is no chapter \"" + Check.abbreviate(String.valueOf(slug))
                        + "\"."));
    }

    Union union(String slug) {
        return stores.union(slug);
    }

    Union unionOf(Chapter chapter) {
        return stores.unions().find(chapter.unionId()).orElseThrow(() -> new NotFound("The chapter's union is gone."));
    }

    /** What the caller may do (see {@link Powers}, the one place that decides it). */
    Powers powers(Actor actor) {
        return actor.powers(stores);
    }

    LocalDate today() {
        return stores.time().today();
    }

    void audit(Actor actor, AuditAction action, Optional<MemberId> subject, UnionId union,
               Optional<ChapterId> chapter, String reason, String detail) {
        stores.audit().append(new AuditEntry(Optional.of(actor.memberId()), action, subject, union, chapter,
                reason, detail, stores.time().now()));
    }

    /**
     * Records that a steward read part of these members' records, for each member's own data page
     * (a steward reading their own line is not recorded).
     *
     * @param what which part, as the member will read it
     */
    void recordStewardRead(Actor actor, Collection<MemberId> members, String what) {
        java.time.Instant now = stores.time().now();
        stores.recordAccesses().add(new LinkedHashSet<>(members).stream()
                .filter(m -> !m.equals(actor.memberId()))
                .map(m -> new RecordAccess(m, actor.memberId(), RecordAccess.Kind.VIEWED, what, now))
                .toList());
    }

    /**
     * Ends the member's mandates that depend on a membership they no longer hold in good
     * standing: every mandate of that chapter and, when no active membership in the union is
     * left, every union-wide mandate too.
     */
    List<Mandate> endMandatesAfterLoss(Actor actor, MemberId member, Chapter chapter, String reason) {
        LocalDate today = today();
        boolean stillInUnion = stores.memberships().ofMember(member).stream()
                .anyMatch(m -> m.unionId().equals(chapter.unionId()) && m.isActive());
        List<Mandate> ended = stores.mandates().ofMember(member).stream()
                .filter(m -> m.unionId().equals(chapter.unionId()))
                .filter(m -> m.chapterId().equals(Optional.of(chapter.id()))
                        || (m.scopeKind() == ScopeKind.UNION && !stillInUnion))
                .filter(m -> m.endedOn().isEmpty() && !m.term().end().isBefore(today))
                .toList();
        for (Mandate m : ended) {
            m.endEarly(today, reason);
            audit(actor, AuditAction.MANDATE_ENDED, Optional.of(member), m.unionId(), m.chapterId(), reason,
                    describe(m));
        }
        return ended;
    }

    static String describe(Mandate m) {
        return m.role().label() + ", " + m.term();
    }

    Map<MemberId, String> names(Collection<MemberId> ids) {
        return stores.members().displayNames(new HashSet<>(ids));
    }

    MembershipView membershipView(Membership m) {
        Chapter c = stores.chapters().find(m.chapterId()).orElseThrow();
        Union u = stores.unions().find(m.unionId()).orElseThrow();
        String name = stores.members().find(m.member()).map(Member::displayName).orElse("");
        return new MembershipView(m.id().toString(), m.member().toString(), name, c.slug(), c.name(), u.slug(),
                u.name(), m.status(), m.joinedOn(), m.history().stream()
                .map(h -> new StatusChangeView(h.status(), h.changedAt(), h.reason())).toList());
    }

    List<MandateView> mandateViews(Collection<Mandate> mandates) {
        Map<MemberId, String> names = names(mandates.stream().map(Mandate::holder).toList());
        Map<ChapterId, Chapter> chapters = new HashMap<>();
        Map<UnionId, Union> unions = new HashMap<>();
        LocalDate today = today();
        return mandates.stream().map(m -> {
            String slug;
            String scopeName;
            if (m.chapterId().isPresent()) {
                Chapter c = chapters.computeIfAbsent(m.chapterId().get(),
                        id -> stores.chapters().find(id).orElseThrow());
                slug = c.slug();
                scopeName = c.name();
            } else {
                Union u = unions.computeIfAbsent(m.unionId(), id -> stores.unions().find(id).orElseThrow());
                slug = u.slug();
                scopeName = u.name();
            }
            return new MandateView(m.id().toString(), m.role(), m.holder().toString(),
                    names.getOrDefault(m.holder(), ""), m.scopeKind(), slug, scopeName, m.term().start(),
                    m.term().end(), m.endedOn(), m.endReason(), m.activeOn(today));
        }).toList();
    }

    List<JoinRequestView> joinRequestViews(Collection<JoinRequest> requests) {
        Set<MemberId> people = new HashSet<>();
        requests.forEach(r -> {
            people.add(r.member());
            r.decidedBy().ifPresent(people::add);
        });
        Map<MemberId, String> names = names(people);
        Map<ChapterId, Chapter> chapters = new HashMap<>();
        Map<UnionId, Union> unions = new HashMap<>();
        return requests.stream().map(r -> {
            Chapter c = chapters.computeIfAbsent(r.chapterId(), id -> stores.chapters().find(id).orElseThrow());
            Union u = unions.computeIfAbsent(r.unionId(), id -> stores.unions().find(id).orElseThrow());
            return new JoinRequestView(r.id().toString(), c.slug(), c.name(), u.slug(), r.member().toString(),
                    names.getOrDefault(r.member(), ""), r.note(), r.requestedAt(), r.status(), r.decidedAt(),
                    r.decidedBy().map(id -> names.getOrDefault(id, "")), r.decisionReason());
        }).toList();
    }
}
