package org.unionhall.application.treasury;

import java.time.Instant;
import java.util.List;

/**
 * What a treasurer puts before the members as a participatory budget.
 *
 * @param title what the members see, e.g. "Moderation, first quarter of 2027"
 * @param fund the fund whose budget is shared (its name, e.g. "Moderation Labour")
 * @param budget the amount shared, as a decimal in the ledger's currency, e.g. {@code 1500.00}
 * @param requests the ids of the competing submitted requests, in the order they enter (the last tie-break)
 * @param opensAt when voting opens; {@code null} for two days after the budget is opened (time for the
 *                trustees' key ceremony and for members to register their voting key)
 * @param closesAt when voting closes; {@code null} for the bylaws' voting days after it opens
 */
public record NewBudgetRound(String title, String fund, String budget, List<String> requests, Instant opensAt,
                             Instant closesAt) {

    /** Copies the list. */
    public NewBudgetRound {
        requests = requests == null ? null : List.copyOf(requests);
    }
}
