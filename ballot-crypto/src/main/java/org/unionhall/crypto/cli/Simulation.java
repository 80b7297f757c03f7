package org.unionhall.crypto.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.unionhall.crypto.ballot.BallotBox;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ContestMethod;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.ballot.VotingOpened;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.receipt.BoardKey;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordWriter;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.ElectionResult;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.KeyCeremony;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;

/**
 * A whole election run in one process, for tests, demos and benchmarks (protocol §12.2): key
 * ceremony between n trustees, a roll with some weighted delegates, voting with some challenged
 * ballots and some revotes, one trustee missing at decryption (when n &gt; t), tally, decryption,
 * and the record. Every role works only through the same messages a real deployment relays.
 */
public final class Simulation {

    /**
     * What to simulate: protocol version 1 or 2, and in version 2 optionally a folder to write
     * the signed receipt of every board entry to (one file per entry, {@code receipt-<seq>.json}).
     */
    public record Options(int voters, int trustees, int threshold, Path out, long seed, Optional<Path> reveal,
            String contest, int version, Optional<Path> receipts) {

        /** A version 2 election without receipts written out. */
        public Options(int voters, int trustees, int threshold, Path out, long seed, Optional<Path> reveal,
                String contest) {
            this(voters, trustees, threshold, out, seed, reveal, contest, 2, Optional.empty());
        }
    }

    /** When the simulated vote opened and closed (fixed, so that a seed reproduces the record). */
    static final String OPENED = "2026-12-06T23:05:00Z";
    static final String CLOSED = "2026-12-06T23:10:00Z";

    /** What was simulated, for the caller to report. */
    public record Outcome(Manifest manifest, ElectionResult result, int boardEntries, int counted, int challenged,
            int revotes, List<Integer> trusteesPresent) {
    }

    /** A per-phase observer, so a test can verify the record after each phase. */
    public interface PhaseListener {
        /** Called after each phase's files are written: "setup", "voting", "tally", "decryption". */
        void written(String phase);
    }

    private final Options options;

    /** @param options what to simulate */
    public Simulation(Options options) {
        if (options.voters() < 1 || options.trustees() < 1 || options.threshold() < 1
                || options.threshold() > options.trustees()) {
            throw new IllegalArgumentException("need voters ≥ 1 and 1 ≤ threshold ≤ trustees");
        }
        if (options.version() != 1 && options.version() != 2) {
            throw new IllegalArgumentException("the protocol version is 1 or 2");
        }
        if (options.version() == 1 && options.receipts().isPresent()) {
            throw new IllegalArgumentException("receipts exist from protocol version 2 on");
        }
        this.options = options;
    }

    /** The contest described by a --contest value: yes-no-abstain, one-of-n:K, approval:K or score:R. */
    public static Contest contest(String spec) {
        String[] parts = spec.split(":", 2);
        String kind = parts[0];
        int k = parts.length > 1 ? parseCount(parts[1], spec) : 0;
        return switch (kind) {
            case "yes-no-abstain" -> {
                if (parts.length > 1) {
                    throw new IllegalArgumentException("yes-no-abstain takes no count");
                }
                yield new Contest("motion-1", "Do you approve the motion?", ContestMethod.YES_NO_ABSTAIN,
                        List.of("yes", "no", "abstain"), 1, 1, 1);
            }
            case "one-of-n" -> new Contest("seat-1", "Who should hold the seat?", ContestMethod.ONE_OF_N, labels("candidate", k),
                    1, 1, 1);
            case "approval" -> new Contest("budget-1", "Which projects should be funded?", ContestMethod.APPROVAL,
                    labels("project", k), 1, (k + 1) / 2, 1);
            case "score" -> new Contest("rate-1", "Rate each proposal", ContestMethod.SCORE, labels("proposal", 3), 0, 3 * k, k);
            default -> throw new IllegalArgumentException("unknown contest '" + spec
                    + "' (use yes-no-abstain, one-of-n:K, approval:K or score:R)");
        };
    }

    private static int parseCount(String s, String spec) {
        try {
            int k = Integer.parseInt(s);
            if (k < 1 || k > 50) {
                throw new NumberFormatException();
            }
            return k;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the count in '" + spec + "' must be a number from 1 to 50");
        }
    }

