package org.unionhall.crypto.ballot;

import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;

/**
 * One line of the roll (protocol §7.2): a public credential and its public weight, e.g. 1 for
 * a member, a chapter's certified count for a delegate.
 */
public record RollEntry(GroupElement credential, long weight) {

    /** Largest weight of one credential. */
    public static final long MAX_WEIGHT = 1_000_000L;

    /** Checks the weight. */
    public RollEntry {
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new InvalidInputException("roll check: a weight must be between 1 and " + MAX_WEIGHT + ", got " + weight);
        }
    }
}
