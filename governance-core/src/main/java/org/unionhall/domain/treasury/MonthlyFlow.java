package org.unionhall.domain.treasury;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What came into a ledger's funds and what went out of them in one month, in minor units.
 *
 * @param month the month, in UTC
 * @param in posted into funds from contributors or the bank
 * @param out posted out of funds to payees or the bank
 */
public record MonthlyFlow(YearMonth month, long in, long out) {

    /**
     * What the rows move into and out of funds, by the month (UTC) they were recorded in, oldest
     * first. A month counts as soon as something was posted in it: a posted transfer or the post of
     * a reservation counts in when it credits a fund from an account that is not one, and out when
     * it debits a fund to an account that is not one; a move between funds counts neither way.
     * Reservations, voids and expiries move nothing for good and count nowhere.
     *
     * @param rows rows of one ledger
     * @param kinds the kind of each account the rows name
     */
    public static List<MonthlyFlow> of(Collection<Transfer> rows, Function<LedgerAccountId, AccountKind> kinds) {
        Map<YearMonth, MonthlyFlow> months = new TreeMap<>();
        for (Transfer row : rows) {
            if (row.kind() != TransferKind.POSTED && row.kind() != TransferKind.POST_PENDING) {
                continue;
            }
            boolean fromFund = kinds.apply(row.debitAccount()) == AccountKind.FUND;
            boolean toFund = kinds.apply(row.creditAccount()) == AccountKind.FUND;
            MonthlyFlow flow = new MonthlyFlow(YearMonth.from(row.recordedAt().atZone(ZoneOffset.UTC)),
                    toFund && !fromFund ? row.amount() : 0, fromFund && !toFund ? row.amount() : 0);
            months.merge(flow.month(), flow, MonthlyFlow::plus);
        }
        return List.copyOf(months.values());
    }

    /** This month's flows with another's of the same month added. */
    public MonthlyFlow plus(MonthlyFlow other) {
        if (!other.month.equals(month)) {
            throw new IllegalArgumentException("flows of " + other.month + " added to " + month);
        }
        return new MonthlyFlow(month, Math.addExact(in, other.in), Math.addExact(out, other.out));
    }
}
