package org.unionhall.web.view.steward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.unionhall.application.ChapterView;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.MemberSummary;
import org.unionhall.application.MembershipService;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;
import org.unionhall.web.view.chapter.MemberListModel;

/**
 * A steward's member roll of one chapter: every member (also lapsed and suspended ones), with
 * suspend and restore, each with a reason kept in the audit trail.
 */
@Named
@ViewScoped
public class StewardMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private MembershipService membership;

    @Inject
    private CurrentActor member;

    private String slug;
    private String chapterName;
    private MemberListModel members;
    private final Map<String, String> reasons = new HashMap<>();

    /** Prepares the roll; anyone but a steward of the chapter gets the 403 page. */
    public void load() {
        Pages.load(() -> stewardedChapter()).ifPresent(chapter -> {
            chapterName = chapter.name();
            members = new MemberListModel(directory, member, slug);
        });
    }

    /** Suspends a member; their mandates in the chapter end with the same reason. */
    public void suspend(MemberSummary row) {
        if (Pages.act(() -> membership.suspend(member.actor(), slug, MemberId.of(row.memberId()), reasons.get(row.memberId())),
                row.displayName() + " is suspended.")) {
            reasons.remove(row.memberId());
        }
    }

    /** Restores a suspended or lapsed member to active. */
    public void restore(MemberSummary row) {
        if (Pages.act(() -> membership.restore(member.actor(), slug, MemberId.of(row.memberId()), reasons.get(row.memberId())),
                row.displayName() + " is active again.")) {
            reasons.remove(row.memberId());
        }
    }

    private ChapterView stewardedChapter() {
        ChapterView chapter = directory.chapter(member.actor(), slug);
        if (!chapter.viewerIsSteward()) {
            throw new AccessDenied("Only stewards of " + chapter.name() + " or of its union manage its members.");
        }
        return chapter;
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

    public MemberListModel getMembers() {
        return members;
    }

    /** The reason typed for each member, by member id. */
    public Map<String, String> getReasons() {
        return reasons;
    }
}
