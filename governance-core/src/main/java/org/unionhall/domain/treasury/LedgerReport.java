package org.unionhall.domain.treasury;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of verifying a ledger: which checks ran, over how many rows and checkpoints, and
 * what was found wrong. A ledger is sound when nothing was found.
 *
 * @param transfersChecked how many rows were read
 * @param checkpointsChecked how many checkpoints were compared with the chain
 * @param findings what is wrong, at most {@value LedgerVerifier#MAX_FINDINGS}, in the order found
 * @param moreFindings whether more was wrong than the findings list
 */
public record LedgerReport(LedgerId ledger, long transfersChecked, int checkpointsChecked,
                           List<LedgerFinding> findings, boolean moreFindings) {
    /** The checks a verification runs, by label, as docs/ledger.md describes them. */
    public static final Map<String, String> CHECKS = checks();

    /** Copies the findings. */
    public LedgerReport {
        findings = List.copyOf(findings);
    }

    /** Whether nothing was found wrong. */
    public boolean sound() {
        return findings.isEmpty();
    }

    /** The first finding of a check, if any. */
    public Optional<LedgerFinding> first(String check) {
        return findings.stream().filter(f -> f.check().equals(check)).findFirst();
    }

    private static Map<String, String> checks() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("L1", "Rows are numbered 1, 2, 3 … without a gap.");
        checks.put("L2", "Each row names the hash of the row before it (64 zeros for the first).");
        checks.put("L3", "Each row's hash is the SHA-256 of its canonical encoding.");
        checks.put("L4", "The ledger's head (row count and hash) is its last row's.");
        checks.put("L5", "Each post, void or expiry resolves an earlier open reservation, once, between its "
                + "accounts; a post moves at most what was reserved; an expiry is not early.");
        checks.put("L6", "Each reversal moves back what an earlier posted transfer moved, between its "
                + "accounts, once.");
        checks.put("L7", "Every row moves a positive amount between two accounts of the ledger, and no "
                + "account broke its limit (no fund below zero, counting reservations) after any row.");
        checks.put("L8", "The balances recomputed from the rows equal every account's stored balances.");
        checks.put("L9", "Debits equal credits: over all accounts, posted and pending alike.");
        checks.put("L10", "Every checkpoint's Ed25519 signature verifies, and its head and trial balance are "
                + "the chain's at its row count.");
        return java.util.Collections.unmodifiableMap(checks);
    }
}
