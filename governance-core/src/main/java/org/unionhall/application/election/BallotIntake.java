package org.unionhall.application.election;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.crypto.ballot.BallotBox;
import org.unionhall.crypto.ballot.BallotOpening;
import org.unionhall.crypto.ballot.BallotProblem;
import org.unionhall.crypto.ballot.BallotRefused;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.receipt.BoardKey;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.domain.election.BoardLine;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.Voter;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Ballot intake (protocol §8). The board rules are ballot-crypto's {@link BallotBox}; this class
 * runs them against the database and words their refusals for the voter. A ballot is checked
 * (roll, binding, shape, signature, proofs, opening) outside any transaction and lock, against the
 * public part of the open election kept in memory (its context and roll cannot change once voting
 * opened), so checks run in parallel and hold no database connection. Only the append (replay
 * check, next tracking code, signed receipt, board row, board head, "has voted") runs under the
 * election's row lock, through a {@link LockedBoard}, so concurrent ballots serialise on every
 * node of a cluster. Ballots checked at the same time are appended as a group under one lock and
 * one commit ({@link BallotQueue}); each is answered only after the commit that made it durable.
 * Nothing here logs a ballot or an opening.
 */
final class BallotIntake {
    private static final Pattern OPTION = Pattern.compile("contest '([^']*)' option (\\d+)");
    private static final int MAX_OPEN_BOXES = 32;

    private final ElectionLookup lookup;
    private final Stores stores;
    private final Elections elections;
    private final OwnTransaction transactions;
    private final Map<String, OpenBox> openBoxes = new ConcurrentHashMap<>();
    private final Map<String, Object> readers = new ConcurrentHashMap<>();
    private final Map<String, BallotQueue<Checked>> queues = new ConcurrentHashMap<>();
    private final AtomicLong appendTransactions = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    /**
     * The public part of an election that was seen taking ballots. Once voting opened its context
     * is final and its roll frozen (registration needs phase REGISTRATION under the election's
     * lock), so this never goes stale; whether a ballot is still taken is decided under the lock.
     */
    private record OpenBox(String title, Instant closesAt, ElectionContext context, Roll roll,
                           Set<MemberId> voters, Optional<BoardKey> boardKey) {
    }

    /** A ballot that passed every check, waiting to be appended. */
    private static final class Checked extends BallotQueue.Waiting {
        final Actor actor;
        final OpenBox box;
        final BallotBox.CheckedBallot ballot;
        final String digestText;
        final Instant arrived;

        Checked(Actor actor, OpenBox box, BallotBox.CheckedBallot ballot, Instant arrived) {
            this.actor = actor;
            this.box = box;
            this.ballot = ballot;
            this.digestText = Bytes.encode(ballot.digest());
            this.arrived = arrived;
        }
    }

    BallotIntake(ElectionLookup lookup, OwnTransaction transactions) {
        this.lookup = lookup;
        this.stores = lookup.stores;
        this.elections = lookup.elections;
        this.transactions = transactions;
    }

    /**
     * Takes a ballot: cast, or challenged when it comes with its opening (never counted). The
     * same ballot posted again answers the same entry; the last cast ballot of a credential counts.
     */
    BallotReceipt submit(Actor actor, ElectionId id, SubmittedBallot submitted) {
        Instant now = stores.time().now();
        OpenBox box = openBox(id, now);
        requireVoter(actor, id, box);
        ElectionContext context = box.context();
        EncryptedBallot b = ElectionLookup.read("This ballot",
                () -> RecordCodec.submittedBallot(submitted.ballot(), context.manifest()));
        BallotBox.CheckedBallot checked;
        if (submitted.opening().isEmpty()) {
            checked = checked(box, () -> BallotBox.check(context, box.roll(), b));
        } else {
            BallotOpening open = readOpening(submitted.ballot(), submitted.opening().get(), context);
            checked = checked(box, () -> BallotBox.check(context, box.roll(), b, open));
        }
        return append(id, new Checked(actor, box, checked, now));
    }

