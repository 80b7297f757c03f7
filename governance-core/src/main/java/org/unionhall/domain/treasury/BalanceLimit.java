package org.unionhall.domain.treasury;

/**
 * The rule an account's balance keeps, as TigerBeetle's account flags state it. Pending debits
 * count against the limit (a reservation is money already promised), pending credits do not (money
 * promised to the account is not there yet). The database checks the same rule on every write of
 * the account's row.
 */
public enum BalanceLimit {
    /** No limit: the account stands for someone outside the union. */
    NONE,
    /** Debits, posted and pending, never exceed posted credits: a fund never goes below zero. */
    DEBITS_MUST_NOT_EXCEED_CREDITS,
    /** Credits, posted and pending, never exceed posted debits. */
    CREDITS_MUST_NOT_EXCEED_DEBITS;

    /** Whether the balances keep this rule. */
    public boolean allows(Balances b) {
        return switch (this) {
            case NONE -> true;
            case DEBITS_MUST_NOT_EXCEED_CREDITS -> b.debitsPending() + b.debitsPosted() <= b.creditsPosted();
            case CREDITS_MUST_NOT_EXCEED_DEBITS -> b.creditsPending() + b.creditsPosted() <= b.debitsPosted();
        };
    }
}
