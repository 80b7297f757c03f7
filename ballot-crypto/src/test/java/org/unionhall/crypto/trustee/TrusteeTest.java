package org.unionhall.crypto.trustee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TrusteeTest {

    private static final byte[] HB = Hash.tagged(Tag.ELECTION_BASE, new byte[] {7});

    private static List<Trustee> trustees(int n, int t) {
        List<Trustee> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Trustee(i, n, t, HB, new SeededRandom(i, "trustee-test")));
        }
        return out;
    }

    private static List<EncryptedShare> shares(List<Trustee> ts, List<TrusteeAnnouncement> as) {
        List<EncryptedShare> out = new ArrayList<>();
        ts.forEach(t -> out.addAll(t.sharesFor(as)));
        return out;
    }

    @Test
    void anHonestCeremonyGivesEveryTrusteeAShare() {
        List<Trustee> ts = trustees(4, 3);
        List<TrusteeAnnouncement> as = ts.stream().map(Trustee::announce).toList();
        List<EncryptedShare> ss = shares(ts, as);
        assertTrue(KeyCeremony.problem(HB, 4, 3, as, ss).isEmpty());
        for (Trustee t : ts) {
            assertTrue(t.receive(as, ss).isEmpty());
            assertTrue(t.holdsKeyShare());
        }
    }

    @Test
    void aWrongShareIsDetectedAndAttributedToItsSender() {
        List<Trustee> ts = trustees(3, 2);
        List<TrusteeAnnouncement> as = ts.stream().map(Trustee::announce).toList();
        List<EncryptedShare> ss = new ArrayList<>(shares(ts, as));
        // Trustee 2 sends trustee 3 a well-encrypted but wrong value.
        int at = -1;
        for (int i = 0; i < ss.size(); i++) {
            if (ss.get(i).from() == 2 && ss.get(i).to() == 3) {
                at = i;
            }
        }
        ss.set(at, KeyCeremony.sealShare(HB, 2, 3, BigInteger.valueOf(12345), as.get(2).encryptionKey(),
                BigInteger.valueOf(999)));
        List<ShareComplaint> complaints = ts.get(2).receive(as, ss);
        assertEquals(1, complaints.size());
        assertFalse(ts.get(2).holdsKeyShare(), "nothing is kept from a bad set of shares");
        ShareComplaint c = complaints.get(0);
        assertEquals(2, c.from());
        assertEquals(KeyCeremony.Verdict.SENDER_AT_FAULT, KeyCeremony.judge(HB, c, ss.get(at), as.get(1), as.get(2)));
        // The same complaint against an honest share from trustee 1 is the complainer's fault.
        EncryptedShare honest = ss.stream().filter(s -> s.from() == 1 && s.to() == 3).findFirst().orElseThrow();
        ShareComplaint lie = new ShareComplaint(1, 3, honest.ephemeral().pow(BigInteger.TWO), c.proof());
        assertEquals(KeyCeremony.Verdict.COMPLAINER_AT_FAULT, KeyCeremony.judge(HB, lie, honest, as.get(0), as.get(2)));
    }

    @Test
    void anAnnouncementWithABadProofIsRefused() {
        List<Trustee> ts = trustees(2, 2);
        TrusteeAnnouncement a = ts.get(0).announce();
        TrusteeAnnouncement forged = new TrusteeAnnouncement(1, a.encryptionKey(), a.encryptionKeyProof(),
                List.of(a.commitments().get(0).multiply(Group.generator()), a.commitments().get(1)), a.coefficientProofs());
        assertTrue(a.problem(HB, 2, 2).isEmpty());
        assertTrue(forged.problem(HB, 2, 2).orElseThrow().contains("coefficient commitment 0"));
    }

    @Property(tries = 6, seed = "8")
    void anyThresholdSubsetRecoversTheJointSecret(@ForAll @IntRange(min = 1, max = 4) int t) {
        int n = 4;
        List<Trustee> ts = trustees(n, t);
        List<TrusteeAnnouncement> as = ts.stream().map(Trustee::announce).toList();
        List<EncryptedShare> ss = shares(ts, as);
        ts.forEach(tr -> tr.receive(as, ss));
        // g^(Σ λ_j s_j) over the first t trustees and over the last t must both be the joint key.
        for (Set<Integer> subset : List.of(range(1, t), range(n - t + 1, n))) {
            org.unionhall.crypto.group.ElementSum sum = new org.unionhall.crypto.group.ElementSum();
            for (int j : subset) {
                sum.add(KeyCeremony.publicShare(as, j).pow(Lagrange.coefficient(j, subset)));
            }
            assertEquals(KeyCeremony.jointKey(as), sum.result().orElseThrow());
        }
    }

    private static Set<Integer> range(int from, int to) {
        Set<Integer> s = new java.util.TreeSet<>();
        for (int i = from; i <= to; i++) {
            s.add(i);
        }
        return s;
    }
}
