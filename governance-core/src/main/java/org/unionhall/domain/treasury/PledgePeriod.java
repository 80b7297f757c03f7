package org.unionhall.domain.treasury;

import java.time.LocalDate;

/** How often a pledge promises its amount: every calendar month or every calendar year (UTC days). */
public enum PledgePeriod {
    /** Every calendar month. */
    MONTHLY,
    /** Every calendar year. */
    YEARLY;

    /** How often, after an amount: {@code a month}, {@code a year}. */
    public String per() {
        return this == MONTHLY ? "a month" : "a year";
    }

    /** The first day of the period that holds the day. */
    public LocalDate start(LocalDate day) {
        return this == MONTHLY ? day.withDayOfMonth(1) : day.withDayOfYear(1);
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return this == MONTHLY ? start.plusMonths(1) : start.plusYears(1);
    }

    /** The first day of the period before the one starting on {@code start}. */
    public LocalDate previous(LocalDate start) {
        return this == MONTHLY ? start.minusMonths(1) : start.minusYears(1);
    }

    /** The period starting on {@code start} in words: {@code 2026-03} or {@code 2026}. */
    public String label(LocalDate start) {
        return this == MONTHLY ? start.toString().substring(0, 7) : String.valueOf(start.getYear());
    }
}
