package org.unionhall.web.rest.treasury;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.application.treasury.NewBudgetRound;
import org.unionhall.domain.treasury.BudgetRound;
import org.unionhall.domain.treasury.LedgerAccount;
import org.unionhall.web.rest.InvalidFields;

/**
 * The JSON body of a new participatory budget, checked before the service is called: a missing or
 * overlong value answers 422 naming the field, and nothing is written.
 */
public final class BudgetBodies {

    private BudgetBodies() {
    }

    /**
     * A participatory budget to open.
     *
     * @param title what the members see
     * @param fund the fund whose budget is shared; Moderation Labour when left out
     * @param budget the amount shared, a decimal string in the ledger's currency
     * @param requests the ids of the competing submitted requests, in the order they enter
     * @param opensAt when voting opens; two days after the budget is opened when left out
     * @param closesAt when voting closes; the bylaws' voting days after it opens when left out
     */
    @Schema(name = "BudgetRoundBody")
    public record BudgetBody(@Schema(required = true, maxLength = BudgetRound.MAX_TITLE) String title,
                             @Schema(maxLength = LedgerAccount.MAX_NAME, example = "Moderation Labour") String fund,
                             @Schema(required = true, maxLength = 24, example = "1500.00") String budget,
                             @Schema(required = true, maxItems = BudgetRound.MAX_ENTRIES) List<String> requests,
                             @Schema(example = "2026-03-02T18:00:00Z") Instant opensAt,
                             @Schema(example = "2026-03-09T18:00:00Z") Instant closesAt) {
        NewBudgetRound round() {
            InvalidFields.of(this).required("title", title, BudgetRound.MAX_TITLE).optional("fund", fund,
                    LedgerAccount.MAX_NAME).required("budget", budget, 24).present("requests", requests).verify();
            return new NewBudgetRound(title, fund, budget, requests, opensAt, closesAt);
        }
    }
}
