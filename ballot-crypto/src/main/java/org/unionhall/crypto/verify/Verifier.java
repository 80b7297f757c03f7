package org.unionhall.crypto.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.unionhall.crypto.ballot.BallotChecker;
import org.unionhall.crypto.ballot.BallotProblem;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.EncryptedContest;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.ballot.VotingOpened;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.receipt.ReceiptBoard;
import org.unionhall.crypto.receipt.ReceiptJudgement;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.ElementSum;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordFormatException;
import org.unionhall.crypto.record.RecordLayout;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.ElectionResult;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.KeyCeremony;
import org.unionhall.crypto.trustee.PartialDecryption;

/**
 * Verifies an election record folder (protocol §11) and returns a report of the numbered checks
 * V1–V16, V17 for a version 2 record, and V18 when receipts are given. Ballots are read from the
 * board in batches and checked on all cores. A record that cannot be read at all (missing file,
 * malformed JSON) raises {@link RecordFormatException}; everything else becomes a failed check
 * that names what is wrong. A receipt that this record's board key did not sign is rejected and
 * listed apart: it says nothing about the record (§11.4).
 */
public final class Verifier {

    private static final int BATCH = 4096;
    private static final int MAX_FAILURES = 20;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,18}");

    /** One receipt as the user gave it: where it came from (file and line) and its text. */
    public record ReceiptText(String source, String text) {

        /**
         * The receipts in a file (every line that is not blank is one receipt) or in a folder
         * (every regular file directly in it, in name order) (§12). Bytes that are not UTF-8
         * are read as U+FFFD, so such a line is rejected as unreadable rather than stopping the rest.
         *
         * @throws IOException when the file or folder cannot be read
         */
        public static List<ReceiptText> read(Path fileOrFolder) throws IOException {
            List<Path> files;
            if (Files.isDirectory(fileOrFolder)) {
                try (java.util.stream.Stream<Path> s = Files.list(fileOrFolder)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
            } else if (Files.isRegularFile(fileOrFolder)) {
                files = List.of(fileOrFolder);
            } else {
                throw new IOException(fileOrFolder + " is neither a receipt file nor a folder of them");
            }
            List<ReceiptText> out = new ArrayList<>();
            for (Path f : files) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        out.add(new ReceiptText(f + " line " + (i + 1), lines[i]));
                    }
                }
            }
            return out;
        }
    }

    private final Path dir;
    private final Map<String, Tracker> trackers = new LinkedHashMap<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Optional<List<ReceiptText>> receiptTexts;
    /** Rejected receipts by their place in the input, so the report lists them in the order given. */
    private final Map<Integer, String> rejected = new TreeMap<>();
    /** 1 or 2 once election.json's format is read; 0 before, or when it names no known version. */
    private int version;
    /** When receipts are given: code_0 and then every line's code as written (null if unreadable). */
    private List<byte[]> writtenCodes;
    /** When receipts are given: every line's ballot digest from its bytes (null if undefined), from index 1. */
    private List<byte[]> writtenDigests;
    /** The state written on each board line (null where unreadable), kept only when receipts are judged. */
    private List<BoardEntry.State> writtenStates;

    private Verifier(Path dir, Optional<List<ReceiptText>> receipts) {
        this.dir = dir;
        this.receiptTexts = receipts;
        define("V1", "§10", "Record format",
                "The record's files are present, in canonical JSON, and in a format this verifier knows.");
        define("V2", "§8.1, §3.4", "Election parameters",
                "The contests, trustees and threshold are well-formed, and the base hash H_B is the hash of them.");
        define("V3", "§6.2", "Trustee announcements",
                "Every trustee proved it knows the secret behind each of its key commitments and its share-encryption key.");
        define("V4", "§6.3", "Key ceremony transcript",
                "Every trustee sent an encrypted key share to every other trustee, so each could check its share.");
        define("V5", "§7.2", "Credential roll",
                "Every voter credential on the roll is a valid public key, listed once, with a weight from 1 to 1,000,000.");
        define("V6", "§6.5, §3.4", "Joint key and election hash",
                "The election key is the product of the trustees' commitments, and the election hash H_E binds key, "
                        + "ceremony and roll together, so none of them can be swapped afterwards.");
        define("V7", "§8.5", "Tracking-code chain",
                "Every board entry is linked to the one before it: no entry was removed, inserted, changed or reordered.");
        define("V8", "§8.2, §10.6", "Ballot form",
                "Every ballot on the board is well-formed: valid points and numbers, one encrypted selection per option.");
        define("V9", "§7.3", "Eligibility and signatures",
                "Every ballot is signed by a voter credential that is on the roll.");
        define("V10", "§5.2", "Selection proofs",
                "Every encrypted selection is proven to hold an allowed value (0 or 1, or 0..R for scores), without revealing it.");
        define("V11", "§5.3", "Contest limits",
                "Every contest of every ballot is proven to have an allowed number of selections "
                        + "(for example exactly one of yes, no, abstain).");
        define("V12", "§8.5", "No replayed ballots", "No ballot appears twice on the board.");
        define("V13", "§8.4", "Challenged ballots",
                "Every challenged ballot opens to a valid choice, showing the voting device encrypted honestly; "
                        + "challenged ballots are never counted.");
        define("V14", "§9.1, §9.2", "Encrypted tally",
                "The encrypted totals are exactly the weighted sum of the last cast ballot of each credential on the roll.");
        define("V15", "§9.3", "Partial decryptions",
                "At least the threshold of trustees took part in the decryption and each proved its part correct.");
        define("V16", "§9.4", "Result", "The published counts are exactly what the encrypted totals decrypt to.");
        define("V17", "§7.4, §10.10", "Voting period and eligibility",
                "The record says when voting actually opened and closed and how many members were eligible; "
                        + "voting closed no earlier than it opened and the roll has no more credentials than eligible members.");
        define("V18", "§8.8", "Receipts",
                "Every receipt signed by this election's board key is matched by the board: the receipted ballot "
                        + "is at the position the receipt names, after the same board the receipt saw.");
    }

    /** Verifies the record in dir. */
    public static VerificationReport verify(Path dir) {
        return verify(dir, Optional.empty());
    }

    /**
     * Verifies the record in dir and the given receipts against it (§11.4): V18 judges the receipts
     * this record's board key signed; the others are listed in {@link VerificationReport#rejectedReceipts()}.
     */
    public static VerificationReport verify(Path dir, List<ReceiptText> receipts) {
        return verify(dir, Optional.of(List.copyOf(receipts)));
    }

    private static VerificationReport verify(Path dir, Optional<List<ReceiptText>> receipts) {
        Verifier v = new Verifier(dir, receipts);
        v.run();
        List<CheckResult> checks = new ArrayList<>();
        v.trackers.values().stream()
                .filter(t -> !t.id.equals("V17") || v.version == 2)
                .filter(t -> !t.id.equals("V18") || receipts.isPresent())
                .forEach(t -> checks.add(t.result()));
        return new VerificationReport(checks, v.facts, new ArrayList<>(v.rejected.values()));
    }

    /** The record's files of protocol §10, by version; any other file or folder is ignored (§10). */
    private static List<String> recordFiles(int version) {
        List<String> files = new ArrayList<>(List.of(RecordLayout.ELECTION, RecordLayout.CONTEXT, RecordLayout.CEREMONY,
                RecordLayout.ROLL, RecordLayout.BOARD, RecordLayout.TALLY, RecordLayout.DECRYPTION, RecordLayout.RESULT));
        if (version == 2) {
            files.add(RecordLayout.CLOSING);
        }
        return files;
    }

    private void run() {
        if (!Files.isDirectory(dir)) {
            throw new RecordFormatException("the record folder " + dir + " does not exist");
        }
        Object electionJson = required(RecordLayout.ELECTION);
        Object contextJson = required(RecordLayout.CONTEXT);
        Object ceremonyJson = required(RecordLayout.CEREMONY);
        requireFile(RecordLayout.ROLL);
        version = electionJson instanceof Map<?, ?> m && m.get("format") instanceof String f
                ? Manifest.versionOf(f).orElse(0) : 0;
        // Every file of §10 that is present is read and must be canonical, whether or not its
        // phase is checked (§11.1); closing.json is a record file from version 2 on.
        Optional<Object> closingJson = version == 2 ? optional(RecordLayout.CLOSING) : Optional.empty();
        Optional<Object> tallyJson = optional(RecordLayout.TALLY);
        Optional<Object> decryptionJson = optional(RecordLayout.DECRYPTION);
        Optional<Object> resultJson = optional(RecordLayout.RESULT);
        boolean boardPresent = Files.isRegularFile(dir.resolve(RecordLayout.BOARD));
        checkPhaseOrder(boardPresent, closingJson.isPresent(), tallyJson.isPresent(),
                decryptionJson.isPresent() || resultJson.isPresent());
        noteOtherFiles();
        if (!boardPresent || tallyJson.isEmpty() || decryptionJson.isEmpty() || resultJson.isEmpty()) {
            facts.put("phase", !boardPresent ? "key ceremony done, voting not started"
                    : tallyJson.isEmpty() ? "voting" : "tallied, not yet decrypted");
        } else {
            facts.put("phase", "complete");
        }
        List<SourcedReceipt> receipts = parseReceipts();

        // The roll needs nothing else of the record, so V5 is judged whatever V2–V4 find (§11.3).
        Roll roll = readRoll();

        Manifest manifest;
        RecordCodec.DeclaredContext declared;
        try {
            manifest = RecordCodec.manifest(electionJson);
            declared = RecordCodec.context(contextJson);
            if (declared.opened().isPresent() != (manifest.version() == 2)) {
                throw new InvalidInputException("context check: context.json has the fields of version "
                        + (declared.opened().isPresent() ? 2 : 1) + ", election.json is version " + manifest.version());
            }
        } catch (InvalidInputException e) {
            fail("V2", e.getMessage());
            blockFrom("V3", "not checked: the election parameters (V2) could not be read");
            return;
        }
        facts.put("election", manifest.election());
        facts.put("title", manifest.title());
        facts.put("trustees", manifest.trustees() + " (threshold " + manifest.threshold() + ")");
        byte[] baseHash = manifest.baseHash();
        check("V2", MessageDigest.isEqual(baseHash, declared.baseHash()),
                "base hash check: H_B computed from election.json differs from context.json's baseHash");

        RecordCodec.Ceremony ceremony;
        try {
            ceremony = RecordCodec.ceremony(ceremonyJson);
        } catch (InvalidInputException e) {
            fail("V3", e.getMessage());
            blockFrom("V4", "not checked: the ceremony (V3) could not be read");
            return;
        }
        ceremony.announcements().parallelStream().forEach(a -> {
            Optional<String> p = a.problem(baseHash, manifest.trustees(), manifest.threshold());
            check("V3", p.isEmpty(), p.orElse(""));
        });
        Optional<String> transcript = KeyCeremony.problem(baseHash, manifest.trustees(), manifest.threshold(),
                ceremony.announcements(), ceremony.shares());
        check("V4", transcript.isEmpty(), "ceremony check: " + transcript.orElse(""));
        if (tracker("V3").failed.get() > 0 || transcript.isPresent()) {
            blockFrom("V6", "not checked: the key ceremony (V3, V4) is not valid");
            return;
        }
        if (roll == null) {
            blockFrom("V6", "not checked: the roll (V5) is not valid");
            return;
        }
        facts.put("roll", roll.entries().size() + " credentials, total weight " + roll.totalWeight());

        GroupElement jointKey = KeyCeremony.jointKey(ceremony.announcements());
        byte[] ceremonyDigest = KeyCeremony.digest(baseHash, ceremony.announcements(), ceremony.shares());
        byte[] rollDigest = roll.digest(baseHash);
        ElectionContext context = ElectionContext.create(manifest, jointKey, ceremonyDigest, rollDigest);
        check("V6", jointKey.equals(declared.jointKey()), "joint key check: context.json's jointKey is not Π C_(i,0)");
        check("V6", MessageDigest.isEqual(ceremonyDigest, declared.ceremonyDigest()),
                "ceremony digest check: context.json's ceremonyDigest does not match ceremony.json");
        check("V6", MessageDigest.isEqual(rollDigest, declared.rollDigest()),
                "roll digest check: context.json's rollDigest does not match roll.ndjson");
        check("V6", MessageDigest.isEqual(context.extendedHash(), declared.extendedHash()),
                "extended hash check: context.json's extendedHash is not H_E");
        facts.put("electionHash", org.unionhall.crypto.record.Bytes.encode(context.extendedHash()));
        byte[] genesis = declared.opened().map(o -> TrackingCodes.genesis(context.extendedHash(), o))
                .orElseGet(() -> TrackingCodes.genesis(context.extendedHash()));
        declared.opened().ifPresent(o -> checkPeriod(o, roll, closingJson));
        if (receiptTexts.isPresent()) {
            writtenCodes = new ArrayList<>(List.of(genesis));
            writtenDigests = new ArrayList<>(java.util.Collections.singletonList(null));
            writtenStates = new ArrayList<>(java.util.Collections.singletonList(null));
        }

        if (!boardPresent) {
            notYet("V7", "V8", "V9", "V10", "V11", "V12", "V13", "V14", "V15", "V16");
            checkReceipts(context.extendedHash(), declared.opened(), receipts);
            return;
        }
        BoardSummary board = readBoard(context, roll, genesis);
        facts.put("board", board.entries + " entries: " + board.cast + " cast, " + board.challenged + " challenged");
        checkReceipts(context.extendedHash(), declared.opened(), receipts);
        if (tallyJson.isEmpty()) {
            notYet("V14", "V15", "V16");
            return;
        }
        EncryptedTally declaredTally;
        try {
            declaredTally = RecordCodec.tally(tallyJson.get());
        } catch (InvalidInputException e) {
            fail("V14", e.getMessage());
            blockFrom("V15", "not checked: the tally (V14) could not be read");
            return;
        }
        if (!checkTally(manifest, board, declaredTally)) {
            blockFrom("V15", "not checked: there is no tally to decrypt (V14)");
            return;
        }
        facts.put("counted", declaredTally.ballotsCounted() + " ballots, total weight " + declaredTally.totalWeight());
        if (decryptionJson.isEmpty() || resultJson.isEmpty()) {
            notYet("V15", "V16");
            return;
        }
        checkDecryption(context, ceremony, declaredTally, decryptionJson.get(), resultJson.get());
    }

    // ---- files (V1)

    /**
     * Phases are written in order (§10): the board before closing.json (version 2), that before
     * the tally, the tally before the decryption and the result. A later phase without an earlier
     * one would publish something nobody can check.
     */
    private void checkPhaseOrder(boolean board, boolean closing, boolean tally, boolean decryption) {
        List<String> problems = new ArrayList<>();
        if (closing && !board) {
            problems.add(RecordLayout.CLOSING + " is present but " + RecordLayout.BOARD + " is not");
        }
        if (tally && !board) {
            problems.add(RecordLayout.TALLY + " is present but " + RecordLayout.BOARD + " is not");
        } else if (tally && version == 2 && !closing) {
            problems.add(RecordLayout.TALLY + " is present but " + RecordLayout.CLOSING + " is not: voting must close "
                    + "before the tally");
        }
        if (decryption && !tally) {
            problems.add(RecordLayout.DECRYPTION + " or " + RecordLayout.RESULT + " is present but " + RecordLayout.TALLY
                    + " is not");
        }
        problems.forEach(p -> fail("V1", "phase order check: " + p + " (§10)"));
        if (problems.isEmpty()) {
            pass("V1", 1);
        }
    }

    /** Files and folders that are not part of the record are allowed and ignored (§10), but named. */
    private void noteOtherFiles() {
        List<String> known = recordFiles(version);
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            List<String> others = entries.map(p -> p.getFileName().toString().replaceAll("/$", ""))
                    .filter(name -> !known.contains(name)).sorted().toList();
            if (!others.isEmpty()) {
                facts.put("ignored", String.join(", ", others) + " (not part of the record)");
            }
        } catch (IOException e) {
            throw new RecordFormatException("cannot list the record folder: " + e.getMessage());
        }
    }

    // ---- voting period and eligibility (V17, version 2)

    private void checkPeriod(VotingOpened opened, Roll roll, Optional<Object> closingJson) {
        facts.put("opened", opened.opened());
        facts.put("eligible", opened.eligible() + " (" + opened.eligibleBasis() + ")");
        check("V17", roll.entries().size() <= opened.eligible(), "eligibility check: the roll has "
                + roll.entries().size() + " credentials but only " + opened.eligible() + " members were eligible");
        if (closingJson.isEmpty()) {
            notYet("V17");
            return;
        }
        String closed;
        try {
            closed = RecordCodec.closing(closingJson.get());
        } catch (InvalidInputException e) {
            fail("V17", e.getMessage());
            return;
        }
        facts.put("closed", closed);
        // Both are YYYY-MM-DDTHH:MM:SSZ, so text order is time order.
        check("V17", closed.compareTo(opened.opened()) >= 0, "period check: voting closed at " + closed
                + ", before it opened at " + opened.opened());
    }

    // ---- receipts (V18)

    private List<SourcedReceipt> parseReceipts() {
        List<SourcedReceipt> out = new ArrayList<>();
        List<ReceiptText> texts = receiptTexts.orElse(List.of());
        for (int i = 0; i < texts.size(); i++) {
            ReceiptText t = texts.get(i);
            try {
                out.add(new SourcedReceipt(i, t.source(), Receipt.parse(t.text())));
            } catch (InvalidInputException e) {
                rejected.put(i, t.source() + ": unreadable, not a receipt: " + e.getMessage());
            }
        }
        return out;
    }

    private record SourcedReceipt(int index, String source, Receipt receipt) {
    }

    /**
     * Judges every receipt against the board as written (§11.4). A receipt for another election,
     * or one whose signature does not check under this record's board key, was not made by this
     * election's server: it is rejected and says nothing about the record. Any other receipt is
     * the server's signed word, and the board must match it.
     */
    private void checkReceipts(byte[] he, Optional<VotingOpened> opened, List<SourcedReceipt> receipts) {
        if (receiptTexts.isEmpty()) {
            return;
        }
        pass("V18", 0);
        ReceiptBoard written = new WrittenBoard();
        for (SourcedReceipt sr : receipts) {
            ReceiptJudgement j = ReceiptJudgement.judge(sr.receipt(), he, opened.map(VotingOpened::boardKey), written);
            if (j.finding().rejected()) {
                rejected.put(sr.index(), sr.source() + ": " + j.reason());
            } else {
                check("V18", j.finding() == ReceiptJudgement.Finding.MATCHED,
                        sr.source() + " (seq " + sr.receipt().seq() + "): " + j.reason());
            }
        }
    }

    /** The board as written in the record: its codes and ballot digests, kept while it was read. */
    private final class WrittenBoard implements ReceiptBoard {
        @Override
        public long entries() {
            return writtenCodes.size() - 1L;
        }

        @Override
        public Optional<byte[]> code(long seq) {
            return Optional.ofNullable(writtenCodes.get((int) seq));
        }

        @Override
        public Optional<BoardEntry.State> state(long seq) {
            return Optional.ofNullable(writtenStates.get((int) seq));
        }

        @Override
        public OptionalLong firstWithDigest(Predicate<byte[]> test) {
            for (int j = 1; j < writtenDigests.size(); j++) {
                byte[] digest = writtenDigests.get(j);
                if (digest != null && test.test(digest)) {
                    return OptionalLong.of(j);
                }
            }
            return OptionalLong.empty();
        }
    }

    // ---- roll (V5)

    private Roll readRoll() {
        List<RollEntry> entries = new ArrayList<>();
        Set<ByteBuffer> seen = new HashSet<>();
        try (NdjsonLines r = new NdjsonLines(dir.resolve(RecordLayout.ROLL), RecordLayout.ROLL)) {
            String line;
            int n = 0;
            while ((line = r.next()) != null) {
                n++;
                String where = "roll line " + n;
                Object json = parse(line, RecordLayout.ROLL + " line " + n);
                try {
                    RollEntry e = RecordCodec.rollEntry(json, where);
                    if (!seen.add(ByteBuffer.wrap(e.credential().encode()))) {
                        fail("V5", where + ": credential listed twice (reused credential)");
                        continue;
                    }
                    entries.add(e);
                    pass("V5", 1);
                } catch (InvalidInputException e) {
                    fail("V5", where + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new RecordFormatException("cannot read " + RecordLayout.ROLL + ": " + e.getMessage());
        }
        if (tracker("V5").failed.get() > 0) {
            return null;
        }
        return new Roll(entries);
    }

    // ---- board (V7–V13)

    private static final class BoardSummary {
        long entries;
        long cast;
        long challenged;
        final Map<ByteBuffer, Counted> last = new HashMap<>();
    }

    private record Counted(long sequence, long weight, List<Ciphertext> selections) {
    }

    /**
     * What one board line gave: its chain fields (null if unreadable), the decoded entry (null if
     * it fails V8), its ballot digest from the bytes as written (null if undefined, §11.3) and
     * the weight it counts with (0 if it is not counted).
     */
    private record LineResult(RecordCodec.ChainFields chain, RecordCodec.BoardLine entry, byte[] digest, long weight) {
    }

    private BoardSummary readBoard(ElectionContext context, Roll roll, byte[] genesis) {
        BoardSummary summary = new BoardSummary();
        byte[] he = context.extendedHash();
        byte[] head = genesis;
        Set<ByteBuffer> digests = new HashSet<>();
        try (NdjsonLines r = new NdjsonLines(dir.resolve(RecordLayout.BOARD), RecordLayout.BOARD)) {
            long lineNo = 0;
            while (true) {
                List<String> batch = new ArrayList<>(BATCH);
                String line;
                while (batch.size() < BATCH && (line = r.next()) != null) {
                    batch.add(line);
                }
                if (batch.isEmpty()) {
                    break;
                }
                final long first = lineNo + 1;
                LineResult[] results = new LineResult[batch.size()];
                IntStream.range(0, batch.size()).parallel()
                        .forEach(i -> results[i] = checkLine(context, roll, batch.get(i), first + i));
                for (LineResult lr : results) {
                    lineNo++;
                    head = chain(he, head, lineNo, lr, digests, summary);
                }
            }
        } catch (IOException e) {
            throw new RecordFormatException("cannot read " + RecordLayout.BOARD + ": " + e.getMessage());
        }
        if (summary.entries == 0) {
            pass("V7", 0);
        }
        return summary;
    }

    private LineResult checkLine(ElectionContext context, Roll roll, String line, long lineNo) {
        String where = "board line " + lineNo;
        Object json = parse(line, RecordLayout.BOARD + " line " + lineNo);
        RecordCodec.ChainFields chain = null;
        String chainProblem = null;
        try {
            chain = RecordCodec.chainFields(json, where);
        } catch (InvalidInputException e) {
            chainProblem = e.getMessage();
        }
        // The chain (V7) is judged on the bytes as written, apart from the ballot form (V8).
        byte[] digest = RecordCodec.writtenBallotDigest(json, context.extendedHash()).orElse(null);
        if (chainProblem != null) {
            fail("V7", where + ": " + chainProblem);
        }
        RecordCodec.BoardLine entry;
        try {
            entry = RecordCodec.boardLine(json, where, context.manifest(), context.extendedHash());
        } catch (InvalidInputException e) {
            fail("V8", where + ": " + e.getMessage());
            return new LineResult(chain, null, digest, 0);
        }
        List<BallotProblem> problems = BallotChecker.problems(context, entry.ballot());
        boolean formOk = problems.stream().noneMatch(p -> p.kind() == BallotProblem.Kind.ELECTION
                || p.kind() == BallotProblem.Kind.STRUCTURE);
        check("V8", formOk, where + ": " + first(problems, BallotProblem.Kind.ELECTION, BallotProblem.Kind.STRUCTURE));
        if (!formOk) {
            return new LineResult(chain, null, digest, 0);
        }
        Optional<RollEntry> voter = roll.find(entry.ballot().credential().encodedView());
        boolean signed = voter.isPresent() && problems.stream().noneMatch(p -> p.kind() == BallotProblem.Kind.SIGNATURE);
        check("V9", signed, where + ": " + (voter.isEmpty() ? "roll check: the ballot's credential is not on the roll"
                : first(problems, BallotProblem.Kind.SIGNATURE)));
        long selectionFailures = problems.stream().filter(p -> p.kind() == BallotProblem.Kind.SELECTION_PROOF).count();
        int selections = 0;
        int limits = 0;
        for (EncryptedContest c : entry.ballot().contests()) {
            selections += c.selections().size();
            limits += c.limitProof().isPresent() ? 1 : 0;
        }
        count("V10", selections, selectionFailures, where + ": " + first(problems, BallotProblem.Kind.SELECTION_PROOF));
        long limitFailures = problems.stream().filter(p -> p.kind() == BallotProblem.Kind.CONTEST_PROOF).count();
        count("V11", limits, limitFailures, where + ": " + first(problems, BallotProblem.Kind.CONTEST_PROOF));
        if (entry.chain().state() == BoardEntry.State.CHALLENGED) {
            Optional<String> p = BallotChecker.openingProblem(context, entry.ballot(), entry.opening().orElseThrow());
            check("V13", p.isEmpty(), where + ": " + p.orElse(""));
        }
        return new LineResult(chain, entry, digest, voter.map(RollEntry::weight).orElse(0L));
    }

    private byte[] chain(byte[] he, byte[] head, long lineNo, LineResult lr, Set<ByteBuffer> digests,
            BoardSummary summary) {
        summary.entries++;
        String where = "board line " + lineNo;
        if (writtenCodes != null) {
            writtenCodes.add(lr.chain() == null ? null : lr.chain().code());
            writtenDigests.add(lr.digest());
            writtenStates.add(lr.chain() == null ? null : lr.chain().state());
        }
        if (lr.digest() != null) {
            if (!digests.add(ByteBuffer.wrap(lr.digest()))) {
                fail("V12", where + ": this ballot is already on the board (replay)");
            } else {
                pass("V12", 1);
            }
        }
        if (lr.chain() == null) {
            // Already failed V7 for its unreadable seq, code or state; the next line has no code to follow.
            return null;
        }
        RecordCodec.ChainFields c = lr.chain();
        if (c.state() == BoardEntry.State.CHALLENGED) {
            summary.challenged++;
        } else {
            summary.cast++;
            if (lr.entry() != null && lr.weight() > 0) {
                List<Ciphertext> all = new ArrayList<>();
                lr.entry().ballot().contests().forEach(ec -> all.addAll(ec.selections()));
                summary.last.put(ByteBuffer.wrap(lr.entry().ballot().credential().encode()),
                        new Counted(lineNo, lr.weight(), all));
            }
        }
        if (head == null) {
            fail("V7", where + ": the tracking code cannot be recomputed because the code of the line before "
                    + "cannot be read");
            return c.code();
        }
        if (lr.digest() == null) {
            fail("V7", where + ": the tracking code cannot be recomputed because a field of the ballot digest "
                    + "is missing or not base64url (§8.3)");
            return c.code();
        }
        byte[] expected = TrackingCodes.next(he, head, lineNo, c.state(), lr.digest());
        if (c.sequence() != lineNo) {
            fail("V7", where + ": sequence number " + c.sequence() + " should be " + lineNo);
        } else if (!MessageDigest.isEqual(c.code(), expected)) {
            fail("V7", where + ": the tracking code does not follow from the code before and this entry "
                    + "(the entry was changed, or an entry before it was removed, inserted or reordered)");
        } else {
            pass("V7", 1);
        }
        return c.code();
    }

    // ---- tally (V14)

    /** False when there is nothing to tally, so V15 and V16 cannot be judged. */
    private boolean checkTally(Manifest manifest, BoardSummary board, EncryptedTally declared) {
        int cells = manifest.contests().stream().mapToInt(c -> c.options().size()).sum();
        List<Counted> counted = new ArrayList<>(board.last.values());
        if (counted.isEmpty()) {
            // Every cell would be the identity, which has no encoding (§2.1, §9.2).
            fail("V14", "tally check: no ballot on the board is counted, so there is no tally; a record in which "
                    + "no ballot counts has no tally.json (§9.2)");
            return false;
        }
        ElementSum[] sums = counted.parallelStream().collect(() -> newSums(cells), (s, c) -> {
            for (int i = 0; i < cells; i++) {
                s[2 * i].add(c.selections().get(i).alpha(), c.weight());
                s[2 * i + 1].add(c.selections().get(i).beta(), c.weight());
            }
        }, (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i].add(b[i]);
            }
        });
        long weight = counted.stream().mapToLong(Counted::weight).sum();
        check("V14", declared.ballotsCounted() == counted.size(), "tally check: tally.json says "
                + declared.ballotsCounted() + " ballots counted, the board has " + counted.size());
        check("V14", declared.totalWeight() == weight, "tally check: tally.json says total weight "
                + declared.totalWeight() + ", the counted ballots weigh " + weight);
        boolean shape = declared.totals().size() == manifest.contests().size();
        for (int ci = 0; shape && ci < manifest.contests().size(); ci++) {
            shape = declared.totals().get(ci).size() == manifest.contests().get(ci).options().size();
        }
        if (!shape) {
            fail("V14", "tally check: tally.json does not have one ciphertext per option of the manifest");
            return true;
        }
        int at = 0;
        for (int ci = 0; ci < manifest.contests().size(); ci++) {
            for (int oi = 0; oi < manifest.contests().get(ci).options().size(); oi++) {
                Ciphertext d = declared.totals().get(ci).get(oi);
                Optional<GroupElement> a = sums[2 * at].result();
                Optional<GroupElement> b = sums[2 * at + 1].result();
                check("V14", a.isPresent() && b.isPresent() && a.get().equals(d.alpha()) && b.get().equals(d.beta()),
                        "tally check: contest '" + manifest.contests().get(ci).id() + "' option " + oi
                                + ": the encrypted total is not the weighted sum of the counted ballots");
                at++;
            }
        }
        return true;
    }

    private static ElementSum[] newSums(int cells) {
        ElementSum[] s = new ElementSum[2 * cells];
        for (int i = 0; i < s.length; i++) {
            s[i] = new ElementSum();
        }
        return s;
    }

    // ---- decryption and result (V15, V16)

    private void checkDecryption(ElectionContext context, RecordCodec.Ceremony ceremony, EncryptedTally tally,
            Object decryptionJson, Object resultJson) {
        Manifest manifest = context.manifest();
        Map<Integer, List<PartialDecryption>> partials;
        try {
            partials = new TreeMap<>(RecordCodec.decryption(decryptionJson));
        } catch (InvalidInputException e) {
            fail("V15", e.getMessage());
            blockFrom("V16", "not checked: the partial decryptions (V15) could not be read");
            return;
        }
        facts.put("trusteesPresent", partials.keySet().toString());
        check("V15", partials.size() >= manifest.threshold(), "threshold check: " + partials.size()
                + " trustees decrypted, at least " + manifest.threshold() + " are needed");
        AtomicInteger bad = new AtomicInteger();
        partials.entrySet().parallelStream().forEach(e -> {
            int j = e.getKey();
            if (j < 1 || j > manifest.trustees()) {
                fail("V15", "partial decryption check: trustee " + j + " is not one of 1.." + manifest.trustees());
                bad.incrementAndGet();
                return;
            }
            GroupElement share = KeyCeremony.publicShare(ceremony.announcements(), j);
            Optional<String> p = Decryption.problem(context, j, share, tally, e.getValue());
            check("V15", p.isEmpty(), p.orElse(""));
            if (p.isPresent()) {
                bad.incrementAndGet();
            }
        });
        ElectionResult result;
        try {
            result = RecordCodec.result(resultJson, manifest);
        } catch (InvalidInputException e) {
            fail("V16", e.getMessage());
            return;
        }
        if (bad.get() > 0 || partials.size() < manifest.threshold()) {
            fail("V16", "not checked: the partial decryptions (V15) are not valid");
            return;
        }
        List<Optional<GroupElement>> combined = Decryption.combine(manifest.threshold(), tally, partials);
        int at = 0;
        for (int ci = 0; ci < manifest.contests().size(); ci++) {
            List<Long> counts = result.counts().get(ci);
            facts.put("result " + manifest.contests().get(ci).id(), describe(manifest.contests().get(ci).options(), counts));
            int options = manifest.contests().get(ci).options().size();
            if (counts.size() != options) {
                fail("V16", "result check: contest '" + manifest.contests().get(ci).id() + "' must have " + options + " counts");
                at += options;
                continue;
            }
            for (int oi = 0; oi < options; oi++) {
                long count = counts.get(oi);
                boolean ok = count >= 0 && count <= tally.totalWeight() * manifest.contests().get(ci).range()
                        && Decryption.matches(tally.totals().get(ci).get(oi), combined.get(at), count);
                check("V16", ok, "result check: contest '" + manifest.contests().get(ci).id() + "' option '"
                        + manifest.contests().get(ci).options().get(oi) + "': the count " + count
                        + " is not what the encrypted total decrypts to");
                at++;
            }
        }
    }

    /** Orders "board line 9" before "board line 10". */
    private static int naturalOrder(String a, String b) {
        java.util.regex.Matcher ma = NUMBER.matcher(a);
        java.util.regex.Matcher mb = NUMBER.matcher(b);
        if (ma.find() && mb.find() && a.substring(0, ma.start()).equals(b.substring(0, mb.start()))) {
            int c = Long.compare(Long.parseLong(ma.group()), Long.parseLong(mb.group()));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static String describe(List<String> options, List<Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < counts.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(i < options.size() ? options.get(i) : "?").append(' ').append(counts.get(i));
        }
        return sb.append(" (as published; see V16)").toString();
    }

    // ---- helpers

    private Object required(String name) {
        requireFile(name);
        return optional(name).orElseThrow();
    }

    private void requireFile(String name) {
        if (!Files.isRegularFile(dir.resolve(name))) {
            throw new RecordFormatException("the record has no " + name);
        }
    }

    private Optional<Object> optional(String name) {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(p, StandardCharsets.UTF_8), name));
        } catch (IOException e) {
            throw new RecordFormatException("cannot read " + name + ": " + e.getMessage());
        }
    }

    private static Object parse(String text, String where) {
        try {
            return Json.parse(text);
        } catch (RecordFormatException e) {
            throw new RecordFormatException(where + ": " + e.getMessage());
        }
    }

    private static String first(List<BallotProblem> problems, BallotProblem.Kind... kinds) {
        Set<BallotProblem.Kind> wanted = Set.of(kinds);
        return problems.stream().filter(p -> wanted.contains(p.kind())).map(BallotProblem::message).findFirst().orElse("");
    }

    private void define(String id, String section, String title, String meaning) {
        trackers.put(id, new Tracker(id, section, title, meaning));
    }

    private Tracker tracker(String id) {
        return trackers.get(id);
    }

    private void check(String id, boolean ok, String failure) {
        if (ok) {
            pass(id, 1);
        } else {
            fail(id, failure);
        }
    }

    private void count(String id, long checked, long failed, String failure) {
        Tracker t = tracker(id);
        t.performed = true;
        t.checked.addAndGet(checked);
        if (failed > 0) {
            t.failed.addAndGet(failed);
            t.note(failure);
        }
    }

    private void pass(String id, long n) {
        tracker(id).performed = true;
        tracker(id).checked.addAndGet(n);
    }

    private void fail(String id, String failure) {
        Tracker t = tracker(id);
        t.performed = true;
        t.checked.incrementAndGet();
        t.failed.incrementAndGet();
        t.note(failure);
    }

    private void blockFrom(String firstId, String reason) {
        boolean on = false;
        for (Tracker t : trackers.values()) {
            on |= t.id.equals(firstId);
            if (on && !t.performed) {
                fail(t.id, reason);
            }
        }
    }

    private void notYet(String... ids) {
        for (String id : ids) {
            tracker(id).notYet = true;
            tracker(id).performed = true;
        }
    }

    private static final class Tracker {
        final String id;
        final String section;
        final String title;
        final String meaning;
        final AtomicLong checked = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final java.util.TreeSet<String> failures = new java.util.TreeSet<>(Verifier::naturalOrder);
        volatile boolean notYet;
        /** Judged (passed, failed or not yet), so a later blocked phase does not overwrite it. */
        volatile boolean performed;

        Tracker(String id, String section, String title, String meaning) {
            this.id = id;
            this.section = section;
            this.title = title;
            this.meaning = meaning;
        }

        /** Keeps the first failures in board order, whatever order the threads report them in. */
        synchronized void note(String failure) {
            failures.add(failure);
            if (failures.size() > MAX_FAILURES) {
                failures.pollLast();
            }
        }

        CheckResult result() {
            CheckResult.Status status = failed.get() > 0 ? CheckResult.Status.FAILED
                    : notYet ? CheckResult.Status.NOT_YET : CheckResult.Status.PASSED;
            List<String> kept;
            synchronized (this) {
                kept = new ArrayList<>(failures);
            }
            return new CheckResult(id, section, title, meaning, status, checked.get(), failed.get(), kept);
        }
    }
}
