package org.unionhall.web.view.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unionhall.application.DashboardView;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.MandateView;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/** The signed-in member's own page: their chapters, mandates and the requests they may decide. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private DashboardView dashboard;

    /** Loads the dashboard before the page renders. */
    public void load() {
        dashboard = Pages.load(() -> directory.dashboard(member.actor())).orElse(null);
    }

    public DashboardView getDashboard() {
        return dashboard;
    }

    /** The steward mandates in force, each a place where the member can act. */
    public List<MandateView> getStewardships() {
        return dashboard.mandates().stream().filter(m -> m.role() == MandateRole.STEWARD).toList();
    }
}
