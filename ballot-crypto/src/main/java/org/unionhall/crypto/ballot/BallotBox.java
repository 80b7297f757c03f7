package org.unionhall.crypto.ballot;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The bulletin board's rules (protocol §8.5): a ballot is admitted only if it is for this
 * election, signed by a credential on the roll, fully proven (§8.3; a challenged ballot also
 * opened correctly, §8.4) and its digest is not already on the board; it is then appended with
 * the next tracking code. A refused ballot changes nothing. Checking is pure and may run on many
 * threads before any store is touched; appending is serialised and goes through a
 * {@link BoardStore}: a {@link MemoryBoard} here, a database on a server.
 */
public final class BallotBox {

    private final ElectionContext context;
    private final Roll roll;
    private final byte[] extendedHash;
    private final BoardStore store;

    /** An empty version 1 board for an election and its roll, kept in memory. */
    public BallotBox(ElectionContext context, Roll roll) {
        this(context, roll, new MemoryBoard(TrackingCodes.genesis(context.extendedHashView())));
    }

    /** An empty version 2 board kept in memory, whose first code binds what voting opened with (§8.5). */
    public BallotBox(ElectionContext context, Roll roll, VotingOpened opened) {
        this(context, roll, new MemoryBoard(TrackingCodes.genesis(context.extendedHashView(), opened)));
    }

    /** The board of an election and its roll, kept by {@code store}. */
    public BallotBox(ElectionContext context, Roll roll, BoardStore store) {
        this.context = context;
        this.roll = roll;
        this.extendedHash = context.extendedHash();
        this.store = store;
    }

    /** A ballot that passed every check that does not depend on the board's state. */
    public static final class CheckedBallot {
        private final EncryptedBallot ballot;
        private final byte[] digest;
        private final BoardEntry.State state;
        private final Optional<BallotOpening> opening;

        private CheckedBallot(EncryptedBallot ballot, byte[] digest, BoardEntry.State state,
                Optional<BallotOpening> opening) {
            this.ballot = ballot;
            this.digest = digest;
            this.state = state;
            this.opening = opening;
        }

        /** The checked ballot. */
        public EncryptedBallot ballot() {
            return ballot;
        }

        /** The ballot's digest (§8.3), which the replay check looks for on the board. */
        public byte[] digest() {
            return digest.clone();
        }

        /** Cast, or challenged with its opening. */
        public BoardEntry.State state() {
            return state;
        }

        /** The opening of a challenged ballot. */
        public Optional<BallotOpening> opening() {
            return opening;
        }
    }

    /**
     * Checks a ballot to be cast (thread-safe, touches no store): roll check, then the checks of
     * §8.3 in their order; throws {@link BallotRefused} naming the first that failed.
     */
    public static CheckedBallot check(ElectionContext context, Roll roll, EncryptedBallot ballot) {
        if (roll.find(ballot.credential().encodedView()).isEmpty()) {
            throw new BallotRefused(new BallotProblem(BallotProblem.Kind.ROLL,
                    "roll check: the ballot's credential is not on the roll"));
        }
        List<BallotProblem> problems = BallotChecker.problems(context, ballot);
        if (!problems.isEmpty()) {
            throw new BallotRefused(problems.get(0));
        }
        return new CheckedBallot(ballot, ballot.digest(context.extendedHashView()), BoardEntry.State.CAST,
                Optional.empty());
    }

    /**
     * Checks a ballot to be challenged with its opening (Benaloh, §8.4; thread-safe, touches no
     * store): the checks of a cast ballot, then the challenged ballot check.
     */
    public static CheckedBallot check(ElectionContext context, Roll roll, EncryptedBallot ballot,
            BallotOpening opening) {
        CheckedBallot checked = check(context, roll, ballot);
        Optional<String> problem = BallotChecker.openingProblem(context, ballot, opening);
        if (problem.isPresent()) {
            throw new BallotRefused(new BallotProblem(BallotProblem.Kind.OPENING, problem.get()));
        }
        return new CheckedBallot(ballot, checked.digest, BoardEntry.State.CHALLENGED, Optional.of(opening));
    }

    /** Checks a ballot to be cast against this board's election and roll. */
    public CheckedBallot check(EncryptedBallot ballot) {
        return check(context, roll, ballot);
    }

    /** Checks and casts a ballot. */
    public BoardEntry cast(EncryptedBallot ballot) {
        return append(check(ballot));
    }

    /** Casts a checked ballot; a later ballot with the same credential replaces it at tally time (§8.6). */
    public BoardEntry cast(CheckedBallot checked) {
        if (checked.state != BoardEntry.State.CAST) {
            throw new IllegalArgumentException("a ballot checked for a challenge cannot be cast");
        }
        return append(checked);
    }

    /**
     * Posts a challenged ballot with its opening (Benaloh): it is checked, opened, published and
     * never counted. Its digest is then spent, so the same ballot can never be cast.
     */
    public BoardEntry challenge(EncryptedBallot ballot, BallotOpening opening) {
        return append(check(context, roll, ballot, opening));
    }

    /**
     * Appends a checked ballot, cast or challenged as it was checked, unless its digest is already
     * on the board (replay check: {@link BallotRefused} of kind {@link BallotProblem.Kind#REPLAY},
     * and the store is not written).
     *
     * @throws IllegalArgumentException if the ballot was checked for another election
     */
    public synchronized BoardEntry append(CheckedBallot checked) {
        if (!MessageDigest.isEqual(checked.ballot.election(), extendedHash)) {
            throw new IllegalArgumentException("the ballot was checked for another election");
        }
        Optional<BoardStore.Spent> spent = store.find(checked.digest);
        if (spent.isPresent()) {
            throw new BallotRefused(new BallotProblem(BallotProblem.Kind.REPLAY, "replay check: this ballot is "
                    + "already on the board (entry " + spent.get().sequence() + ", " + spent.get().state().label()
                    + ")"));
        }
        long sequence = store.size() + 1;
        byte[] previous = store.head();
        byte[] code = TrackingCodes.next(extendedHash, previous, sequence, checked.state, checked.digest);
        BoardEntry entry = new BoardEntry(sequence, previous, code, checked.state, checked.ballot, checked.opening);
        store.append(entry, checked.digest);
        return entry;
    }

    /** The board so far, in order, when this box keeps it in memory. */
    public synchronized List<BoardEntry> entries() {
        if (store instanceof MemoryBoard memory) {
            return memory.entries();
        }
        throw new IllegalStateException("this board is kept by its store; read it there");
    }

    /** The tracking code of the last entry (the genesis code when empty). */
    public synchronized byte[] head() {
        return store.head();
    }
}
