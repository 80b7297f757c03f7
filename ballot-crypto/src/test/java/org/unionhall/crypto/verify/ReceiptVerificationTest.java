package org.unionhall.crypto.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.cli.Simulation;
import org.unionhall.crypto.receipt.BoardKey;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordLayout;

/**
 * Receipts against records (protocol §8.8, §11.4, V18): an honest record passes with all its
 * receipts; a dropped, moved or re-chained entry is caught by the receipt for it; a receipt the
 * board key did not sign, or one for another election, is rejected and never fails the record.
 */
class ReceiptVerificationTest {

    private static final long SEED = 31;

    @TempDir
    static Path dir;
    static Path record;
    static Path receipts;

    @BeforeAll
    static void simulate() {
        record = dir.resolve("record");
        receipts = dir.resolve("receipts");
        new Simulation(new Simulation.Options(40, 3, 2, record, SEED, Optional.empty(), "yes-no-abstain", 2,
                Optional.of(receipts))).run(p -> { });
    }

    private static List<Verifier.ReceiptText> all() throws IOException {
        return Verifier.ReceiptText.read(receipts);
    }

    private static Path copy(String name) throws IOException {
        Path to = dir.resolve(name);
        Files.createDirectories(to);
        try (var files = Files.list(record)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    private static String receiptOf(long seq) throws IOException {
        return Files.readString(receipts.resolve(String.format("receipt-%06d.json", seq))).strip();
    }

    @Test
    void anHonestRecordPassesWithAllItsReceipts() throws IOException {
        List<Verifier.ReceiptText> texts = all();
        long entries = Files.readAllLines(record.resolve(RecordLayout.BOARD)).size();
        assertEquals(entries, texts.size());
        VerificationReport r = Verifier.verify(record, texts);
        assertTrue(r.passed(), r.checks().toString());
        assertEquals(entries, r.check("V18").checked());
        assertTrue(r.rejectedReceipts().isEmpty(), r.rejectedReceipts().toString());
    }

    @Test
    void aFileWithOneReceiptPerLineIsReadLikeAFolder() throws IOException {
        Path file = dir.resolve("many.txt");
        Files.writeString(file, receiptOf(1) + "\r\n\n" + receiptOf(2) + "\n");
        List<Verifier.ReceiptText> texts = Verifier.ReceiptText.read(file);
        assertEquals(2, texts.size());
        assertTrue(texts.get(1).source().endsWith("many.txt line 3"), texts.get(1).source());
        assertTrue(Verifier.verify(record, texts).passed());
    }

    /** The attack of §14: drop a challenged ballot and recompute every later code. */
    @Test
    void aDroppedAndReChainedEntryPassesWithoutReceiptsAndIsCaughtByThem() throws IOException {
        Path forged = copy("dropped");
        Path board = forged.resolve(RecordLayout.BOARD);
        List<String> lines = Files.readAllLines(board);
        int found = -1;
        for (int i = 1; i < lines.size() - 1 && found < 0; i++) {
            found = lines.get(i).contains("\"state\":\"challenged\"") ? i : -1;
        }
        final int dropped = found;
        assertTrue(dropped > 0, "the record has a challenged ballot after the first line");
        List<String> rest = new ArrayList<>(lines);
        rest.remove(dropped);
        Files.writeString(board, String.join("\n", reChained(rest, dropped)) + "\n");

        VerificationReport without = Verifier.verify(forged);
        assertTrue(without.passed(), "without receipts the rewritten board looks valid: " + without.checks());

        VerificationReport with = Verifier.verify(forged, all());
        CheckResult v18 = with.check("V18");
        assertEquals(CheckResult.Status.FAILED, v18.status());
        assertTrue(v18.failures().stream().anyMatch(f -> f.contains("(seq " + (dropped + 1) + "): missing")),
                v18.failures().toString());
        assertTrue(v18.failures().stream().anyMatch(f -> f.contains("(seq " + (dropped + 2) + "): moved: the receipted "
                + "ballot is at seq " + (dropped + 1))), v18.failures().toString());
        assertEquals(lines.size() - dropped, v18.failed(), "the dropped entry and every one after it");
        assertTrue(with.rejectedReceipts().isEmpty());
    }

    /** A challenged ballot shown as cast, every later code recomputed: its receipt names the change. */
    @Test
    void aChallengedBallotTurnedCastIsCaughtAsAStateChange() throws IOException {
        Path turned = copy("turned");
        Path board = turned.resolve(RecordLayout.BOARD);
        List<String> lines = new ArrayList<>(Files.readAllLines(board));
        int challenged = 0;
        while (!lines.get(challenged).contains("\"state\":\"challenged\"")) {
            challenged++;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> line = (Map<String, Object>) Json.parse(lines.get(challenged));
        line.put("state", "cast");
        line.remove("opening");
        lines.set(challenged, Json.write(line));
        Files.writeString(board, String.join("\n", reChained(lines, challenged)) + "\n");

        long seq = challenged + 1;
        VerificationReport r = Verifier.verify(turned, List.of(new Verifier.ReceiptText("voter", receiptOf(seq))));
        assertEquals(CheckResult.Status.FAILED, r.check("V18").status());
        assertTrue(r.check("V18").failures().get(0).contains("state changed: the receipted ballot is on the board at seq "
                + seq + " as cast, the receipt says challenged"), r.check("V18").failures().toString());
    }

    /**
     * The board lines with seq and code recomputed from index {@code from} on, each from the code
     * written before it, as a server rewriting its board would.
     */
    private static List<String> reChained(List<String> lines, int from) throws IOException {
        byte[] he = Bytes.decode(contextField("extendedHash"));
        List<String> out = new ArrayList<>(lines.subList(0, from));
        byte[] previous = from == 0 ? null : code(lines.get(from - 1));
        if (previous == null) {
            throw new IllegalArgumentException("re-chain after the first line");
        }
        for (int i = from; i < lines.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> line = (Map<String, Object>) Json.parse(lines.get(i));
            long seq = i + 1;
            BoardEntry.State state = "cast".equals(line.get("state")) ? BoardEntry.State.CAST : BoardEntry.State.CHALLENGED;
            byte[] code = TrackingCodes.next(he, previous, seq, state,
                    RecordCodec.writtenBallotDigest(line, he).orElseThrow());
            line.put("seq", seq);
            line.put("code", Bytes.encode(code));
            out.add(Json.write(line));
            previous = code;
        }
        return out;
    }

    @Test
    void aLostLastBallotIsCaughtByItsReceipt() throws IOException {
        Path lost = copy("lost-last");
        Path board = lost.resolve(RecordLayout.BOARD);
        List<String> lines = Files.readAllLines(board);
        Files.writeString(board, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n");
        VerificationReport r = Verifier.verify(lost, List.of(new Verifier.ReceiptText("kept", receiptOf(lines.size()))));
        assertEquals(CheckResult.Status.FAILED, r.check("V18").status());
        assertTrue(r.check("V18").failures().get(0).contains("missing: the receipted ballot is not on the board (the board has "
                + (lines.size() - 1) + " entries)"), r.check("V18").failures().toString());
    }

    @Test
    void aGenuineReceiptForASeqThatNeverExistedMakesTheRecordInvalid() throws IOException {
        // Only the server holds b; a receipt it signed for an entry it never published is its own word against it.
        BoardKey key = BoardKey.generate(new SeededRandom(SEED, "board-key"));
        byte[] he = Bytes.decode(contextField("extendedHash"));
        long n = Files.readAllLines(record.resolve(RecordLayout.BOARD)).size();
        byte[] last = code(Files.readAllLines(record.resolve(RecordLayout.BOARD)).get((int) n - 1));
        Receipt r = Receipt.sign(he, key, n + 1, BoardEntry.State.CAST, last, he, new SeededRandom(1, "x"));
        VerificationReport report = Verifier.verify(record, List.of(new Verifier.ReceiptText("server", r.toJson())));
        assertEquals(CheckResult.Status.FAILED, report.check("V18").status());
        assertTrue(report.check("V18").failures().get(0).contains("missing"), report.check("V18").failures().toString());
    }

    @Test
    void forgedOtherElectionAndGarbageReceiptsAreRejectedAndNeverFailAnHonestRecord() throws IOException {
        byte[] he = Bytes.decode(contextField("extendedHash"));
        long n = Files.readAllLines(record.resolve(RecordLayout.BOARD)).size();
        // A forger without b claims a ballot the server never saw, and another rewrites a real receipt's seq.
        BoardKey forger = BoardKey.generate(new SeededRandom(99, "forger"));
        Receipt neverSeen = Receipt.sign(he, forger, n + 1, BoardEntry.State.CAST, he, he, new SeededRandom(2, "y"));
        String wrongSignature = receiptOf(3).replace("\"seq\":3", "\"seq\":4");
        // A genuine receipt of another election.
        Path other = dir.resolve("other");
        Path otherReceipts = dir.resolve("other-receipts");
        new Simulation(new Simulation.Options(5, 1, 1, other, 77, Optional.empty(), "yes-no-abstain", 2,
                Optional.of(otherReceipts))).run(p -> { });
        String otherElection = Files.readString(otherReceipts.resolve("receipt-000001.json")).strip();

        List<Verifier.ReceiptText> texts = new ArrayList<>(all());
        texts.add(new Verifier.ReceiptText("never-seen", neverSeen.toJson()));
        texts.add(new Verifier.ReceiptText("wrong-signature", wrongSignature));
        texts.add(new Verifier.ReceiptText("other-election", otherElection));
        texts.add(new Verifier.ReceiptText("garbage", "{\"seq\":1e99}"));
        texts.add(new Verifier.ReceiptText("huge", receiptOf(1).replace("\"seq\":1", "\"seq\":123456789012345678901234567890")));
        VerificationReport r = Verifier.verify(record, texts);

        assertTrue(r.passed(), "rejected receipts do not count against the record: " + r.checks());
        assertEquals(n, r.check("V18").checked(), "only the genuine receipts are judged");
        List<String> rejected = r.rejectedReceipts();
        assertEquals(5, rejected.size(), rejected.toString());
        assertTrue(rejected.get(0).startsWith("never-seen: forged"), rejected.get(0));
        assertTrue(rejected.get(1).startsWith("wrong-signature: forged"), rejected.get(1));
        assertTrue(rejected.get(2).startsWith("other-election: for another election"), rejected.get(2));
        assertTrue(rejected.stream().anyMatch(x -> x.startsWith("garbage: unreadable")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(x -> x.startsWith("huge: unreadable")), rejected.toString());
    }

    @Test
    void aVersionOneRecordRejectsEveryReceipt() throws IOException {
        Path v1 = dir.resolve("v1");
        new Simulation(new Simulation.Options(6, 1, 1, v1, 5, Optional.empty(), "yes-no-abstain", 1, Optional.empty()))
                .run(p -> { });
        VerificationReport r = Verifier.verify(v1, List.of(new Verifier.ReceiptText("r", receiptOf(1))));
        assertTrue(r.passed(), r.checks().toString());
        assertTrue(r.rejectedReceipts().get(0).contains("version 1 records have no board key"), r.rejectedReceipts().toString());
    }

    private static String contextField(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) Json.parse(
                Files.readString(record.resolve(RecordLayout.CONTEXT), StandardCharsets.UTF_8));
        return (String) c.get(name);
    }

    private static byte[] code(String boardLine) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(boardLine);
        return Bytes.decode((String) m.get("code"));
    }
}
