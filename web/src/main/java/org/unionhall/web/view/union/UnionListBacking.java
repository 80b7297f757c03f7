package org.unionhall.web.view.union;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.UnionSummary;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/** The unions of this installation, so that a member can find a chapter to join. */
@Named
@RequestScoped
public class UnionListBacking {

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private List<UnionSummary> unions = List.of();

    /** Loads the list before the page renders. */
    public void load() {
        unions = Pages.load(() -> directory.unions(member.actor())).orElse(List.of());
    }

    public List<UnionSummary> getUnions() {
        return unions;
    }
}
