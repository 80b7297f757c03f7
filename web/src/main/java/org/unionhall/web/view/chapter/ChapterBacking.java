package org.unionhall.web.view.chapter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.unionhall.application.ChapterView;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.MembershipService;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/** A chapter's page, with the member's own standing in it and the request to join. */
@Named
@ViewScoped
public class ChapterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private MembershipService membership;

    @Inject
    private CurrentActor member;

    private String slug;
    private ChapterView chapter;
    private String note;

    /** Loads the chapter named in the address; an unknown one shows the 404 page. */
    public void load() {
        chapter = Pages.load(() -> directory.chapter(member.actor(), slug)).orElse(null);
    }

    /** Asks to join this chapter; the stewards decide. */
    public String requestToJoin() {
        if (!Pages.act(() -> membership.requestToJoin(member.actor(), slug, note),
                "Your request to join was sent. A steward of the chapter will decide on it.")) {
            return null;
        }
        Pages.keepMessagesForNextPage();
        return "/chapter/view?faces-redirect=true&includeViewParams=true";
    }

    /** Whether the member may ask to join: not in the chapter (or left it) and no request waiting. */
    public boolean isMayAskToJoin() {
        return !chapter.viewerHasPendingRequest()
                && chapter.viewerStatus().map(s -> s == MembershipStatus.LEFT).orElse(true);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public ChapterView getChapter() {
        return chapter;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
