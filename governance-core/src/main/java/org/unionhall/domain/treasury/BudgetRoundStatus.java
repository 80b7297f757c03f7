package org.unionhall.domain.treasury;

/**
 * Where a participatory budget stands: the members vote (its budget reserved in the fund), then it
 * is funded — the requests that won are paid and the rest of the budget goes back to the fund — or,
 * when its ballot was cancelled, it is cancelled and its requests go back to the treasurers.
 */
public enum BudgetRoundStatus {
    /** The members' approval ballot is being prepared or is open; the budget is reserved. */
    VOTING,
    /** The ballot's result was executed: the funded requests are paid. */
    FUNDED,
    /** The ballot was cancelled; the reservation was released and nothing was paid. */
    CANCELLED;

    /** The status in lower-case words, for sentences. */
    public String inSentence() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
