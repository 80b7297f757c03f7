package org.unionhall.web.view.landing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unionhall.application.PublicDirectory;
import org.unionhall.application.PublicUnionView;
import org.unionhall.web.view.Pages;

/**
 * A union's public page: what it is for, how to join, its chapters and its published election
 * results, the same for everybody and naming no member.
 */
@Named
@RequestScoped
public class PublicUnionBacking {

    @Inject
    private PublicDirectory directory;

    private String slug;
    private PublicUnionView union;

    /** Loads the union named in the address; an unknown one shows the 404 page. */
    public void load() {
        Visitors.keepNoSession();
        union = Pages.load(() -> directory.page(slug)).orElse(null);
    }

    public String getUnion() {
        return slug;
    }

    public void setUnion(String slug) {
        this.slug = slug;
    }

    /** The union's public page. */
    public PublicUnionView getPage() {
        return union;
    }
}
