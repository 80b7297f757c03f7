package org.unionhall.crypto.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.tally.ElectionResult;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;

/**
 * Writes an election record folder phase by phase (protocol §10): setup (election, context,
 * ceremony, roll), board, tally, decryption and result. Every file is canonical JSON; the roll and
 * the board are newline-delimited, one canonical object per line.
 */
public final class RecordWriter {

    private final Path dir;

    /** A writer for the given folder, which is created if missing. */
    public RecordWriter(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the record folder " + dir, e);
        }
    }

    /** Writes election.json, context.json, ceremony.json and roll.ndjson. */
    public void writeSetup(Manifest manifest, RecordCodec.DeclaredContext context,
            List<TrusteeAnnouncement> announcements, List<EncryptedShare> shares, Roll roll) {
        write(RecordLayout.ELECTION, RecordCodec.manifest(manifest));
        write(RecordLayout.CONTEXT, RecordCodec.context(context));
        write(RecordLayout.CEREMONY, RecordCodec.ceremony(announcements, shares));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(RecordLayout.ROLL), StandardCharsets.UTF_8)) {
            for (RollEntry e : roll.entries()) {
                w.write(Json.write(RecordCodec.rollEntry(e)));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes board.ndjson. */
    public void writeBoard(List<BoardEntry> board) {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(RecordLayout.BOARD), StandardCharsets.UTF_8)) {
            for (BoardEntry e : board) {
                w.write(Json.write(RecordCodec.boardEntry(e)));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes closing.json (version 2): the instant voting actually closed, e.g. 2026-12-06T23:10:00Z. */
    public void writeClosing(String closed) {
        write(RecordLayout.CLOSING, RecordCodec.closing(closed));
    }

    /** Writes tally.json. */
    public void writeTally(EncryptedTally tally) {
        write(RecordLayout.TALLY, RecordCodec.tally(tally));
    }

    /** Writes decryption.json and result.json. */
    public void writeDecryption(Manifest manifest, Map<Integer, List<PartialDecryption>> partials, ElectionResult result) {
        write(RecordLayout.DECRYPTION, RecordCodec.decryption(partials));
        write(RecordLayout.RESULT, RecordCodec.result(manifest, result));
    }

    private void write(String name, Object json) {
        try {
            Files.write(dir.resolve(name), Json.bytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }
}
