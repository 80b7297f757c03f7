package org.unionhall.application.election;

import java.util.List;
import java.util.Objects;

/**
 * One question of a ballot, in the shape of a manifest contest (protocol §8.1): its id, the
 * question, the method ({@code yes-no-abstain}, {@code one-of-n}, {@code approval},
 * {@code score}), the options in order, and the limits min, max and range. The ballot-crypto
 * manifest rules are checked when the election is prepared.
 *
 * @param id short id, unique within the election
 * @param question the question put to members
 * @param method the method's label as in the record
 * @param options the options in order
 * @param min least number of selections (or total score)
 * @param max most number of selections (or total score)
 * @param range largest value of one selection (1 except for score)
 */
public record ContestSpec(String id, String question, String method, List<String> options, int min, int max,
                          int range) {

    /** Copies the options. */
    public ContestSpec {
        Objects.requireNonNull(options, "options");
        options = List.copyOf(options);
    }

    /** The contest of a motion: yes, no, abstain, exactly one selection. */
    public static ContestSpec yesNoAbstain(String id, String question) {
        return new ContestSpec(id, question, "yes-no-abstain", List.of("yes", "no", "abstain"), 1, 1, 1);
    }
}
