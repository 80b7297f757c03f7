package org.unionhall.application.election;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the board of an election says to a receipt someone brought (protocol §8.8, §11.4), as
 * far as the board goes: during voting, the board so far.
 *
 * @param outcome the verdict
 * @param seq the entry the receipt names; empty when the text is not a receipt
 * @param code the receipted tracking code as the booth shows it (groups of four); empty when the
 *             text is not a receipt
 * @param state the receipted state, {@code cast} or {@code challenged}; empty when the text is not a receipt
 * @param foundAt where the receipted ballot is when it is not where the receipt says (moved,
 *                state changed)
 * @param reason the verdict in the protocol's words, naming the failure; empty when confirmed
 */
public record ReceiptVerdict(Outcome outcome, OptionalLong seq, Optional<String> code, Optional<String> state,
                             OptionalLong foundAt, String reason) {

    /** The verdicts, in the order of §11.4. */
    public enum Outcome {
        /** The receipted ballot is on the board at its seq, after the same board the receipt saw. */
        CONFIRMED,
        /** The text is not a receipt (the reason says why). */
        UNREADABLE,
        /** A version 1 election: it has no board key, so no receipt can be checked. */
        NO_BOARD_KEY,
        /** A receipt of another election. */
        OTHER_ELECTION,
        /** This election's board key did not sign it: it proves nothing against the server. */
        FORGED,
        /** The board before the receipted ballot is not the one the receipt saw. */
        FORK,
        /** The receipted ballot is at another seq. */
        MOVED,
        /** The receipted ballot is on the board in the other state. */
        STATE_CHANGED,
        /** The receipted ballot is not on the board. */
        MISSING;

        /** True when the server's own signed word contradicts its board. */
        public boolean contradicted() {
            return this == FORK || this == MOVED || this == STATE_CHANGED || this == MISSING;
        }
    }
}
