package org.unionhall.crypto.ballot;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.unionhall.crypto.group.InvalidInputException;

/**
 * The bulletin board as the server keeps it (protocol §8.5): it admits a ballot only if it is
 * for this election, signed by a credential on the roll, fully proven and not already on the
 * board, and appends it with the next tracking code. A refused ballot changes nothing.
 * Checking is pure and may run on many threads; appending is serialised.
 */
public final class BallotBox {

    private final ElectionContext context;
    private final Roll roll;
    private final byte[] extendedHash;
    private final List<BoardEntry> entries = new ArrayList<>();
    private final Set<ByteBuffer> digests = new HashSet<>();
    private byte[] head;

    /** An empty version 1 board for an election and its roll. */
    public BallotBox(ElectionContext context, Roll roll) {
        this.context = context;
        this.roll = roll;
        this.extendedHash = context.extendedHash();
        this.head = TrackingCodes.genesis(extendedHash);
    }

    /** An empty version 2 board, whose first code binds what voting opened with (§8.5). */
    public BallotBox(ElectionContext context, Roll roll, VotingOpened opened) {
        this.context = context;
        this.roll = roll;
        this.extendedHash = context.extendedHash();
        this.head = TrackingCodes.genesis(extendedHash, opened);
    }

    /** A ballot that passed every check that does not depend on the board's state. */
    public static final class CheckedBallot {
        private final EncryptedBallot ballot;
        private final byte[] digest;

        private CheckedBallot(EncryptedBallot ballot, byte[] digest) {
            this.ballot = ballot;
            this.digest = digest;
        }

        /** The checked ballot. */
        public EncryptedBallot ballot() {
            return ballot;
        }
    }

    /** Checks a ballot (thread-safe); throws naming the first failed check. */
    public CheckedBallot check(EncryptedBallot ballot) {
        if (roll.find(ballot.credential().encodedView()).isEmpty()) {
            throw new InvalidInputException("roll check: the ballot's credential is not on the roll");
        }
        List<BallotProblem> problems = BallotChecker.problems(context, ballot);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message());
        }
        return new CheckedBallot(ballot, ballot.digest(extendedHash));
    }

    /** Checks and casts a ballot. */
    public BoardEntry cast(EncryptedBallot ballot) {
        return cast(check(ballot));
    }

    /** Casts a checked ballot; a later ballot with the same credential replaces it at tally time. */
    public synchronized BoardEntry cast(CheckedBallot checked) {
        return append(checked, BoardEntry.State.CAST, Optional.empty());
    }

    /**
     * Posts a challenged ballot with its opening (Benaloh): it is checked, opened, published and
     * never counted. Its digest is then spent, so the same ballot can never be cast.
     */
    public BoardEntry challenge(EncryptedBallot ballot, BallotOpening opening) {
        CheckedBallot checked = check(ballot);
        Optional<String> problem = BallotChecker.openingProblem(context, ballot, opening);
        if (problem.isPresent()) {
            throw new InvalidInputException(problem.get());
        }
        synchronized (this) {
            return append(checked, BoardEntry.State.CHALLENGED, Optional.of(opening));
        }
    }

    private BoardEntry append(CheckedBallot checked, BoardEntry.State state, Optional<BallotOpening> opening) {
        ByteBuffer key = ByteBuffer.wrap(checked.digest);
        if (digests.contains(key)) {
            throw new InvalidInputException("replay check: this ballot is already on the board");
        }
        long sequence = entries.size() + 1L;
        byte[] code = TrackingCodes.next(extendedHash, head, sequence, state, checked.digest);
        BoardEntry entry = new BoardEntry(sequence, head, code, state, checked.ballot, opening);
        digests.add(key);
        entries.add(entry);
        head = code;
        return entry;
    }

    /** The board so far, in order. */
    public synchronized List<BoardEntry> entries() {
        return List.copyOf(entries);
    }

    /** The tracking code of the last entry (the genesis code when empty). */
    public synchronized byte[] head() {
        return head.clone();
    }
}
