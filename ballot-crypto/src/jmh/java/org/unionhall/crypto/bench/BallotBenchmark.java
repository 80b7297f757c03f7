package org.unionhall.crypto.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.unionhall.crypto.ballot.BallotChecker;
import org.unionhall.crypto.ballot.BallotProblem;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;

/**
 * Whole ballots: a voter's device encrypting, proving and signing one ballot
 * ({@link Booth#encrypt}, with the platform's SecureRandom as a device would use), and a verifier
 * checking one cast ballot from its line of the record's board (parse the JSON, decode and
 * validate every element, check the signature, every selection proof and the contest-limit
 * proof), all on one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BallotBenchmark {

    /** An election ready for voting, and a voter's device. */
    @State(Scope.Thread)
    public static class Voting {

        /**
         * The contest: {@code approval10} approve any of 10 options (no limit proof),
         * {@code approval10max3} approve at most 3 of 10 (with a 0..3 limit proof),
         * {@code oneOf3} one of three answers (the Belenios comparison).
         */
        @Param({"approval10", "approval10max3", "oneOf3"})
        public String contest;

        Elections.Election election;
        List<Integer> choice;
        SecureRandom device;
        int next;

        /** Builds the election and the choice: options 1 and 5 approved, or answer 2 of 3. */
        @Setup(Level.Trial)
        public void setUp() {
            Contest c = contest(contest);
            election = Elections.election(c, 16, 2);
            choice = new ArrayList<>();
            for (int i = 0; i < c.options().size(); i++) {
                choice.add(0);
            }
            if (c.options().size() == 3) {
                choice.set(1, 1);
            } else {
                choice.set(0, 1);
                choice.set(4, 1);
            }
            device = new SecureRandom();
        }
    }

    /** A board of cast ballots in the record's line format. */
    @State(Scope.Thread)
    public static class Board {

        /** The contest, as for {@link Voting#contest}. */
        @Param({"oneOf3"})
        public String contest;

        ElectionContext context;
        Manifest manifest;
        List<String> lines;
        int next;

        /** Casts 64 ballots through the library's ballot box and keeps their board lines. */
        @Setup(Level.Trial)
        public void setUp() {
            Contest c = contest(contest);
            Elections.Election election = Elections.election(c, 64, 3);
            List<List<Integer>> choices = new ArrayList<>();
            for (int i = 0; i < c.options().size(); i++) {
                List<Integer> choice = new ArrayList<>();
                for (int j = 0; j < c.options().size(); j++) {
                    choice.add(i == j ? 1 : 0);
                }
                choices.add(choice);
            }
            lines = Elections.boardLines(election, choices, 3);
            context = election.context();
            manifest = context.manifest();
        }
    }

    static Contest contest(String name) {
        return switch (name) {
            case "approval10" -> Elections.approval(10, 10);
            case "approval10max3" -> Elections.approval(10, 3);
            case "oneOf3" -> Elections.oneOf(3);
            default -> throw new IllegalArgumentException("unknown contest " + name);
        };
    }

    /** Encrypting, proving and signing one ballot on the voter's device. */
    @Benchmark
    public Booth.PreparedBallot encryptBallot(Voting v) {
        int i = v.next;
        v.next = (i + 1) % v.election.voters().size();
        return Booth.encrypt(v.election.context(), v.election.voters().get(i), List.of(v.choice), v.device);
    }

    /** Checking one cast ballot from its board line, as the verifier does for each line. */
    @Benchmark
    public List<BallotProblem> checkBallotFromBoardLine(Board b) {
        int i = b.next;
        b.next = (i + 1) % b.lines.size();
        RecordCodec.BoardLine entry = RecordCodec.boardLine(Json.parse(b.lines.get(i)), "board line " + (i + 1),
                b.manifest, b.context.extendedHash());
        List<BallotProblem> problems = BallotChecker.problems(b.context, entry.ballot());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("a valid ballot failed: " + problems);
        }
        return problems;
    }
}