    /**
     * The open election's public part, from memory when this node has seen it taking ballots;
     * otherwise read (and kept) in a short transaction, or the refusal saying why no ballot is
     * taken now. One request at a time reads an election (decoding its roll takes a while on a
     * large roll); the others arriving meanwhile wait for it, holding no database connection.
     */
    private OpenBox openBox(ElectionId id, Instant now) {
        String key = id.toString();
        OpenBox box = openBoxes.get(key);
        if (box != null && now.isBefore(box.closesAt())) {
            return box;
        }
        if (readers.size() >= 4 * MAX_OPEN_BOXES) {
            readers.clear();
        }
        synchronized (readers.computeIfAbsent(key, k -> new Object())) {
            OpenBox read = openBoxes.get(key);
            if (read != null && now.isBefore(read.closesAt())) {
                return read;
            }
            return transactions.run(() -> {
                Election e = lookup.election(id);
                e.requireBallotsTakenAt(now);
                OpenBox fresh = new OpenBox(e.title(), e.closesAt(), lookup.context(e), lookup.roll(id),
                        elections.voters(id).stream().map(Voter::member).collect(Collectors.toUnmodifiableSet()),
                        e.boardSecret().map(b -> BoardKey.fromSecret(Bytes.decode(b))));
                if (openBoxes.size() >= MAX_OPEN_BOXES) {
                    openBoxes.clear();
                }
                openBoxes.put(key, fresh);
                return fresh;
            });
        }
    }

    /**
     * Only a member who registered a voting key before voting opened may post ballots: the
     * registered members are fixed with the roll when voting opens, so this needs no database.
     * Someone else is told why, which takes a look at their powers.
     */
    private void requireVoter(Actor actor, ElectionId id, OpenBox box) {
        if (box.voters().contains(actor.memberId())) {
            return;
        }
        boolean eligible = transactions.run(() -> lookup.eligible(actor, lookup.scopeOf(lookup.election(id))));
        if (eligible) {
            throw new RuleViolation("You did not register a voting key for \"" + box.title() + "\" before voting "
                    + "opened, so you cannot vote in it.");
        }
        throw new AccessDenied("Only members who registered a voting key for \"" + box.title() + "\" may post "
                + "ballots in it.");
    }

    /** Runs the box's checks, telling the voter in the service's words which one refused the ballot. */
    private static BallotBox.CheckedBallot checked(OpenBox box, Supplier<BallotBox.CheckedBallot> check) {
        try {
            return check.get();
        } catch (BallotRefused refused) {
            throw refusal(refused.problem(), box);
        }
    }

    private BallotReceipt append(ElectionId id, Checked ballot) {
        if (!transactions.commitsOnItsOwn()) {
            answerAll(transactions.run(() -> appendLocked(id, List.of(ballot))));
            return ballot.receipt();
        }
        return queues.computeIfAbsent(id.toString(), k -> new BallotQueue<>())
                .submit(ballot, group -> appendGroup(id, group));
    }

