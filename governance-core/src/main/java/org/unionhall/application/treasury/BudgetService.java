package org.unionhall.application.treasury;

import java.util.List;
import org.unionhall.application.Actor;

/**
 * Participatory budgets (docs/ledger.md, "Participatory budgets"): a union's <b>treasurer</b> puts
 * submitted moderation-labour requests that together cost more than a budget before the members;
 * the union's trustees hold the key of a secret approval ballot on which each <b>member</b>
 * approves as many requests as they like; once the result is published the requests are funded
 * greedily by approvals within the budget, ties broken by the rule the page states before voting
 * opens, and the result is executed as one linked batch of ledger transfers. The union's members
 * see every budget, its requests, their costs and approvals and why each was or was not funded;
 * the election record proves the counts.
 */
public interface BudgetService {

    /**
     * Opens a participatory budget: the requests enter it, the budget is reserved in the fund, the
     * secret ballot is prepared and its trustees are told. Requires a treasurer of the union.
     */
    BudgetRoundView open(Actor actor, String unionSlug, NewBudgetRound round);

    /** One budget. Requires a member of its union. */
    BudgetRoundView round(Actor actor, String roundId);

    /**
     * The union's budgets, newest first, without their ballot's phase (which {@link #round} gives).
     * Requires a member of the union.
     */
    List<BudgetRoundView> rounds(Actor actor, String unionSlug);

    /**
     * Opens voting before the time set, once the key ceremony is done and members have registered
     * their voting key. Requires a steward of the union, as for any secret ballot.
     */
    BudgetRoundView openVoting(Actor actor, String roundId);

    /**
     * Unionhall's timer only: executes every budget whose ballot's result is published (the funded
     * requests are paid, the others rejected with the reason, the rest of the budget released) and
     * ends every budget whose ballot was cancelled (its requests go back to the treasurers). Each
     * budget is one transaction; a budget already settled is left alone, so a second run changes
     * nothing.
     *
     * @return how many budgets were settled
     */
    int settleDue();
}
