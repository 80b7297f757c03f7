package org.unionhall.web.view.landing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.unionhall.application.PublicDirectory;
import org.unionhall.application.PublicUnionSummary;

/** The landing page as a visitor sees it: the unions of this installation, beside the way to sign in. */
@Named
@RequestScoped
public class LandingBacking {

    @Inject
    private PublicDirectory directory;

    private List<PublicUnionSummary> unions = List.of();

    /** Loads the unions; the page keeps no session for a visitor. */
    public void load() {
        Visitors.keepNoSession();
        unions = directory.unions();
    }

    /** Every union, by name. */
    public List<PublicUnionSummary> getUnions() {
        return unions;
    }
}
