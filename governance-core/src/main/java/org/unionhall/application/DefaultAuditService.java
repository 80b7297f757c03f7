package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.Check;

/** Reading the audit trail, for stewards of the scope. */
@ApplicationScoped
@Transactional
public class DefaultAuditService extends ServiceSupport implements AuditService {

    /** For CDI's proxy. */
    protected DefaultAuditService() {
    }

    /** @param stores the repositories and clock */
    @Inject
    public DefaultAuditService(Stores stores) {
        super(stores);
    }

    @Override
    public Page<AuditEntryView> trail(Actor actor, ScopeKind scopeKind, String scopeSlug, int page, int size) {
        Page.checkRequest(page, size);
        Check.present(scopeKind, "The scope (chapter or union)");
        me(actor);
        List<AuditEntry> entries;
        long total;
        Union union;
        String trailOf;
        if (scopeKind == ScopeKind.CHAPTER) {
            Chapter chapter = chapter(scopeSlug);
            trailOf = chapter.name();
            powers(actor).requireSteward(chapter);
            union = unionOf(chapter);
            entries = stores.audit().ofChapter(chapter.id(), page * size, size);
            total = stores.audit().countOfChapter(chapter.id());
        } else {
            union = union(scopeSlug);
            trailOf = union.name();
            powers(actor).requireUnionSteward(union);
            entries = stores.audit().ofUnion(union.id(), page * size, size);
            total = stores.audit().countOfUnion(union.id());
        }
        Map<ChapterId, Chapter> chapters = stores.chapters().ofUnion(union.id()).stream()
                .collect(Collectors.toMap(Chapter::id, Function.identity()));
        List<MemberId> people = new ArrayList<>();
        entries.forEach(e -> {
            e.actor().ifPresent(people::add);
            e.subject().ifPresent(people::add);
        });
        Map<MemberId, String> names = names(people);
        recordStewardRead(actor, entries.stream().flatMap(e -> e.subject().stream()).toList(),
                "entries about you in the audit trail of " + trailOf);
        List<AuditEntryView> views = entries.stream().map(e -> {
            Optional<Chapter> c = e.chapterId().map(chapters::get);
            return new AuditEntryView(e.id().toString(), e.occurredAt(),
                    e.actor().map(MemberId::toString).orElse(""),
                    e.actor().map(a -> names.getOrDefault(a, "")).orElse(e.action().actorWhenNobody()), e.action(),
                    e.subject().map(MemberId::toString), e.subject().map(s -> names.getOrDefault(s, "")),
                    e.scopeKind(), c.map(Chapter::slug).orElse(union.slug()),
                    c.map(Chapter::name).orElse(union.name()), e.reason(), e.detail());
        }).toList();
        return new Page<>(views, page, size, total);
    }
}
