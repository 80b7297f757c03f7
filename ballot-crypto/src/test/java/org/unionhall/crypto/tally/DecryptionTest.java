package org.unionhall.crypto.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.unionhall.crypto.ballot.BallotBox;
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
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.KeyCeremony;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;

/** Weighted tally and threshold decryption with real trustees, including a wrong partial decryption. */
class DecryptionTest {

    private final SeededRandom random = new SeededRandom(3, "decryption-test");
    private final Manifest manifest = new Manifest("d1", "Decryption", List.of(new Contest("m", "Adopt?",
            ContestMethod.YES_NO_ABSTAIN, List.of("yes", "no", "abstain"), 1, 1, 1)), 3, 2);
    private final List<Trustee> trustees = new ArrayList<>();
    private final List<TrusteeAnnouncement> announcements;
    private final ElectionContext context;
    private final EncryptedTally tally;

    DecryptionTest() {
        byte[] hb = manifest.baseHash();
        for (int i = 1; i <= 3; i++) {
            trustees.add(new Trustee(i, 3, 2, hb, new SeededRandom(i, "decryption-trustee")));
        }
        announcements = trustees.stream().map(Trustee::announce).toList();
        List<EncryptedShare> shares = new ArrayList<>();
        trustees.forEach(t -> shares.addAll(t.sharesFor(announcements)));
        trustees.forEach(t -> assertTrue(t.receive(announcements, shares).isEmpty()));
        Credential member = Credential.generate(random);
        Credential delegate = Credential.generate(random);
        Roll roll = new Roll(List.of(new RollEntry(member.publicKey(), 1), new RollEntry(delegate.publicKey(), 40)));
        context = ElectionContext.create(manifest, KeyCeremony.jointKey(announcements),
                KeyCeremony.digest(hb, announcements, shares), roll.digest(hb));
        BallotBox box = new BallotBox(context, roll);
        box.cast(Booth.encrypt(context, member, List.of(List.of(0, 1, 0)), random).ballot());
        box.cast(Booth.encrypt(context, delegate, List.of(List.of(0, 1, 0)), random).ballot());
        box.cast(Booth.encrypt(context, member, List.of(List.of(1, 0, 0)), random).ballot());
        tally = EncryptedTally.compute(manifest, roll, box.entries());
    }

    private List<PartialDecryption> partials(Trustee t) {
        return t.decrypt(context.extendedHash(), Decryption.flatten(tally), Decryption.contexts(t.index(), tally));
    }

    @Test
    void anyTwoOfThreeTrusteesDecryptTheWeightedTallyWithTheLastBallotCounting() {
        assertEquals(2, tally.ballotsCounted());
        assertEquals(41, tally.totalWeight());
        for (List<Integer> present : List.of(List.of(1, 2), List.of(1, 3), List.of(2, 3), List.of(1, 2, 3))) {
            Map<Integer, List<PartialDecryption>> byTrustee = new TreeMap<>();
            for (int j : present) {
                List<PartialDecryption> p = partials(trustees.get(j - 1));
                assertTrue(Decryption.problem(context, j, KeyCeremony.publicShare(announcements, j), tally, p).isEmpty());
                byTrustee.put(j, p);
            }
            ElectionResult r = Decryption.result(context, tally, Decryption.combine(2, tally, byTrustee));
            assertEquals(List.of(List.of(1L, 40L, 0L)), r.counts(), "trustees " + present);
        }
    }

    @Test
    void aWrongPartialDecryptionIsRefusedNamingTheTrustee() {
        List<PartialDecryption> honest = partials(trustees.get(1));
        List<PartialDecryption> wrong = new ArrayList<>(honest);
        PartialDecryption first = honest.get(0);
        wrong.set(0, new PartialDecryption(2, first.share().multiply(Group.generator()), first.proof()));
        String problem = Decryption.problem(context, 2, KeyCeremony.publicShare(announcements, 2), tally, wrong).orElseThrow();
        assertTrue(problem.startsWith("partial decryption check: trustee 2"), problem);
        // Trustee 1's honest decryption is not accepted as trustee 3's.
        assertTrue(Decryption.problem(context, 3, KeyCeremony.publicShare(announcements, 3), tally,
                partials(trustees.get(0))).isPresent());
    }

    @Test
    void fewerThanThresholdTrusteesCannotDecrypt() {
        Map<Integer, List<PartialDecryption>> one = Map.of(1, partials(trustees.get(0)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Decryption.combine(2, tally, one));
        assertTrue(e.getMessage().startsWith("threshold check"));
    }
}
