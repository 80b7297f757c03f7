package org.unionhall.web.view.treasury;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.unionhall.application.treasury.BudgetRoundView;
import org.unionhall.application.treasury.BudgetService;
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
    private boolean confirmOpen;

    /** Loads the budget; one the caller may not see is the 404 page. */
    public void load() {
        Pages.load(() -> round = budgets.round(member.actor(), id));
    }

    /** A decimal amount of the budget's currency, e.g. {@code 1,250.00 EUR}. */
    public String money(String decimal) {
        return Money.format(decimal, round.currency());
    }

    /** A steward opens the vote before its time, once they confirmed that registration then ends. */
    public String openVoting() {
        if (Pages.act(() -> {
            Pages.requireConfirmed(confirmOpen, "opening the vote (registration then ends)");
            round = budgets.openVoting(member.actor(), id);
        }, "The vote is open.")) {
            Pages.keepMessagesForNextPage();
            return "/treasury/budget?faces-redirect=true&id=" + id;
        }
        return null;
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

    public boolean isConfirmOpen() {
        return confirmOpen;
    }

    public void setConfirmOpen(boolean confirmOpen) {
        this.confirmOpen = confirmOpen;
    }
}
