package org.unionhall.crypto.ballot;

import java.util.Optional;

/**
 * Where a bulletin board keeps its entries (protocol §8.5): the port through which
 * {@link BallotBox} stores, so that the same board rules run over a list in memory
 * ({@link MemoryBoard}) and over a server's database. A store keeps and finds; it decides
 * nothing: every rule (roll, proofs, replay, the next tracking code) is the box's.
 *
 * <p>The box calls a store from one thread at a time, and each call sees the appends before it.
 * A store whose appends become durable later (a database transaction) is used by one box for as
 * long as that unit of work lasts.
 */
public interface BoardStore {

    /** What the board holds for a ballot digest: the entry's seq and state. */
    record Spent(long sequence, BoardEntry.State state) {
    }

    /** The number of entries N; the next entry's seq is N + 1. */
    long size();

    /** The tracking code of entry N, or code_0 when the board is empty. */
    byte[] head();

    /** The entry holding a ballot with this digest (§8.3), if any: a digest is spent once. */
    Optional<Spent> find(byte[] ballotDigest);

    /**
     * Keeps a new entry, whose seq is {@link #size()} + 1 and whose previous code is {@link #head()};
     * afterwards {@link #size()} counts it, {@link #head()} is its code and {@link #find} finds it by
     * {@code ballotDigest}.
     */
    void append(BoardEntry entry, byte[] ballotDigest);
}
