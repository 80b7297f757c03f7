package org.unionhall.web.view.union;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.UnionView;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/** A union's page: what it organises, its chapters and the servers it works with. */
@Named
@ViewScoped
public class UnionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String slug;
    private UnionView union;

    /** Loads the union named in the address; an unknown one shows the 404 page. */
    public void load() {
        union = Pages.load(() -> directory.union(member.actor(), slug)).orElse(null);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public UnionView getUnion() {
        return union;
    }
}
