package org.unionhall.domain.treasury;

/** Where a pledge stands in the current period, by the contributions that name it. */
public enum PledgeStanding {
    /** The current period's amount has been given. */
    PAID,
    /** Not given yet for the current period, but the period before was paid (or the pledge is new). */
    DUE,
    /** The period before the current one ended without its amount. */
    OVERDUE,
    /** Cancelled: nothing more is expected. */
    CANCELLED
}
