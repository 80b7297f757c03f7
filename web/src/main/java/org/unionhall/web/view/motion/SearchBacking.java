package org.unionhall.web.view.motion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.unionhall.application.motion.SearchHit;
import org.unionhall.application.motion.SearchService;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * The search page ({@code ?q=}): motions, amendments and comments of the caller's unions that
 * contain every word. A GET form, so a search can be bookmarked and shared.
 */
@Named
@RequestScoped
public class SearchBacking {

    @Inject
    private SearchService search;

    @Inject
    private CurrentActor member;

    private String q;
    private List<SearchHit> hits = List.of();
    private boolean searched;

    /** Runs the search when there is a query; a refusal (too long, too many words) shows as a message. */
    public void load() {
        if (q != null && !q.isBlank()) {
            Pages.attempt(() -> search.search(member.actor(), q), found -> found.size() + (found.size() == 1
                    ? " result." : " results.")).ifPresent(found -> {
                        hits = found;
                        searched = true;
                    });
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    /** Whether a search ran. */
    public boolean isSearched() {
        return searched;
    }
}