    /**
     * Appends a group in one transaction and answers each ballot after the commit. If the
     * transaction fails, each ballot is tried alone, so a failure is only its own ballot's.
     */
    private void appendGroup(ElectionId id, List<Checked> group) {
        List<Runnable> answers;
        try {
            answers = transactions.run(() -> appendLocked(id, group));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                throw e;
            }
            for (Checked b : group) {
                try {
                    answerAll(transactions.run(() -> appendLocked(id, List.of(b))));
                } catch (RuntimeException alone) {
                    b.refuse(alone);
                }
            }
            return;
        }
        answerAll(answers);
    }

    private static void answerAll(List<Runnable> answers) {
        answers.forEach(Runnable::run);
    }

    /** Number of transactions that appended ballots on this node (a group is one). */
    long appendTransactions() {
        return appendTransactions.get();
    }

    /**
     * Under the election's lock: refuses late ballots, answers a ballot already on the board with
     * its entry (idempotent retry, or the same ballot from two tabs), and appends the others in
     * order. Returns the answers, to be given once the transaction committed.
     */
    private List<Runnable> appendLocked(ElectionId id, List<Checked> group) {
        appendTransactions.incrementAndGet();
        Election e = lookup.locked(id);
        OpenBox open = group.get(0).box;
        LockedBoard board = new LockedBoard(elections, e, group.stream().map(b -> b.digestText).distinct().toList(),
                open.context().extendedHash(), open.boardKey(), random);
        BallotBox box = new BallotBox(open.context(), open.roll(), board);
        List<Runnable> answers = new ArrayList<>(group.size());
        Set<MemberId> voted = new LinkedHashSet<>();
        for (Checked b : group) {
            try {
                e.requireBallotsTakenAt(b.arrived);
            } catch (RuleViolation late) {
                answers.add(() -> b.refuse(late));
                continue;
            }
            BoardEntry entry;
            try {
                entry = box.append(b.ballot);
            } catch (BallotRefused replay) {
                answers.add(answerToReplay(b, board.line(b.ballot.digest()).orElseThrow(() -> replay)));
                continue;
            }
            BoardLine line = board.line(b.ballot.digest()).orElseThrow();
            if (entry.state() == BoardEntry.State.CAST) {
                voted.add(b.actor.memberId());
            }
            BallotReceipt receipt = new BallotReceipt(entry.sequence(), line.code(), line.receipt(), true);
            answers.add(() -> b.answer(receipt));
        }
        board.write();
        elections.markVoted(id, voted);
        return answers;
    }

    /**
     * A ballot already on the board (replay check) answers its entry again when posted the same way
     * (a retried request, or the same ballot from two tabs); otherwise it is refused.
     */
    private static Runnable answerToReplay(Checked b, BoardLine existing) {
        if (existing.state().equals(b.ballot.state().label())) {
            BallotReceipt again = new BallotReceipt(existing.seq(), existing.code(), existing.receipt(), false);
            return () -> b.answer(again);
        }
        RuleViolation refusal = new RuleViolation(existing.state().equals(BoardEntry.State.CHALLENGED.label())
                ? "This ballot was challenged and opened, so it can never be cast: encrypt your choice again "
                + "(protocol §8.4)."
                : "This ballot is already cast (entry " + existing.seq() + "); a cast ballot cannot be challenged.");
        return () -> b.refuse(refusal);
    }

    /** Reads an opening with the record codec, as the board line it becomes (§10.6). */
    private static BallotOpening readOpening(Map<String, Object> ballot, List<Object> opening,
                                             ElectionContext context) {
        return ElectionLookup.read("This ballot's opening", () -> {
            Map<String, Object> body = new TreeMap<>(ballot);
            body.remove("election");
            Map<String, Object> line = new TreeMap<>();
            line.put("seq", 1L);
            line.put("code", Bytes.encode(new byte[32]));
            line.put("state", "challenged");
            line.put("ballot", body);
            line.put("opening", opening);
            return RecordCodec.boardLine(line, "challenge", context.manifest(), context.extendedHash()).opening()
                    .orElseThrow();
        });
    }

    /** The refusal a voter reads for the check of the box that failed. */
    private static RuntimeException refusal(BallotProblem p, OpenBox box) {
        return switch (p.kind()) {
            case ROLL -> new RuleViolation("This ballot's voting key is not on the roll of \"" + box.title()
                    + "\", so it cannot be taken (protocol §8.5, roll check).");
            case ELECTION -> new InvalidInput("This ballot was made for another election: its election hash is not "
                    + "this election's (protocol §8.3, ballot binding check).");
            case STRUCTURE -> new InvalidInput("This ballot does not have this election's questions and options "
                    + "(protocol §8.3, ballot shape check).");
            case SIGNATURE -> new InvalidInput("This ballot's signature does not match its voting key (protocol §7.3, "
                    + "ballot signature check).");
            case SELECTION_PROOF -> new InvalidInput("This ballot's proof for option '"
                    + option(p, box.context().manifest()) + "' does not check (protocol §8.3, selection proof check).");
            case CONTEST_PROOF -> new InvalidInput("This ballot's proof that each question has an allowed number of "
                    + "selections does not check (protocol §8.3, contest limit check).");
            case OPENING -> new InvalidInput("This challenged ballot's opening does not match it: " + p.message()
                    + " (protocol §8.4).");
            case REPLAY -> new IllegalStateException("a check before the board refused a ballot as a replay");
        };
    }

    /** The option a selection proof check names, as the manifest calls it. */
    private static String option(BallotProblem p, Manifest manifest) {
        Matcher m = OPTION.matcher(p.message());
        if (!m.find()) {
            return "?";
        }
        int oi = Integer.parseInt(m.group(2));
        return manifest.contests().stream().filter(c -> c.id().equals(m.group(1))).findFirst()
                .filter(c -> oi < c.options().size()).map(c -> c.options().get(oi)).orElse(m.group(2));
    }
}
