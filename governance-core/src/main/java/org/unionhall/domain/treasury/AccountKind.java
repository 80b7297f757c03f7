package org.unionhall.domain.treasury;

/**
 * What a ledger account stands for. The kind fixes the account's normal side (where its balance
 * grows) and its {@link BalanceLimit}.
 */
public enum AccountKind {
    /**
     * Money the union holds for one purpose (Moderation Labour, Legal Defence, General, and the
     * funds its bylaws add). Credited when money comes in for the purpose, debited when it is spent
     * or reserved; never below zero, counting reservations.
     */
    FUND(Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS),
    /**
     * The union's bank account: debited when money arrives at the bank, credited when it leaves.
     * One per ledger; it has no limit, because the ledger records what the bank did, and a
     * statement line is a fact even when it overdraws.
     */
    BANK(Side.DEBIT, BalanceLimit.NONE),
    /** Someone who pays in: a member, an instance, an anonymous donor. Debited by what they give. */
    CONTRIBUTOR(Side.DEBIT, BalanceLimit.NONE),
    /** Someone who is paid: an instance team, a legal provider. Credited by what they receive. */
    PAYEE(Side.CREDIT, BalanceLimit.NONE);

    /** The side of an account where its balance grows. */
    public enum Side {
        /** Debits add to the balance. */
        DEBIT,
        /** Credits add to the balance. */
        CREDIT
    }

    private final Side normalSide;
    private final BalanceLimit limit;

    AccountKind(Side normalSide, BalanceLimit limit) {
        this.normalSide = normalSide;
        this.limit = limit;
    }

    /** Where the balance grows. */
    public Side normalSide() {
        return normalSide;
    }

    /** The rule its balance keeps. */
    public BalanceLimit limit() {
        return limit;
    }
}
