package org.unionhall.application.treasury;

import java.time.Instant;
import java.util.List;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.treasury.BudgetRoundStatus;

/**
 * A participatory budget as its union's members see it.
 *
 * @param id its id
 * @param unionSlug the union
 * @param title its title
 * @param fund the fund whose budget is shared
 * @param budget the budget, as a decimal
 * @param currency the ledger's currency
 * @param status where it stands
 * @param electionId its secret approval ballot
 * @param ballotPhase where that ballot stands; {@code null} in a list of budgets
 * @param votingOpens when voting opens
 * @param votingCloses when voting closes
 * @param tieRule how the order of funding is decided, stated before voting opens
 * @param entries the competing requests, in the order they entered
 * @param funded the sum of the funded requests, as a decimal ("0.00" before the count)
 * @param ballots how many ballots were counted, or {@code null} before the count
 * @param note what came of it: the sums once funded, the reason once cancelled
 * @param createdAt when a treasurer opened it
 * @param closedAt when it was funded or cancelled, or {@code null}
 * @param mayOpenVoting whether the caller, a steward of the union, may open its voting now
 */
public record BudgetRoundView(String id, String unionSlug, String title, String fund, String budget, String currency,
                              BudgetRoundStatus status, String electionId, ElectionPhase ballotPhase,
                              Instant votingOpens, Instant votingCloses, String tieRule, List<Entry> entries,
                              String funded, Long ballots, String note, Instant createdAt, Instant closedAt,
                              boolean mayOpenVoting) {

    /** Copies the list. */
    public BudgetRoundView {
        entries = List.copyOf(entries);
    }

    /**
     * One competing request.
     *
     * @param requestId the grant request
     * @param title its title on the ballot
     * @param instance the instance whose moderation it pays, or {@code null}
     * @param cost what it costs, as a decimal
     * @param approvals how many members approved it, or {@code null} before the count
     * @param funded whether it was funded, or {@code null} before the count
     * @param reason why it was or was not funded; empty before the count
     */
    public record Entry(String requestId, String title, String instance, String cost, Long approvals, Boolean funded,
                        String reason) {
    }
}
