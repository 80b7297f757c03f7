package org.unionhall.web.view.union;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.UnionSummary;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/** The unions of this installation, so that a member can find a chapter to join. */
@Named
@ViewScoped
public class UnionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
