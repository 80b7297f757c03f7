package org.unionhall.application.treasury;

import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Balances;

/**
 * One account of a ledger as members read it.
 *
 * @param id the account's id, for transfer orders
 * @param balance the posted balance on the account's normal side, in minor units (what a fund holds)
 * @param available what is left once reservations are counted, in minor units (what a fund can spend)
 * @param balanceText the balance as a decimal with its currency, e.g. {@code 1250.00 EUR}
 * @param balances the four running sums, in minor units
 */
public record LedgerAccountView(String id, AccountKind kind, String name, long balance, long available,
                                String balanceText, Balances balances) {
}
