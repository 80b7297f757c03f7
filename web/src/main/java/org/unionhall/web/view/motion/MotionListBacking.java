package org.unionhall.web.view.motion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.motion.BylawsView;
import org.unionhall.application.motion.CallElection;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionSummary;
import org.unionhall.application.motion.ProposeMotion;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.motion.ElectionMethod;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * The motions of a union ({@code ?union=}) or of a chapter ({@code ?chapter=}), the bylaws in
 * force, and forms to draft a motion or call an officer election there.
 */
@Named
@ViewScoped
public class MotionListBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MotionService motions;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String unionSlug;
    private String chapterSlug;
    private String scopeName;
    private String bylawsUnion;
    private List<MotionSummary> list = List.of();
    private BylawsView bylaws;
    private MotionKind kind = MotionKind.GENERAL;
    private String title;
    private String text;
    private String createdId;
    private String office;
    private String officeText;
    private ElectionMethod method = ElectionMethod.ONE_OF_N;
    private int seats = 1;

    /** Loads the list; anyone who is not a member of the union gets the 403 page. */
    public void load() {
        Pages.load(this::reload);
    }

    private boolean reload() {
        if (isChapter()) {
            var chapter = directory.chapter(member.actor(), chapterSlug);
            scopeName = chapter.name();
            bylawsUnion = chapter.unionSlug();
            list = motions.motionsOfChapter(member.actor(), chapterSlug);
        } else {
            scopeName = directory.union(member.actor(), unionSlug).name();
            bylawsUnion = unionSlug;
            list = motions.motionsOfUnion(member.actor(), unionSlug);
        }
        bylaws = motions.bylaws(member.actor(), bylawsUnion);
        return true;
    }

    /** Drafts the motion and goes to its page, where it can be submitted. */
    public String propose() {
        ProposeMotion proposal = new ProposeMotion(kind, isChapter() ? MotionScope.CHAPTER : MotionScope.UNION,
                isChapter() ? chapterSlug : unionSlug, title, text);
        if (Pages.act(() -> createdId = motions.propose(member.actor(), proposal).id(),
                "Your draft is saved. Submit it to ask for seconds.")) {
            Pages.keepMessagesForNextPage();
            return "/motions/view?faces-redirect=true&id=" + createdId;
        }
        return null;
    }

    /** Calls an officer election and goes to its page, where candidates stand and it is submitted. */
    public String callElection() {
        CallElection call = new CallElection(isChapter() ? MotionScope.CHAPTER : MotionScope.UNION,
                isChapter() ? chapterSlug : unionSlug, office, officeText, method, seats);
        if (Pages.act(() -> createdId = motions.callElection(member.actor(), call).id(),
                "The election is drafted. Candidates can stand now; submit it to ask for seconds.")) {
            Pages.keepMessagesForNextPage();
            return "/motions/view?faces-redirect=true&id=" + createdId;
        }
        return null;
    }

    /** The counting methods, by their names. */
    public Map<String, ElectionMethod> getMethods() {
        return Pages.byLabel(ElectionMethod::label, ElectionMethod.values());
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getOfficeText() {
        return officeText;
    }

    public void setOfficeText(String officeText) {
        this.officeText = officeText;
    }

    public ElectionMethod getMethod() {
        return method;
    }

    public void setMethod(ElectionMethod method) {
        this.method = method;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    /** Whether this is a chapter's list. */
    public boolean isChapter() {
        return chapterSlug != null && !chapterSlug.isBlank();
    }

    /** The kinds a member may draft here. */
    public Map<String, MotionKind> getKinds() {
        return Pages.byLabel(MotionKind::label, MotionKind.GENERAL, MotionKind.BUDGET);
    }

    public List<MotionSummary> getList() {
        return list;
    }

    public BylawsView getBylaws() {
        return bylaws;
    }

    public String getScopeName() {
        return scopeName;
    }

    public String getBylawsUnion() {
        return bylawsUnion;
    }

    public String getUnionSlug() {
        return unionSlug;
    }

    public void setUnionSlug(String unionSlug) {
        this.unionSlug = unionSlug;
    }

    public String getChapterSlug() {
        return chapterSlug;
    }

    public void setChapterSlug(String chapterSlug) {
        this.chapterSlug = chapterSlug;
    }

    public MotionKind getKind() {
        return kind;
    }

    public void setKind(MotionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
