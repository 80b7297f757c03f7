package org.unionhall.application.treasury;

import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.PledgePeriod;

/**
 * A pledge as typed.
 *
 * @param fund the fund's account id
 * @param amount a decimal such as {@code 10.00}
 * @param currency the ISO 4217 code the amount is in: the ledger's
 * @param instance the instance's id when a treasurer pledges for an instance; null for the
 *                 member's own pledge
 */
public record NewPledge(ContributionKind kind, String fund, String amount, String currency, PledgePeriod period,
                        String instance) {
}
