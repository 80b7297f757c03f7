package org.unionhall.crypto.ballot;

/** A reason a ballot is refused, with the kind of check that failed (protocol §8.3–§8.5). */
public record BallotProblem(Kind kind, String message) {

    /** Which check failed. */
    public enum Kind {
        /** The ballot is for another election (H_E differs). */
        ELECTION,
        /** The ballot does not have the manifest's shape. */
        STRUCTURE,
        /** The signature does not match the ballot and its credential. */
        SIGNATURE,
        /** A selection's range proof is wrong. */
        SELECTION_PROOF,
        /** A contest-limit proof is wrong. */
        CONTEST_PROOF,
        /** The credential is not on the roll (§8.5, roll check). */
        ROLL,
        /** A challenged ballot's opening does not explain it (§8.4). */
        OPENING,
        /** The ballot's digest is already on the board (§8.5, replay check). */
        REPLAY
    }
}
