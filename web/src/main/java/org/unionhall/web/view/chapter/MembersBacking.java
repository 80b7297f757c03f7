package org.unionhall.web.view.chapter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.unionhall.application.DirectoryService;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * A chapter's member list, paged lazily. Only members of the chapter's union may see it; anyone
 * else gets the 403 page with the directory's own reason.
 */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String slug;
    private String chapterName;
    private MemberListModel members;

    /** Checks the caller may list the members, then prepares the paged list. */
    public void load() {
        Pages.load(() -> directory.members(member.actor(), slug, 0, 1, Optional.empty()))
                .ifPresent(firstRow -> {
                    chapterName = directory.chapter(member.actor(), slug).name();
                    members = new MemberListModel(directory, member, slug);
                });
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
}
