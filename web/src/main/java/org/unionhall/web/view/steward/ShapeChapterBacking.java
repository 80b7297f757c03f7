package org.unionhall.web.view.steward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.unionhall.application.ChapterView;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.OrganisingService;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * A chapter's name and delegate seats. Its own stewards and the union's stewards rename it; only
 * the union's stewards set its seats, so the seats form shows to them alone (the service refuses
 * anyone else who posts it, with its reason).
 */
@Named
@ViewScoped
public class ShapeChapterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private OrganisingService organising;

    @Inject
    private CurrentActor member;

    private String chapterSlug;
    private ChapterView chapter;
    private boolean unionSteward;
    private String name;
    private Integer delegateSeats;

    /** Loads the chapter and whether the caller stewards its whole union. */
    public void load() {
        chapter = Pages.load(() -> directory.chapter(member.actor(), chapterSlug)).orElse(null);
        if (chapter != null) {
            unionSteward = directory.union(member.actor(), chapter.unionSlug()).viewerIsSteward();
            name = chapter.name();
            delegateSeats = chapter.delegateSeats();
        }
    }

    /** Gives the chapter the name in the form. */
    public void rename() {
        Pages.act(() -> chapter = organising.renameChapter(member.actor(), chapterSlug, name),
                "The chapter is now called " + name + ".");
    }

    /** Sets the seats in the form. */
    public void changeSeats() {
        Pages.act(() -> chapter = organising.setDelegateSeats(member.actor(), chapterSlug,
                delegateSeats == null ? 0 : delegateSeats), "The chapter now has " + delegateSeats + " delegate seats.");
    }

    public String getChapterSlug() {
        return chapterSlug;
    }

    public void setChapterSlug(String chapterSlug) {
        this.chapterSlug = chapterSlug;
    }

    /** The chapter as the steward sees it. */
    public ChapterView getChapter() {
        return chapter;
    }

    /** Whether the caller stewards the whole union, and so sets the seats. */
    public boolean isUnionSteward() {
        return unionSteward;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDelegateSeats() {
        return delegateSeats;
    }

    public void setDelegateSeats(Integer delegateSeats) {
        this.delegateSeats = delegateSeats;
    }
}
