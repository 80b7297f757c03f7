package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.PeopleCount;

/** The public reads, in one read-only transaction each. */
@ApplicationScoped
@Transactional
public class DefaultPublicDirectory extends ServiceSupport implements PublicDirectory {

    private Elections elections;

    /** For CDI's proxy. */
    protected DefaultPublicDirectory() {
    }

    /**
     * @param stores the repositories and clock
     * @param elections where the published results are found
     */
    @Inject
    public DefaultPublicDirectory(Stores stores, Elections elections) {
        super(stores);
        this.elections = elections;
    }

    @Override
    public List<PublicUnionSummary> unions() {
        return stores.unions().all().stream().map(u -> {
            List<Chapter> chapters = stores.chapters().ofUnion(u.id());
            return new PublicUnionSummary(u.slug(), u.name(), u.description(), chapters.size(),
                    PeopleCount.shown(total(chapters)));
        }).toList();
    }

    @Override
    public PublicUnionView page(String unionSlug) {
        Union union = union(unionSlug);
        List<Chapter> chapters = stores.chapters().ofUnion(union.id());
        Map<ChapterId, Long> active = stores.memberships().activeCounts(chapters.stream().map(Chapter::id).toList());
        Map<ChapterId, String> chapterNames = new HashMap<>();
        chapters.forEach(c -> chapterNames.put(c.id(), c.name()));
        List<PublicUnionView.PublishedResult> results = elections.ofUnion(union.id()).stream()
                .filter(e -> e.phase() == ElectionPhase.PUBLISHED && e.publishedAt().isPresent())
                .sorted(Comparator.comparing((Election e) -> e.publishedAt().orElse(Instant.EPOCH)).reversed())
                .map(e -> new PublicUnionView.PublishedResult(e.id().toString(), e.title(),
                        e.chapterId().map(c -> chapterNames.getOrDefault(c, union.name())).orElse(union.name()),
                        e.publishedAt().orElseThrow()))
                .toList();
        return new PublicUnionView(union.slug(), union.name(), union.description(), union.howToJoin(),
                stores.federations().find(union.federationId()).map(Federation::name).orElse(""),
                PeopleCount.shown(active.values().stream().mapToLong(Long::longValue).sum()),
                chapters.stream().map(c -> new PublicUnionView.Chapter(c.slug(), c.name(), c.description(),
                        PeopleCount.shown(active.getOrDefault(c.id(), 0L)), c.delegateSeats())).toList(),
                results);
    }

    private long total(List<Chapter> chapters) {
        return stores.memberships().activeCounts(chapters.stream().map(Chapter::id).toList()).values().stream()
                .mapToLong(Long::longValue).sum();
    }
}
