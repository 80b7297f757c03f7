package org.unionhall.domain.treasury;

import java.util.Objects;

/**
 * One thing a {@link LedgerVerifier} found wrong.
 *
 * @param check the label of the check that failed ({@code L1}…{@code L10}, docs/ledger.md, "Verifying")
 * @param message what is wrong, naming the row or account
 */
public record LedgerFinding(String check, String message) {

    /** Checks the parts. */
    public LedgerFinding {
        Objects.requireNonNull(check);
        Objects.requireNonNull(message);
    }

    @Override
    public String toString() {
        return check + ": " + message;
    }
}
