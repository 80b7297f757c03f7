package org.unionhall.web.view.treasury;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unionhall.application.treasury.BudgetRoundView;
import org.unionhall.application.treasury.BudgetService;
import org.unionhall.web.security.CurrentActor;

/** The participatory budgets on a union's treasury page, read once per view. */
@Named
@ViewScoped
public class BudgetListBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private BudgetService budgets;

    @Inject
    private CurrentActor member;

    private List<BudgetRoundView> rounds;

    /** The union's budgets, newest first. */
    public List<BudgetRoundView> rounds(String union) {
        if (rounds == null) {
            rounds = budgets.rounds(member.actor(), union);
        }
        return rounds;
    }
}