    private static List<String> labels(String word, int k) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            out.add(word + " " + i);
        }
        return out;
    }

    /** Runs the election and writes the record. */
    public Outcome run(PhaseListener listener) {
        long seed = options.seed();
        Contest contest = contest(options.contest());
        Manifest manifest = new Manifest("simulated-" + Long.toUnsignedString(seed), "Simulated election (seed "
                + Long.toUnsignedString(seed) + ")", List.of(contest), options.trustees(), options.threshold(),
                options.version());
        byte[] baseHash = manifest.baseHash();

        // Key ceremony: every message goes through lists, as a relaying server would hold them.
        List<Trustee> trustees = new ArrayList<>();
        for (int i = 1; i <= options.trustees(); i++) {
            trustees.add(new Trustee(i, options.trustees(), options.threshold(), baseHash,
                    new SeededRandom(seed, "trustee/" + i)));
        }
        List<TrusteeAnnouncement> announcements = trustees.parallelStream().map(Trustee::announce).toList();
        List<EncryptedShare> shares = sharesOf(trustees, announcements);
        Optional<String> bad = KeyCeremony.problem(baseHash, options.trustees(), options.threshold(), announcements,
                shares);
        bad.ifPresent(p -> {
            throw new IllegalStateException("simulated ceremony is invalid: " + p);
        });
        for (Trustee t : trustees) {
            List<ShareComplaint> complaints = t.receive(announcements, shares);
            if (!complaints.isEmpty()) {
                throw new IllegalStateException("a simulated trustee complained about a share");
            }
        }
        GroupElement jointKey = KeyCeremony.jointKey(announcements);
        byte[] ceremonyDigest = KeyCeremony.digest(baseHash, announcements, shares);

        // Roll: most members weigh 1, every 25th credential is a delegate carrying a chapter's count.
        List<Credential> credentials = IntStream.range(0, options.voters()).parallel()
                .mapToObj(i -> Credential.generate(new SeededRandom(seed, "credential/" + i))).toList();
        List<RollEntry> entries = new ArrayList<>();
        for (int i = 0; i < credentials.size(); i++) {
            long weight = i % 25 == 7 ? 2 + (i * 7919L) % 39 : 1;
            entries.add(new RollEntry(credentials.get(i).publicKey(), weight));
        }
        Roll roll = new Roll(entries);
        byte[] rollDigest = roll.digest(baseHash);
        ElectionContext context = ElectionContext.create(manifest, jointKey, ceremonyDigest, rollDigest);
        // Version 2: the server's board key and what voting opened with; a fifth of the members
        // registered no credential, so the eligible count exceeds the roll.
        Optional<BoardKey> boardKey = options.version() == 2
                ? Optional.of(BoardKey.generate(new SeededRandom(seed, "board-key")))
                : Optional.empty();
        Optional<VotingOpened> opened = boardKey.map(k -> new VotingOpened(k.publicKey(), OPENED,
                options.voters() + options.voters() / 5L, "members of the simulated union when voting opened"));
        RecordWriter writer = new RecordWriter(options.out());
        writer.writeSetup(manifest, new RecordCodec.DeclaredContext(baseHash, jointKey, ceremonyDigest, rollDigest,
                context.extendedHash(), opened), announcements, shares, roll);
        listener.written("setup");

        // Voting: each voter's device encrypts on its own; the board admits ballots in a fixed order.
        List<VoterActions> actions = IntStream.range(0, options.voters()).parallel()
                .mapToObj(i -> vote(context, credentials.get(i), i, seed, contest)).toList();
        BallotBox box = opened.map(o -> new BallotBox(context, roll, o)).orElseGet(() -> new BallotBox(context, roll));
        List<BallotBox.CheckedBallot> firstCasts = actions.parallelStream()
                .map(a -> a.first.map(p -> box.check(p.ballot())).orElse(null)).toList();
        int challenged = 0;
        for (int i = 0; i < actions.size(); i++) {
            VoterActions a = actions.get(i);
            if (a.challenge.isPresent()) {
                box.challenge(a.challenge.get().ballot(), a.challenge.get().opening());
                challenged++;
            }
            if (firstCasts.get(i) != null) {
                box.cast(firstCasts.get(i));
            }
        }
        List<BallotBox.CheckedBallot> revoteCasts = actions.parallelStream()
                .map(a -> a.revote.map(p -> box.check(p.ballot())).orElse(null)).toList();
        int revotes = 0;
        for (BallotBox.CheckedBallot revote : revoteCasts) {
            if (revote != null) {
                box.cast(revote);
                revotes++;
            }
        }
        List<BoardEntry> board = box.entries();
        writer.writeBoard(board);
        if (options.version() == 2) {
            writer.writeClosing(CLOSED);
        }
        if (options.receipts().isPresent()) {
            writeReceipts(options.receipts().get(), context.extendedHash(), boardKey.orElseThrow(), board, seed);
        }
        listener.written("voting");

        // Tally and decryption with one trustee missing.
        EncryptedTally tally = EncryptedTally.compute(manifest, roll, board);
        writer.writeTally(tally);
        listener.written("tally");
        int missing = options.trustees() > options.threshold()
                ? 1 + (int) Long.remainderUnsigned(seed, options.trustees()) : 0;
        Map<Integer, List<PartialDecryption>> partials = new TreeMap<>();
        List<Integer> present = new ArrayList<>();
        for (Trustee t : trustees) {
            if (t.index() != missing) {
                partials.put(t.index(), t.decrypt(context.extendedHash(), Decryption.flatten(tally),
                        Decryption.contexts(t.index(), tally)));
                present.add(t.index());
            }
        }
        ElectionResult result = Decryption.result(context, tally, Decryption.combine(options.threshold(), tally, partials));
        writer.writeDecryption(manifest, partials, result);
        listener.written("decryption");

        if (options.reveal().isPresent()) {
            writeReveal(options.reveal().get(), board, actions, credentials, roll);
        }
        return new Outcome(manifest, result, board.size(), (int) tally.ballotsCounted(), challenged, revotes, present);
    }

    private static List<EncryptedShare> sharesOf(List<Trustee> trustees, List<TrusteeAnnouncement> announcements) {
        List<EncryptedShare> shares = new ArrayList<>();
        for (Trustee t : trustees) {
            shares.addAll(t.sharesFor(announcements));
        }
        return shares;
    }

    private record VoterActions(Optional<Booth.PreparedBallot> challenge, Optional<Booth.PreparedBallot> first,
            Optional<Booth.PreparedBallot> revote) {
    }

    private static VoterActions vote(ElectionContext context, Credential credential, int i, long seed, Contest contest) {
        SecureRandom random = new SeededRandom(seed, "voter/" + i);
        int plan = random.nextInt(100);
        if (plan < 3) {
            return new VoterActions(Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<Booth.PreparedBallot> challenge = plan < 8
                ? Optional.of(Booth.encrypt(context, credential, List.of(choice(contest, random)), random))
                : Optional.empty();
        Booth.PreparedBallot first = Booth.encrypt(context, credential, List.of(choice(contest, random)), random);
        Optional<Booth.PreparedBallot> revote = plan >= 8 && plan < 13
                ? Optional.of(Booth.encrypt(context, credential, List.of(choice(contest, random)), random))
                : Optional.empty();
        return new VoterActions(challenge, Optional.of(first), revote);
    }

    private static List<Integer> choice(Contest contest, SecureRandom random) {
        int n = contest.options().size();
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(0);
        }
        switch (contest.method()) {
            case YES_NO_ABSTAIN -> {
                int r = random.nextInt(100);
                out.set(r < 50 ? 0 : r < 85 ? 1 : 2, 1);
            }
            case ONE_OF_N -> out.set(random.nextInt(n), 1);
            case APPROVAL -> {
                int count = contest.min() + random.nextInt(contest.max() - contest.min() + 1);
                List<Integer> order = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    order.add(k);
                }
                java.util.Collections.shuffle(order, random);
                for (int k = 0; k < count; k++) {
                    out.set(order.get(k), 1);
                }
            }
            case SCORE -> {
                for (int k = 0; k < n; k++) {
                    out.set(k, random.nextInt(contest.range() + 1));
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    /** The receipt the server answered each ballot with (§8.8), one file per board entry. */
    private static void writeReceipts(Path folder, byte[] extendedHash, BoardKey key, List<BoardEntry> board,
            long seed) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        board.parallelStream().forEach(e -> {
            Receipt r = Receipt.sign(extendedHash, key, e.sequence(), e.state(), e.previous(), e.code(),
                    new SeededRandom(seed, "receipt/" + e.sequence()));
            Path file = folder.resolve(String.format("receipt-%06d.json", e.sequence()));
            try {
                Files.writeString(file, r.toJson() + "\n");
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + file, ex);
            }
        });
    }

    private static void writeReveal(Path file, List<BoardEntry> board, List<VoterActions> actions,
            List<Credential> credentials, Roll roll) {
        Map<String, Integer> voterByCredential = new java.util.HashMap<>();
        for (int i = 0; i < credentials.size(); i++) {
            voterByCredential.put(credentials.get(i).publicKey().toString(), i);
        }
        Map<String, Object> out = new TreeMap<>();
        for (BoardEntry e : EncryptedTally.counted(board)) {
            int voter = voterByCredential.get(e.ballot().credential().toString());
            VoterActions a = actions.get(voter);
            Booth.PreparedBallot cast = a.revote.orElse(a.first.orElseThrow());
            List<Object> choices = new ArrayList<>();
            for (List<Integer> c : cast.opening().values()) {
                choices.add(new ArrayList<Object>(c.stream().map(Integer::longValue).toList()));
            }
            Map<String, Object> item = new TreeMap<>();
            item.put("weight", roll.find(e.ballot().credential().encode()).orElseThrow().weight());
            item.put("choices", choices);
            out.put(Bytes.encode(e.code()), item);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, Json.bytes(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
