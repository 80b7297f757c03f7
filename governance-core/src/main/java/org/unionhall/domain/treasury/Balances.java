package org.unionhall.domain.treasury;

import org.unionhall.domain.shared.RuleViolation;

/**
 * An account's four running sums, in minor units, as TigerBeetle keeps them: debits and credits,
 * each pending (reserved by a two-phase transfer not yet resolved) and posted. Every sum is at
 * least zero; a change that would overflow a {@code long} is refused.
 */
public record Balances(long debitsPending, long debitsPosted, long creditsPending, long creditsPosted) {
    /** An account nothing has moved through. */
    public static final Balances ZERO = new Balances(0, 0, 0, 0);

    /** Refuses a negative sum. */
    public Balances {
        if (debitsPending < 0 || debitsPosted < 0 || creditsPending < 0 || creditsPosted < 0) {
            throw new IllegalArgumentException("a balance sum is never negative");
        }
    }

    /** These balances changed by the given amounts (each may be negative). */
    public Balances plus(long debitsPendingChange, long debitsPostedChange, long creditsPendingChange,
                         long creditsPostedChange) {
        try {
            return new Balances(Math.addExact(debitsPending, debitsPendingChange),
                    Math.addExact(debitsPosted, debitsPostedChange),
                    Math.addExact(creditsPending, creditsPendingChange),
                    Math.addExact(creditsPosted, creditsPostedChange));
        } catch (ArithmeticException e) {
            throw new RuleViolation("This transfer would make an account's total larger than the ledger can hold.");
        }
    }

    /** The posted balance on the account's normal side (what a fund holds, what a payee received). */
    public long posted(AccountKind.Side side) {
        return side == AccountKind.Side.CREDIT ? creditsPosted - debitsPosted : debitsPosted - creditsPosted;
    }

    /**
     * What is left on the normal side once pending debits (for a credit-normal account) or pending
     * credits (for a debit-normal one) are counted: what a fund can still spend.
     */
    public long available(AccountKind.Side side) {
        return side == AccountKind.Side.CREDIT ? creditsPosted - debitsPosted - debitsPending
                : debitsPosted - creditsPosted - creditsPending;
    }
}
