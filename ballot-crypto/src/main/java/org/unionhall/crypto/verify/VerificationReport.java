package org.unionhall.crypto.verify;

import java.util.List;
import java.util.Map;

/**
 * Everything the verifier found (protocol §11): the checks in order, some facts about the
 * election (id, title, counts, hashes) for a person reading the report, and the receipts that
 * were rejected because this election's board key did not sign them (§11.4) — each with its
 * source and reason. Rejected receipts never make the record fail.
 */
public record VerificationReport(List<CheckResult> checks, Map<String, String> facts, List<String> rejectedReceipts) {

    /** Copies the lists and map. */
    public VerificationReport {
        checks = List.copyOf(checks);
        facts = Map.copyOf(facts);
        rejectedReceipts = List.copyOf(rejectedReceipts);
    }

    /** A report without receipts. */
    public VerificationReport(List<CheckResult> checks, Map<String, String> facts) {
        this(checks, facts, List.of());
    }

    /** True if no check failed and the record is complete (every phase present). */
    public boolean passed() {
        return checks.stream().allMatch(c -> c.status() == CheckResult.Status.PASSED);
    }

    /** True if no check failed (phases not yet in the record are allowed). */
    public boolean nothingFailed() {
        return checks.stream().noneMatch(c -> c.status() == CheckResult.Status.FAILED);
    }

    /** The check with the given id. */
    public CheckResult check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check " + id));
    }
}
