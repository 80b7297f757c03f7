package org.unionhall.application.election;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionhall.crypto.ballot.BallotBox;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.BoardStore;
import org.unionhall.crypto.receipt.BoardKey;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.domain.election.BoardLine;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.Elections;

/**
 * An election's stored board as one append transaction keeps it, under the election's row lock:
 * the {@link BoardStore} through which ballot-crypto's {@link BallotBox} applies the board rules
 * (protocol §8.5) to the database. It costs no query per ballot: the size and head are the locked
 * election row's, the lines a group of ballots could replay are read in one query before the box
 * runs, and the new lines, each with its signed receipt (§8.8), are written in one flush by
 * {@link #write()}.
 */
final class LockedBoard implements BoardStore {
    private final Elections elections;
    private final Election election;
    private final byte[] extendedHash;
    private final Optional<BoardKey> boardKey;
    private final SecureRandom random;
    private final Map<String, BoardLine> byDigest = new HashMap<>();
    private final List<BoardLine> added = new ArrayList<>();
    private byte[] head;

    /**
     * The board of a locked election, with the stored lines of any of {@code digests} (base64url).
     *
     * @param boardKey the key that signs receipts, for a version 2 election
     */
    LockedBoard(Elections elections, Election locked, Collection<String> digests, byte[] extendedHash,
                Optional<BoardKey> boardKey, SecureRandom random) {
        this.elections = elections;
        this.election = locked;
        this.extendedHash = extendedHash.clone();
        this.boardKey = boardKey;
        this.random = random;
        this.head = Bytes.decode(locked.boardHead().orElseThrow());
        for (BoardLine line : elections.byDigests(locked.id(), digests)) {
            byDigest.put(line.digest(), line);
        }
    }

    @Override
    public long size() {
        return election.boardSize();
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public Optional<Spent> find(byte[] ballotDigest) {
        return line(ballotDigest).map(l -> new Spent(l.seq(), state(l)));
    }

    @Override
    public void append(BoardEntry entry, byte[] ballotDigest) {
        String code = Bytes.encode(entry.code());
        Optional<String> receipt = boardKey.map(key -> Receipt.sign(extendedHash, key, entry.sequence(),
                entry.state(), entry.previous(), entry.code(), random).toJson());
        BoardLine line = new BoardLine(election.id(), entry.sequence(), code, entry.state().label(),
                Bytes.encode(ballotDigest), Bytes.encode(entry.ballot().credential().encode()),
                Json.write(RecordCodec.boardEntry(entry)), receipt);
        election.append(code);
        head = entry.code();
        byDigest.put(line.digest(), line);
        added.add(line);
    }

    /** The stored or appended line of a ballot digest: its code and receipt, to answer the voter. */
    Optional<BoardLine> line(byte[] ballotDigest) {
        return Optional.ofNullable(byDigest.get(Bytes.encode(ballotDigest)));
    }

    /** Writes the appended lines; the election row already holds the new size and head. */
    void write() {
        elections.addAll(added);
    }

    private static BoardEntry.State state(BoardLine line) {
        return Arrays.stream(BoardEntry.State.values()).filter(s -> s.label().equals(line.state())).findFirst()
                .orElseThrow(() -> new IllegalStateException("board line " + line.seq() + " has the state '"
                        + line.state() + "'"));
    }
}
