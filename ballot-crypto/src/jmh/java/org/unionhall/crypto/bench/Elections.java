package org.unionhall.crypto.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

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
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;

/**
 * Elections for the benchmarks, built with the library's own public API: a manifest of one
 * contest, a roll of voter credentials, the election context (key K with its table, H_B, H_E),
 * and a board of cast ballots in the record's own line format. Deterministic for a given seed.
 */
final class Elections {

    private Elections() {
    }

    /** One election with its voters; the joint key is a random group element. */
    record Election(ElectionContext context, Roll roll, List<Credential> voters) {
    }

    /** A one-of-n contest, as in the Belenios comparison (1 question, n answers). */
    static Contest oneOf(int options) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= options; i++) {
            names.add("answer " + i);
        }
        return new Contest("q1", "Which one?", ContestMethod.ONE_OF_N, names, 1, 1, 1);
    }

    /** An approval contest of n options, at most max of them approved. */
    static Contest approval(int options, int max) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= options; i++) {
            names.add("option " + i);
        }
        return new Contest("q1", "Which do you approve?", ContestMethod.APPROVAL, names, 0, max, 1);
    }

    /** Builds an election of one contest with the given number of voters, each of weight 1. */
    static Election election(Contest contest, int voters, long seed) {
        SecureRandom random = new SeededRandom(seed, "bench/election");
        Manifest manifest = new Manifest("bench-" + seed, "Benchmark election", List.of(contest), 3, 2);
        List<Credential> credentials = new ArrayList<>();
        List<RollEntry> entries = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            Credential c = Credential.generate(random);
            credentials.add(c);
            entries.add(new RollEntry(c.publicKey(), 1));
        }
        Roll roll = new Roll(entries);
        GroupElement jointKey = Group.g(Group.randomScalar(random));
        byte[] ceremonyDigest = Hash.tagged(Tag.CEREMONY, new byte[] {1});
        ElectionContext context = ElectionContext.create(manifest, jointKey, ceremonyDigest,
                roll.digest(manifest.baseHash()));
        return new Election(context, roll, credentials);
    }

    /** Every voter casts one ballot; returns the board lines exactly as the record stores them. */
    static List<String> boardLines(Election election, List<List<Integer>> choicesByVoter, long seed) {
        SecureRandom random = new SeededRandom(seed, "bench/ballots");
        BallotBox box = new BallotBox(election.context(), election.roll());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < election.voters().size(); i++) {
            Booth.PreparedBallot prepared = Booth.encrypt(election.context(), election.voters().get(i),
                    List.of(choicesByVoter.get(i % choicesByVoter.size())), random);
            BoardEntry entry = box.cast(prepared.ballot());
            lines.add(Json.write(RecordCodec.boardEntry(entry)));
        }
        return lines;
    }
}
