package org.unionhall.application.election;

import java.util.function.Supplier;

/**
 * Runs a piece of work in a transaction of its own, committed before {@link #run} returns (or
 * rolled back if the work throws). Ballot intake uses it so that the proofs are checked outside
 * any transaction and a group of ballots is appended under one lock and one commit, each ballot
 * answered only after that commit.
 */
public interface OwnTransaction {

    /** Runs the work in a new transaction and commits it before returning the work's result. */
    <T> T run(Supplier<T> work);

    /**
     * Whether {@link #run} really commits on its own. When it only joins the caller's transaction
     * (a tool or test that demarcates transactions itself), ballots are appended one at a time in
     * the caller's thread and the caller's commit makes them durable.
     */
    default boolean commitsOnItsOwn() {
        return true;
    }

    /** Work runs in the caller's transaction, whatever it is; the caller commits. */
    static OwnTransaction callers() {
        return new OwnTransaction() {
            @Override
            public <T> T run(Supplier<T> work) {
                return work.get();
            }

            @Override
            public boolean commitsOnItsOwn() {
                return false;
            }
        };
    }
}
