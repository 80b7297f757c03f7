package org.unionhall.application.treasury;

import java.util.List;

/**
 * What every member may read about contributions: sums per fund and month, and the names givers
 * chose to be thanked under. Nothing here says who gave what.
 *
 * @param currency the ledger's ISO 4217 code
 * @param months per month and fund, oldest first
 * @param publicDonors the givers who chose a public name, the latest first
 */
public record ContributionTotals(String currency, List<MonthTotal> months, List<PublicDonor> publicDonors) {

    /**
     * What came into one fund in one month.
     *
     * @param month {@code 2026-03}
     * @param amount in minor units
     * @param contributions how many
     */
    public record MonthTotal(String month, String fundId, String fundName, long amount, String amountText,
                             long contributions) {
    }

    /**
     * A giver who chose to be named, without the amount.
     *
     * @param name the name they chose
     * @param fundName the fund they gave to
     * @param month when, {@code 2026-03}
     */
    public record PublicDonor(String name, String fundName, String month) {
    }
}
