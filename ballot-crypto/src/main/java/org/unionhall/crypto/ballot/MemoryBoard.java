package org.unionhall.crypto.ballot;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A board kept in a list in memory (protocol §8.5), for the simulator, the tests and the booth's checks. */
public final class MemoryBoard implements BoardStore {

    private final List<BoardEntry> entries = new ArrayList<>();
    private final Map<ByteBuffer, Spent> digests = new HashMap<>();
    private byte[] head;

    /** An empty board whose first code is {@code genesis} (code_0, {@link TrackingCodes#genesis}). */
    public MemoryBoard(byte[] genesis) {
        this.head = genesis.clone();
    }

    @Override
    public long size() {
        return entries.size();
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public Optional<Spent> find(byte[] ballotDigest) {
        return Optional.ofNullable(digests.get(ByteBuffer.wrap(ballotDigest)));
    }

    @Override
    public void append(BoardEntry entry, byte[] ballotDigest) {
        if (entry.sequence() != entries.size() + 1L) {
            throw new IllegalArgumentException("entry " + entry.sequence() + " cannot follow entry " + entries.size());
        }
        digests.put(ByteBuffer.wrap(ballotDigest.clone()), new Spent(entry.sequence(), entry.state()));
        entries.add(entry);
        head = entry.code();
    }

    /** The board so far, in order. */
    public List<BoardEntry> entries() {
        return List.copyOf(entries);
    }
}
