package org.unionhall.web.view.treasury;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.unionhall.application.treasury.BudgetRoundView;
import org.unionhall.application.treasury.BudgetService;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * One participatory budget ({@code ?id=}): the requests, their costs, the rule that orders their
 * funding, where its ballot stands with the way in (key ceremony, booth, record), and once counted
 * each request's approvals and why it was or was not funded.
 */
@Named
@ViewScoped
public class BudgetBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private BudgetService budgets;

    @Inject
    private CurrentActor member;

    private String id;
    private BudgetRoundView round;

    /** Loads the budget; one the caller may not see is the 404 page. */
    public void load() {
        Pages.load(() -> round = budgets.round(member.actor(), id));
    }

    /** A decimal amount of the budget's currency, e.g. {@code 1,250.00 EUR}. */
    public String money(String decimal) {
        return Money.format(decimal, round.currency());
    }

    /** Whether members may register and vote in the booth now. */
    public boolean isVoting() {
        return round.ballotPhase() == ElectionPhase.REGISTRATION || round.ballotPhase() == ElectionPhase.OPEN;
    }

    /** Whether the trustees' key ceremony still runs. */
    public boolean isInCeremony() {
        return round.ballotPhase() == ElectionPhase.CEREMONY;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BudgetRoundView getRound() {
        return round;
    }
}
