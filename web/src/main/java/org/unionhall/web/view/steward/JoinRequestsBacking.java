package org.unionhall.web.view.steward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.JoinRequestView;
import org.unionhall.application.MembershipService;
import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * A steward's list of pending join requests of one chapter: admit or decline each, with a reason
 * that the person reads and the audit trail keeps.
 */
@Named
@ViewScoped
public class JoinRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private MembershipService membership;

    @Inject
    private CurrentActor member;

    private String slug;
    private String chapterName;
    private List<JoinRequestView> requests = List.of();
    private final Map<String, String> reasons = new HashMap<>();

    /** Loads the pending requests; anyone but a steward of the chapter gets the 403 page. */
    public void load() {
        Pages.load(() -> directory.joinRequests(member.actor(), slug)).ifPresent(pending -> {
            requests = pending;
            chapterName = directory.chapter(member.actor(), slug).name();
        });
    }

    /** Admits one request: the person becomes an active member. */
    public void admit(JoinRequestView request) {
        if (Pages.act(() -> membership.admit(member.actor(), JoinRequestId.of(request.id()), reasons.get(request.id())),
                request.memberDisplayName() + " is now a member of " + chapterName + ".")) {
            afterDecision(request);
        }
    }

    /** Declines one request; the reason is required and shown to the person. */
    public void decline(JoinRequestView request) {
        if (Pages.act(() -> membership.decline(member.actor(), JoinRequestId.of(request.id()), reasons.get(request.id())),
                "The request of " + request.memberDisplayName() + " was declined.")) {
            afterDecision(request);
        }
    }

    private void afterDecision(JoinRequestView decided) {
        reasons.remove(decided.id());
        requests = directory.joinRequests(member.actor(), slug);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getChapterName() {
        return chapterName;
    }

    public List<JoinRequestView> getRequests() {
        return requests;
    }

    /** The reason typed for each request, by request id. */
    public Map<String, String> getReasons() {
        return reasons;
    }
}
