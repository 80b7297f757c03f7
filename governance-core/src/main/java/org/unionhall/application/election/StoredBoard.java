package org.unionhall.application.election;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.function.Predicate;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.receipt.ReceiptBoard;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.domain.election.BoardLine;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.Elections;

/**
 * An election's stored board as a receipt check reads it (protocol §11.4): a receipt that
 * matches costs two indexed look-ups; only a genuine receipt the board contradicts, which an
 * honest server never meets, pages through the ballot digests to say where the ballot went.
 */
final class StoredBoard implements ReceiptBoard {
    private static final int PAGE = 5000;

    private final Elections elections;
    private final ElectionId election;
    private final long entries;
    private final byte[] genesis;

    StoredBoard(Elections elections, ElectionId election, long entries, byte[] genesis) {
        this.elections = elections;
        this.election = election;
        this.entries = entries;
        this.genesis = genesis.clone();
    }

    @Override
    public long entries() {
        return entries;
    }

    @Override
    public Optional<byte[]> code(long seq) {
        if (seq == 0) {
            return Optional.of(genesis.clone());
        }
        return line(seq).map(BoardLine::code).map(Bytes::decode);
    }

    @Override
    public Optional<BoardEntry.State> state(long seq) {
        return line(seq).flatMap(l -> java.util.Arrays.stream(BoardEntry.State.values())
                .filter(s -> s.label().equals(l.state())).findFirst());
    }

    private Optional<BoardLine> line(long seq) {
        return elections.board(election, seq, 1).stream().filter(l -> l.seq() == seq).findFirst();
    }

    @Override
    public OptionalLong firstWithDigest(Predicate<byte[]> test) {
        long from = 1;
        while (true) {
            SortedMap<Long, String> page = elections.digests(election, from, PAGE);
            for (Map.Entry<Long, String> d : page.entrySet()) {
                if (test.test(Bytes.decode(d.getValue()))) {
                    return OptionalLong.of(d.getKey());
                }
            }
            if (page.size() < PAGE) {
                return OptionalLong.empty();
            }
            from = page.lastKey() + 1;
        }
    }
}
