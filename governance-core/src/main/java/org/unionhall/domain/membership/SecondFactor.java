package org.unionhall.domain.membership;

/**
 * Whether the member acting signed in with a second factor, on which officers' powers depend
 * (see {@link Powers}): a steward, treasurer or trustee acts as such only in a session that gave
 * a code from their authenticator app or a recovery code.
 */
public enum SecondFactor {
    /** This session gave a code: officers' powers hold. */
    GIVEN,
    /**
     * No code was given in this session (two-factor sign-in is off for the account, or the call
     * came with a password alone): officers' mandates confer nothing until it is.
     */
    NOT_GIVEN,
    /**
     * The installation lets officers act without a second factor ({@code
     * unionhall.officers-need-two-factor=false}, the demo's default), or the caller is not a
     * signed-in person at all (the operator's console, tests of other rules).
     */
    NOT_REQUIRED;

    /** Whether an officer's powers hold. */
    boolean letsOfficersAct() {
        return this != NOT_GIVEN;
    }
}
