package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.debate.Comment;
import org.unionhall.domain.debate.Comments;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.InvalidInput;

/**
 * Search by words in the database (LIKE on lower case, the same on H2 and PostgreSQL), limited
 * to the unions where the caller is an insider, which is who may see their motions.
 */
@ApplicationScoped
@Transactional
public class DefaultSearchService extends MotionSupport implements SearchService {
    private static final int LIMIT = 50;
    private static final int MAX_WORDS = 8;
    private static final int EXCERPT = 200;

    private Comments comments;

    /** For CDI's proxy. */
    protected DefaultSearchService() {
    }

    /**
     * @param stores the repositories and clock
     * @param notifier unused by search, needed by the shared motion plumbing
     * @param comments the debates
     */
    @Inject
    public DefaultSearchService(MotionStores stores, Notifier notifier, Comments comments) {
        super(stores, notifier);
        this.comments = comments;
    }

    @Override
    public List<SearchHit> search(Actor actor, String query) {
        me(actor);
        List<String> words = words(query);
        Powers powers = powers(actor);
        List<UnionId> unions = stores.core().unions().all().stream().map(Union::id).filter(powers::isInsider).toList();
        List<Motion> motions = stores.motions().search(unions, words, LIMIT);
        List<Comment> found = comments.search(unions, words, LIMIT);
        Map<MotionId, Motion> byId = new HashMap<>();
        motions.forEach(m -> byId.put(m.id(), m));
        found.forEach(c -> byId.computeIfAbsent(c.motionId(), this::motion));
        Set<MemberId> people = new HashSet<>();
        motions.forEach(m -> people.add(m.proposer()));
        found.forEach(c -> people.add(c.author()));
        Map<MemberId, String> names = names(people);
        Map<MotionId, String> scopes = new HashMap<>();
        List<SearchHit> hits = new ArrayList<>();
        for (Motion m : motions) {
            hits.add(new SearchHit(m.kind() == MotionKind.AMENDMENT ? SearchHit.What.AMENDMENT : SearchHit.What.MOTION,
                    m.id().toString(), m.title(), m.status(), scopeName(m, scopes), excerpt(m.text()),
                    names.getOrDefault(m.proposer(), ""), m.createdAt()));
        }
        for (Comment c : found) {
            Motion m = byId.get(c.motionId());
            hits.add(new SearchHit(SearchHit.What.COMMENT, m.id().toString(), m.title(), m.status(),
                    scopeName(m, scopes), excerpt(c.body()), names.getOrDefault(c.author(), ""), c.postedAt()));
        }
        hits.sort(Comparator.comparing(SearchHit::at).reversed());
        return hits;
    }

    private String scopeName(Motion m, Map<MotionId, String> scopes) {
        return scopes.computeIfAbsent(m.id(), id -> scopeOf(m).name());
    }

    /** The words of a query: lower case, at least one, at most eight, each at most 100 characters. */
    static List<String> words(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new InvalidInput("Type a word to search for.");
        }
        if (q.length() > 200) {
            throw new InvalidInput("The search is too long (" + q.length() + " characters, at most 200).");
        }
        List<String> words = Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidInput("Search for at most " + MAX_WORDS + " words at once.");
        }
        return words;
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT - 1) + "…" : flat;
    }
}
