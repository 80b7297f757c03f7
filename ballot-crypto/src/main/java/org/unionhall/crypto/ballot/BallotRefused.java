package org.unionhall.crypto.ballot;

import org.unionhall.crypto.group.InvalidInputException;

/**
 * The board refused a ballot (protocol §8.3–§8.5); the problem says which check, so a server can
 * tell its voter in its own words. The board is as it was.
 */
public final class BallotRefused extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient BallotProblem problem;

    /** @param problem the check that failed, in plain words */
    public BallotRefused(BallotProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    /** The check that failed. */
    public BallotProblem problem() {
        return problem;
    }
}
