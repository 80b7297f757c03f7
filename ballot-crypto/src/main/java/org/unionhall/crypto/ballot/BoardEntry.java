package org.unionhall.crypto.ballot;

import java.util.Optional;

/**
 * One line of the bulletin board (protocol §8.5): its sequence number, the previous tracking
 * code, its own tracking code, whether the ballot was cast or challenged, the ballot, and for a
 * challenged ballot its opening.
 */
public record BoardEntry(long sequence, byte[] previous, byte[] code, State state, EncryptedBallot ballot,
        Optional<BallotOpening> opening) {

    /** What the voter did with the ballot. */
    public enum State {
        /** Cast: counted, unless a later ballot of the same credential replaces it. */
        CAST("cast"),
        /** Challenged (Benaloh): opened for checking and never counted. */
        CHALLENGED("challenged");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** The name used in the record and in the tracking-code hash. */
        public String label() {
            return label;
        }
    }

    /** Copies the codes. */
    public BoardEntry {
        previous = previous.clone();
        code = code.clone();
    }

    @Override
    public byte[] previous() {
        return previous.clone();
    }

    @Override
    public byte[] code() {
        return code.clone();
    }
}
