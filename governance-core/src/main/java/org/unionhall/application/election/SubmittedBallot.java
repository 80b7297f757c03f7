package org.unionhall.application.election;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A ballot as a booth posts it, in the record's JSON form (protocol §10.6): decoded against the
 * election's manifest when it is taken in, since its shape depends on the election's questions.
 * A challenged ballot (Benaloh, §8.4) comes with its opening.
 *
 * @param ballot the ballot's fields, as the record codec reads them
 * @param opening the opening of a challenged ballot: per question, per option, the chosen value
 *                and the encryption nonce, as the board line carries it
 */
public record SubmittedBallot(Map<String, Object> ballot, Optional<List<Object>> opening) {

    /** Both required. */
    public SubmittedBallot {
        Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(opening, "opening");
    }

    /** A ballot cast to be counted. */
    public static SubmittedBallot cast(Map<String, Object> ballot) {
        return new SubmittedBallot(ballot, Optional.empty());
    }

    /** A ballot challenged with its opening, never counted. */
    public static SubmittedBallot challenged(Map<String, Object> ballot, List<Object> opening) {
        return new SubmittedBallot(ballot, Optional.of(opening));
    }
}
