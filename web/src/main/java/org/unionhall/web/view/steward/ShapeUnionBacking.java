package org.unionhall.web.view.steward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.FoundChapter;
import org.unionhall.application.OrganisingService;
import org.unionhall.application.UnionView;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * A union's stewards shape it: the public description (what the union is for, how to join) and
 * founding chapters. The page loads for anyone who may see the union; the service refuses a
 * change from anyone but its stewards, with its reason.
 */
@Named
@ViewScoped
public class ShapeUnionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private OrganisingService organising;

    @Inject
    private CurrentActor member;

    private String unionSlug;
    private UnionView union;
    private String description;
    private String howToJoin;
    private String chapterSlug;
    private String chapterName;
    private String chapterDescription;
    private Integer delegateSeats = 1;

    /** Loads the union and fills the description form with what it says today. */
    public void load() {
        union = Pages.load(() -> directory.union(member.actor(), unionSlug)).orElse(null);
        if (union != null) {
            description = union.description();
            howToJoin = union.howToJoin();
        }
    }

    /** Saves the public description. */
    public void describe() {
        Pages.act(() -> union = organising.describeUnion(member.actor(), unionSlug, description, howToJoin),
                "The public description of " + union.name() + " is saved.");
    }

    /** Founds a chapter, then empties the form for the next one. */
    public void found() {
        boolean done = Pages.act(() -> {
            organising.foundChapter(member.actor(), unionSlug, new FoundChapter(chapterSlug, chapterName,
                    chapterDescription, delegateSeats == null ? 0 : delegateSeats));
            union = directory.union(member.actor(), unionSlug);
        }, "The chapter " + chapterName + " is founded.");
        if (done) {
            chapterSlug = null;
            chapterName = null;
            chapterDescription = null;
            delegateSeats = 1;
        }
    }

    public String getUnionSlug() {
        return unionSlug;
    }

    public void setUnionSlug(String unionSlug) {
        this.unionSlug = unionSlug;
    }

    /** The union as the steward sees it. */
    public UnionView getUnion() {
        return union;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHowToJoin() {
        return howToJoin;
    }

    public void setHowToJoin(String howToJoin) {
        this.howToJoin = howToJoin;
    }

    public String getChapterSlug() {
        return chapterSlug;
    }

    public void setChapterSlug(String chapterSlug) {
        this.chapterSlug = chapterSlug;
    }

    public String getChapterName() {
        return chapterName;
    }

    public void setChapterName(String chapterName) {
        this.chapterName = chapterName;
    }

    public String getChapterDescription() {
        return chapterDescription;
    }

    public void setChapterDescription(String chapterDescription) {
        this.chapterDescription = chapterDescription;
    }

    public Integer getDelegateSeats() {
        return delegateSeats;
    }

    public void setDelegateSeats(Integer delegateSeats) {
        this.delegateSeats = delegateSeats;
    }
}
