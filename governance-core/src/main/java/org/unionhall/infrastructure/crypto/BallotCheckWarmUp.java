package org.unionhall.infrastructure.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.security.SecureRandom;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.crypto.ballot.BallotChecker;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ContestMethod;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.receipt.BoardKey;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;

/**
 * Runs the ballot path's checks on throw-away ballots of a throw-away election once the server
 * has started, in the background, so that the JIT has compiled them before the first voter
 * arrives. Without it the first seconds of intake after every start, a restart after a crash
 * included, run interpreted: at a steady 200 ballots per second a cold server answered its
 * slowest 1 % in 650–730 ms against 80–120 ms warm (docs/benchmarks.md). Nothing here touches
 * the database or a real election; the ballots are made and dropped in memory.
 */
@Startup
@Singleton
public class BallotCheckWarmUp {
    private static final Logger LOG = Logger.getLogger(BallotCheckWarmUp.class.getName());
    /** Enough rounds for the JIT's optimising compiler to take the hot loops (about 3 s of CPU). */
    private static final int BALLOTS = 300;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(() -> {
            try {
                warmUp(BALLOTS);
                LOG.fine(() -> "Ballot checks warmed up with " + BALLOTS + " throw-away ballots");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Warming up the ballot checks failed; the first ballots will be slower", e);
            }
        });
    }

    /**
     * Encrypts, reads back, checks and signs a receipt for {@code ballots} ballots of a throw-away
     * election, as intake does; throws if one of them fails its checks.
     */
    static void warmUp(int ballots) {
        SecureRandom random = new SecureRandom();
        Manifest manifest = new Manifest("warm-up", "Warm-up", List.of(new Contest("motion", "Warm up?",
                ContestMethod.YES_NO_ABSTAIN, List.of("yes", "no", "abstain"), 1, 1, 1)), 1, 1, 2);
        ElectionContext context = ElectionContext.create(manifest, Group.g(Group.randomScalar(random)),
                new byte[32], new byte[32]);
        BoardKey boardKey = BoardKey.generate(random);
        byte[] previous = TrackingCodes.genesis(context.extendedHash());
        for (int i = 1; i <= ballots; i++) {
            Booth.PreparedBallot prepared = Booth.encrypt(context, Credential.generate(random),
                    List.of(List.of(i % 3 == 0 ? 1 : 0, i % 3 == 1 ? 1 : 0, i % 3 == 2 ? 1 : 0)), random);
            EncryptedBallot ballot = RecordCodec.submittedBallot(
                    Json.parse(Json.write(RecordCodec.ballot(prepared.ballot()))), manifest);
            if (!BallotChecker.problems(context, ballot).isEmpty()) {
                throw new IllegalStateException("a warm-up ballot failed its own checks");
            }
            byte[] code = TrackingCodes.next(context.extendedHash(), previous, i, BoardEntry.State.CAST,
                    ballot.digest(context.extendedHash()));
            Receipt.sign(context.extendedHash(), boardKey, i, BoardEntry.State.CAST, previous, code, random).toJson();
            previous = code;
        }
    }
}
