package org.unionhall.crypto.receipt;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

import org.unionhall.crypto.ballot.BoardEntry;

/**
 * What judging a receipt needs of a board (protocol §11.4), and no more: a server answers it
 * from a few indexed look-ups, a verifier from the record it has read. The board search is only
 * asked for when the receipt does not match at its own seq.
 */
public interface ReceiptBoard {

    /** The number of entries N. */
    long entries();

    /**
     * The code written on line {@code seq} (code_0 for 0), or empty when that line's code is
     * unreadable; {@code seq} is from 0 to {@link #entries()}.
     */
    Optional<byte[]> code(long seq);

    /**
     * The state written on line {@code seq} (1 to {@link #entries()}), or empty when that line's
     * state is unreadable.
     */
    Optional<BoardEntry.State> state(long seq);

    /**
     * The first line, in board order, whose ballot digest is defined and passes the test: its seq,
     * or empty when there is none.
     */
    OptionalLong firstWithDigest(Predicate<byte[]> test);
}
