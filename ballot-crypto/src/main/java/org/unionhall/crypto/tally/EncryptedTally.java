package org.unionhall.crypto.tally;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.EncryptedContest;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.ElementSum;
import org.unionhall.crypto.group.InvalidInputException;

/**
 * The weighted homomorphic tally (protocol §9.1–9.2): for every option, the product over the
 * counted ballots of the option's ciphertext raised to the ballot's credential weight. A ballot
 * counts if it is cast, its credential is on the roll, and no later cast ballot on the board has
 * the same credential (the last ballot counts, so voters may vote again).
 */
public record EncryptedTally(List<List<Ciphertext>> totals, long ballotsCounted, long totalWeight) {

    /** Copies the nested lists. */
    public EncryptedTally {
        totals = totals.stream().map(List::copyOf).toList();
    }

    /** The entries that count: last cast entry per credential, in board order (protocol §9.1). */
    public static List<BoardEntry> counted(List<BoardEntry> board) {
        Map<ByteBuffer, BoardEntry> last = new HashMap<>();
        for (BoardEntry e : board) {
            if (e.state() == BoardEntry.State.CAST) {
                last.put(ByteBuffer.wrap(e.ballot().credential().encode()), e);
            }
        }
        List<BoardEntry> out = new ArrayList<>(last.values());
        out.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return out;
    }

    /** Sums the counted ballots of a board, weighted by the roll, using all cores. */
    public static EncryptedTally compute(Manifest manifest, Roll roll, List<BoardEntry> board) {
        return sum(manifest, roll, counted(board));
    }

    /** Weighted sum of the given (already selected) ballots. */
    public static EncryptedTally sum(Manifest manifest, Roll roll, List<BoardEntry> counted) {
        List<Contest> contests = manifest.contests();
        int cells = 0;
        for (Contest c : contests) {
            cells += c.options().size();
        }
        final int width = cells;
        ElementSum[] total = counted.parallelStream().collect(
                () -> newSums(width),
                (sums, e) -> {
                    RollEntry r = roll.find(e.ballot().credential().encodedView()).orElseThrow(
                            () -> new InvalidInputException("roll check: a counted ballot's credential is not on the roll"));
                    int at = 0;
                    for (EncryptedContest ec : e.ballot().contests()) {
                        for (Ciphertext ct : ec.selections()) {
                            sums[2 * at].add(ct.alpha(), r.weight());
                            sums[2 * at + 1].add(ct.beta(), r.weight());
                            at++;
                        }
                    }
                },
                (a, b) -> {
                    for (int i = 0; i < a.length; i++) {
                        a[i].add(b[i]);
                    }
                });
        long weight = 0;
        for (BoardEntry e : counted) {
            weight += roll.find(e.ballot().credential().encodedView()).get().weight();
        }
        if (counted.isEmpty()) {
            throw new InvalidInputException("tally check: no ballot was cast, there is nothing to tally");
        }
        List<List<Ciphertext>> totals = new ArrayList<>();
        int at = 0;
        for (Contest c : contests) {
            List<Ciphertext> row = new ArrayList<>();
            for (int i = 0; i < c.options().size(); i++) {
                row.add(new Ciphertext(total[2 * at].result().orElseThrow(), total[2 * at + 1].result().orElseThrow()));
                at++;
            }
            totals.add(row);
        }
        return new EncryptedTally(totals, counted.size(), weight);
    }

    private static ElementSum[] newSums(int cells) {
        ElementSum[] s = new ElementSum[2 * cells];
        for (int i = 0; i < s.length; i++) {
            s[i] = new ElementSum();
        }
        return s;
    }
}
