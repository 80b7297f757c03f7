package org.unionhall.application.treasury;

import java.util.List;

/**
 * A bank statement read against the ledger: every line with what importing does with it, and
 * the totals.
 *
 * @param fundId the fund its anonymous donations go into
 * @param newLines how many lines are (or, once imported, were) new
 * @param newAmount their sum, in minor units
 * @param newAmountText their sum as a decimal with the currency
 * @param alreadyImported lines imported before
 * @param outgoing lines of money that left the account
 * @param refused lines that cannot be imported
 * @param imported whether the new lines were recorded now (false for a preview)
 */
public record StatementPreview(String currency, String fundId, String fundName, List<StatementLineView> lines,
                               int newLines, long newAmount, String newAmountText, int alreadyImported,
                               int outgoing, int refused, boolean imported) {
}
