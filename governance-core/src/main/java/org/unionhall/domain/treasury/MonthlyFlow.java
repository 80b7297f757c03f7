package org.unionhall.domain.treasury;

import java.time.YearMonth;

/**
 * What came into a ledger's funds and what went out of them in one month, in minor units.
 *
 * @param month the month, in UTC
 * @param in posted into funds from contributors or the bank
 * @param out posted out of funds to payees or the bank
 */
public record MonthlyFlow(YearMonth month, long in, long out) {
}
