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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * V1–V16. Ballots are read from the board in batches and checked on all cores. A record that
 * cannot be read at all (missing file, malformed JSON) raises {@link RecordFormatException};
 * everything else becomes a failed check that names what is wrong.
 */
public final class Verifier {

    private static final int BATCH = 4096;
    private static final int MAX_FAILURES = 20;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,18}");

    private final Path dir;
    private final Map<String, Tracker> trackers = new LinkedHashMap<>();
    private final Map<String, String> facts = new LinkedHashMap<>();

    private Verifier(Path dir) {
        this.dir = dir;
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
    }

    /** Verifies the record in dir. */
    public static VerificationReport verify(Path dir) {
        Verifier v = new Verifier(dir);
        v.run();
        List<CheckResult> checks = new ArrayList<>();
        v.trackers.values().forEach(t -> checks.add(t.result()));
        return new VerificationReport(checks, v.facts);
    }

    private void run() {
        if (!Files.isDirectory(dir)) {
            throw new RecordFormatException("the record folder " + dir + " does not exist");
        }
        Object electionJson = required(RecordLayout.ELECTION);
        Object contextJson = required(RecordLayout.CONTEXT);
        Object ceremonyJson = required(RecordLayout.CEREMONY);
        requireFile(RecordLayout.ROLL);
        Optional<Object> tallyJson = optional(RecordLayout.TALLY);
        Optional<Object> decryptionJson = optional(RecordLayout.DECRYPTION);
        Optional<Object> resultJson = optional(RecordLayout.RESULT);
        boolean boardPresent = Files.isRegularFile(dir.resolve(RecordLayout.BOARD));
        pass("V1", 1);
        if (!boardPresent || tallyJson.isEmpty() || decryptionJson.isEmpty() || resultJson.isEmpty()) {
            facts.put("phase", !boardPresent ? "key ceremony done, voting not started"
                    : tallyJson.isEmpty() ? "voting" : "tallied, not yet decrypted");
        } else {
            facts.put("phase", "complete");
        }

        Manifest manifest;
        RecordCodec.DeclaredContext declared;
        try {
            manifest = RecordCodec.manifest(electionJson);
            declared = RecordCodec.context(contextJson);
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
            blockFrom("V5", "not checked: the key ceremony (V3, V4) is not valid");
            return;
        }

        Roll roll = readRoll();
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

        if (!boardPresent) {
            notYet("V7", "V8", "V9", "V10", "V11", "V12", "V13", "V14", "V15", "V16");
            return;
        }
        BoardSummary board = readBoard(context, roll);
        facts.put("board", board.entries + " entries: " + board.cast + " cast, " + board.challenged + " challenged");
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
        checkTally(manifest, board, declaredTally);
        facts.put("counted", declaredTally.ballotsCounted() + " ballots, total weight " + declaredTally.totalWeight());
        if (decryptionJson.isEmpty() || resultJson.isEmpty()) {
            notYet("V15", "V16");
            return;
        }
        checkDecryption(context, ceremony, declaredTally, decryptionJson.get(), resultJson.get());
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

    private record LineResult(RecordCodec.ChainFields chain, RecordCodec.BoardLine entry, byte[] digest, long weight) {
    }

    private BoardSummary readBoard(ElectionContext context, Roll roll) {
        BoardSummary summary = new BoardSummary();
        byte[] he = context.extendedHash();
        byte[] head = TrackingCodes.genesis(he);
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
        try {
            chain = RecordCodec.chainFields(json, where);
        } catch (InvalidInputException e) {
            fail("V7", where + ": " + e.getMessage());
        }
        RecordCodec.BoardLine entry;
        try {
            entry = RecordCodec.boardLine(json, where, context.manifest(), context.extendedHash());
        } catch (InvalidInputException e) {
            fail("V8", where + ": " + e.getMessage());
            return new LineResult(chain, null, null, 0);
        }
        List<BallotProblem> problems = BallotChecker.problems(context, entry.ballot());
        boolean formOk = problems.stream().noneMatch(p -> p.kind() == BallotProblem.Kind.ELECTION
                || p.kind() == BallotProblem.Kind.STRUCTURE);
        check("V8", formOk, where + ": " + first(problems, BallotProblem.Kind.ELECTION, BallotProblem.Kind.STRUCTURE));
        if (!formOk) {
            return new LineResult(chain, entry, entry.ballot().digest(context.extendedHash()), 0);
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
        return new LineResult(chain, entry, entry.ballot().digest(context.extendedHash()),
                voter.map(RollEntry::weight).orElse(0L));
    }

    private byte[] chain(byte[] he, byte[] head, long lineNo, LineResult lr, Set<ByteBuffer> digests,
            BoardSummary summary) {
        summary.entries++;
        String where = "board line " + lineNo;
        if (lr.chain() == null || lr.digest() == null) {
            fail("V7", where + ": the tracking code cannot be recomputed because the entry cannot be read");
            return lr.chain() == null ? head : lr.chain().code();
        }
        RecordCodec.ChainFields c = lr.chain();
        byte[] expected = TrackingCodes.next(he, head, lineNo, c.state(), lr.digest());
        if (c.sequence() != lineNo) {
            fail("V7", where + ": sequence number " + c.sequence() + " should be " + lineNo);
        } else if (!MessageDigest.isEqual(c.code(), expected)) {
            fail("V7", where + ": the tracking code does not follow from the code before and this entry "
                    + "(the entry was changed, or an entry before it was removed, inserted or reordered)");
        } else {
            pass("V7", 1);
        }
        if (!digests.add(ByteBuffer.wrap(lr.digest()))) {
            fail("V12", where + ": this ballot is already on the board (replay)");
        } else {
            pass("V12", 1);
        }
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
        return c.code();
    }

    // ---- tally (V14)

    private void checkTally(Manifest manifest, BoardSummary board, EncryptedTally declared) {
        int cells = manifest.contests().stream().mapToInt(c -> c.options().size()).sum();
        List<Counted> counted = new ArrayList<>(board.last.values());
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
            return;
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
        t.checked.addAndGet(checked);
        if (failed > 0) {
            t.failed.addAndGet(failed);
            t.note(failure);
        }
    }

    private void pass(String id, long n) {
        tracker(id).checked.addAndGet(n);
    }

    private void fail(String id, String failure) {
        Tracker t = tracker(id);
        t.checked.incrementAndGet();
        t.failed.incrementAndGet();
        t.note(failure);
    }

    private void blockFrom(String firstId, String reason) {
        boolean on = false;
        for (Tracker t : trackers.values()) {
            on |= t.id.equals(firstId);
            if (on && t.checked.get() == 0) {
                fail(t.id, reason);
            }
        }
    }

    private void notYet(String... ids) {
        for (String id : ids) {
            tracker(id).notYet = true;
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
