package org.unionhall.crypto.verify;

import java.util.List;

/**
 * The outcome of one numbered check (protocol §11): its id, the protocol section it implements,
 * a title, what it means in plain words, how many items were checked and failed, and the first
 * failures in words.
 */
public record CheckResult(String id, String section, String title, String meaning, Status status, long checked,
        long failed, List<String> failures) {

    /** Whether the check passed. */
    public enum Status {
        /** Every item passed. */
        PASSED,
        /** At least one item failed. */
        FAILED,
        /** The record does not yet contain this phase (e.g. no tally before voting closes). */
        NOT_YET
    }

    /** Copies the list. */
    public CheckResult {
        failures = List.copyOf(failures);
    }
}
