package org.unionhall.web.view.treasury;

import java.io.Serializable;
import org.unionhall.application.treasury.ContributionService;
import org.unionhall.application.treasury.PledgeView;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * Cancelling a pledge from a list, in two steps: "Cancel…" on its row names the pledge and asks
 * again; only "Yes, cancel it" cancels. Whom the service lets cancel it (its member, or a treasurer)
 * is the service's to say. A page keeps one in its view.
 */
public final class PledgeCancellation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ContributionService contributions;
    private final CurrentActor member;
    private final String union;
    private PledgeView asked;

    /**
     * @param contributions the contribution service (a serialisable proxy)
     * @param member the signed-in member (a serialisable proxy)
     * @param union the union's slug
     */
    public PledgeCancellation(ContributionService contributions, CurrentActor member, String union) {
        this.contributions = contributions;
        this.member = member;
        this.union = union;
    }

    /** The first step: asks whether this pledge is to be cancelled. */
    public void ask(PledgeView pledge) {
        asked = pledge;
    }

    /** Keeps the pledge asked about. */
    public void keep() {
        asked = null;
    }

    /**
     * The second step: cancels the pledge asked about and says so on the page.
     *
     * @return whether it was cancelled
     */
    public boolean confirm() {
        if (asked == null) {
            return false;
        }
        String id = asked.id();
        boolean done = Pages.act(() -> contributions.cancelPledge(member.actor(), union, id),
                "The pledge is cancelled: it expects nothing more.");
        asked = null;
        return done;
    }

    /** The pledge asked about, or null. */
    public PledgeView getAsked() {
        return asked;
    }
}
