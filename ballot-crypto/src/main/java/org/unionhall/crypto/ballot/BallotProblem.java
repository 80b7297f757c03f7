package org.unionhall.crypto.ballot;

/** A reason a ballot is refused, with the kind of check that failed (protocol §8.3). */
public record BallotProblem(Kind kind, String message) {

    /** Which check failed. */
    public enum Kind {
        /** The ballot is for another election (H_E differs). */
        ELECTION,
        /** The ballot does not have the manifest's shape. */
        STRUCTURE,
        /** The credential is not on the roll, or the signature is wrong. */
        SIGNATURE,
        /** A selection's range proof is wrong. */
        SELECTION_PROOF,
        /** A contest-limit proof is wrong. */
        CONTEST_PROOF
    }
}
