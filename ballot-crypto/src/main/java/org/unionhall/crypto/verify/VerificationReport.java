package org.unionhall.crypto.verify;

import java.util.List;
import java.util.Map;

/**
 * Everything the verifier found (protocol §11): the checks in order and some facts about the
 * election (id, title, counts, hashes) for a person reading the report.
 */
public record VerificationReport(List<CheckResult> checks, Map<String, String> facts) {

    /** Copies the list and map. */
    public VerificationReport {
        checks = List.copyOf(checks);
        facts = Map.copyOf(facts);
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
