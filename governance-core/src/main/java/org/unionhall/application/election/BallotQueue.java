package org.unionhall.application.election;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Group commit for one election's board on this node: checked ballots wait here, and one of the
 * waiting request threads at a time (the leader) appends everything waiting under one lock and one
 * commit, then answers each ballot of the group and hands the lead to the next waiting thread.
 * No ballot is answered before the commit that made it durable; a thread never waits for more
 * than the group in front of it and its own. The election's row lock still orders groups from
 * different nodes of a cluster.
 *
 * @param <T> what waits: a checked ballot with its answer
 */
final class BallotQueue<T extends BallotQueue.Waiting> {
    /** Most ballots appended in one transaction; more wait for the next group. */
    static final int MAX_GROUP = 200;

    /** A ballot waiting for its turn, answered exactly once with a receipt or a refusal. */
    abstract static class Waiting {
        final CompletableFuture<BallotReceipt> answer = new CompletableFuture<>();
        final CompletableFuture<Void> lead = new CompletableFuture<>();

        /** Answers the ballot; later answers are ignored. */
        final void answer(BallotReceipt receipt) {
            answer.complete(receipt);
        }

        /** Refuses the ballot (or reports a failure); later answers are ignored. */
        final void refuse(RuntimeException why) {
            answer.completeExceptionally(why);
        }

        final boolean answered() {
            return answer.isDone();
        }

        /** Waits for the answer: the receipt, or the refusal thrown as it was made. */
        final BallotReceipt receipt() {
            try {
                return answer.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    private final ArrayDeque<T> waiting = new ArrayDeque<>();
    private boolean leading;

    /**
     * Queues the ballot and returns its answer once the group it was appended with committed.
     *
     * @param appendGroup appends a group in one transaction and answers every ballot in it; if it
     *                    throws, the ballots it left unanswered are refused with its exception
     */
    BallotReceipt submit(T ballot, Consumer<List<T>> appendGroup) {
        synchronized (this) {
            waiting.add(ballot);
            if (!leading) {
                leading = true;
                ballot.lead.complete(null);
            }
        }
        try {
            CompletableFuture.anyOf(ballot.answer, ballot.lead).join();
        } catch (CompletionException refused) {
            // The answer is a refusal; receipt() below throws it as it was made.
        }
        if (!ballot.answered()) {
            List<T> group = takeGroup();
            try {
                appendGroup.accept(group);
            } catch (RuntimeException | Error e) {
                RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                group.forEach(b -> b.refuse(failure));
                if (e instanceof Error error) {
                    passLead();
                    throw error;
                }
            }
            IllegalStateException unanswered = new IllegalStateException("the group was appended without answering "
                    + "this ballot");
            group.forEach(b -> b.refuse(unanswered));
            passLead();
        }
        return ballot.receipt();
    }

    private synchronized List<T> takeGroup() {
        List<T> group = new ArrayList<>(Math.min(waiting.size(), MAX_GROUP));
        while (!waiting.isEmpty() && group.size() < MAX_GROUP) {
            group.add(waiting.poll());
        }
        return group;
    }

    private synchronized void passLead() {
        T next = waiting.peek();
        if (next == null) {
            leading = false;
        } else {
            next.lead.complete(null);
        }
    }
}
