package org.unionhall.application.treasury;

import java.time.Instant;
import java.util.List;

/**
 * A union's fund page: what each fund holds, what came in and went out month by month, and the
 * grants paid. Amounts are in minor units of the currency. It names no member: a paid grant shows
 * its kind, its title and instance for moderation labour, and never anything of a legal-aid case.
 *
 * @param unionSlug the union
 * @param unionName its name
 * @param currency the ledger's currency
 * @param publicPage whether the bylaws let anyone read this page
 * @param funds each fund
 * @param months the last twelve months with money moving, oldest first
 * @param largestMonth the largest inflow or outflow of those months (the scale of a chart)
 * @param paid the grants paid, newest first
 */
public record FundsView(String unionSlug, String unionName, String currency, boolean publicPage, List<Fund> funds,
                        List<Month> months, long largestMonth, List<PaidGrant> paid) {

    /**
     * One fund.
     *
     * @param name its name
     * @param balance what it holds
     * @param reserved what is reserved for approved grants
     * @param available what can still be granted
     */
    public record Fund(String name, long balance, long reserved, long available) {
    }

    /**
     * One month.
     *
     * @param month the month, as {@code 2026-11}
     * @param in posted into funds
     * @param out posted out of funds
     */
    public record Month(String month, long in, long out) {
    }

    /**
     * One paid grant.
     *
     * @param kind moderation labour or legal aid, in words
     * @param title the request's title; for legal aid only "Legal aid"
     * @param instance the instance whose team was paid, or {@code null}
     * @param amount what was paid, in minor units
     * @param paidAt when
     */
    public record PaidGrant(String kind, String title, String instance, long amount, Instant paidAt) {
    }
}
