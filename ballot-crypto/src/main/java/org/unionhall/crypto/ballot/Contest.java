package org.unionhall.crypto.ballot;

import java.util.List;

import org.unionhall.crypto.group.InvalidInputException;

/**
 * One question of an election (protocol §8.1). Each option's selection lies in 0..range; the
 * sum of a contest's selections lies in min..max. Yes/no/abstain and one-of-n have range 1 and
 * min = max = 1; approval has range 1; score has min = 0, max = options · range (no limit).
 */
public record Contest(String id, String question, ContestMethod method, List<String> options, int min, int max,
        int range) {

    /** Largest range a score contest may have (keeps proofs and the record small). */
    public static final int MAX_RANGE = 20;

    /** Checks the rules of the method. */
    public Contest {
        options = List.copyOf(options);
        if (id == null || id.isEmpty() || question == null) {
            throw new InvalidInputException("manifest check: a contest needs an id and a question");
        }
        int n = options.size();
        switch (method) {
            case YES_NO_ABSTAIN -> require(n == 3 && min == 1 && max == 1 && range == 1,
                    "a yes/no/abstain contest has exactly the options yes, no, abstain and one selection");
            case ONE_OF_N -> require(n >= 2 && min == 1 && max == 1 && range == 1,
                    "a one-of-n contest has at least two options and exactly one selection");
            case APPROVAL -> require(n >= 1 && range == 1 && 0 <= min && min <= max && max <= n,
                    "an approval contest needs 0 ≤ min ≤ max ≤ number of options");
            case SCORE -> require(n >= 1 && range >= 1 && range <= MAX_RANGE && min == 0 && max == n * range,
                    "a score contest needs a range 1.." + MAX_RANGE + ", min 0 and max = options × range");
            default -> throw new IllegalStateException();
        }
    }

    /** Whether the contest needs a proof that its selections sum within min..max (§5.3). */
    public boolean hasLimitProof() {
        return !(min == 0 && max == options.size() * range);
    }

    /** Checks a plaintext choice for this contest; throws naming the failed rule. */
    public void checkChoice(List<Integer> choice) {
        if (choice.size() != options.size()) {
            throw new InvalidInputException("choice check: contest '" + id + "' has " + options.size()
                    + " options, the choice has " + choice.size());
        }
        int sum = 0;
        for (int v : choice) {
            if (v < 0 || v > range) {
                throw new InvalidInputException("selection range check: contest '" + id + "' allows 0.." + range
                        + " per option, got " + v);
            }
            sum += v;
        }
        if (sum < min || sum > max) {
            throw new InvalidInputException("contest limit check: contest '" + id + "' allows " + min + ".." + max
                    + " selections in all, got " + sum);
        }
    }

    private static void require(boolean ok, String rule) {
        if (!ok) {
            throw new InvalidInputException("manifest check: " + rule);
        }
    }
}
