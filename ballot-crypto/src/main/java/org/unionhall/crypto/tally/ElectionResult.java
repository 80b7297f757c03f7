package org.unionhall.crypto.tally;

import java.util.List;

/** The decrypted weighted counts, one list per contest in manifest order (protocol §9.4). */
public record ElectionResult(List<List<Long>> counts) {

    /** Copies the nested lists. */
    public ElectionResult {
        counts = counts.stream().map(List::copyOf).toList();
    }
}
