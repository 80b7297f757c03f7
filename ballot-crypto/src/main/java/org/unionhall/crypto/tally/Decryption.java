package org.unionhall.crypto.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.trustee.Lagrange;
import org.unionhall.crypto.trustee.PartialDecryption;

/**
 * Threshold decryption of the tally (protocol §9.3–9.4): the ciphertexts and hash contexts a
 * trustee decrypts, the check of each partial decryption, the Lagrange combination of any t or
 * more of them, and the recovery of each count.
 */
public final class Decryption {

    private Decryption() {
    }

    /** The tally's ciphertexts in order: contest by contest, option by option. */
    public static List<Ciphertext> flatten(EncryptedTally tally) {
        List<Ciphertext> out = new ArrayList<>();
        tally.totals().forEach(out::addAll);
        return out;
    }

    /** The hash context of trustee j's proof for each flattened ciphertext: u32(j) ‖ u32(contest) ‖ u32(option). */
    public static List<List<byte[]>> contexts(int trustee, EncryptedTally tally) {
        List<List<byte[]>> out = new ArrayList<>();
        for (int ci = 0; ci < tally.totals().size(); ci++) {
            for (int oi = 0; oi < tally.totals().get(ci).size(); oi++) {
                out.add(List.of(Hash.u32(trustee), Hash.u32(ci), Hash.u32(oi)));
            }
        }
        return out;
    }

    /** Checks one trustee's partial decryptions of the whole tally; empty if all are proven. */
    public static Optional<String> problem(ElectionContext context, int trustee, GroupElement publicShare,
            EncryptedTally tally, List<PartialDecryption> partials) {
        List<Ciphertext> cts = flatten(tally);
        if (partials.size() != cts.size()) {
            return Optional.of("partial decryption check: trustee " + trustee + " must decrypt " + cts.size()
                    + " ciphertexts, found " + partials.size());
        }
        List<List<byte[]>> ctx = contexts(trustee, tally);
        byte[] he = context.extendedHash();
        for (int k = 0; k < cts.size(); k++) {
            PartialDecryption p = partials.get(k);
            if (p.trustee() != trustee || !p.proof().check(he, Tag.DECRYPTION_PROOF, ctx.get(k), publicShare,
                    cts.get(k).alpha(), p.share())) {
                return Optional.of("partial decryption check: trustee " + trustee + "'s decryption of ciphertext " + k
                        + " is not proven correct");
            }
        }
        return Optional.empty();
    }

    /**
     * Combines the partial decryptions of the present trustees (at least t) into
     * M = Π_j M_j^(λ_j) for each ciphertext (protocol §9.3).
     */
    public static List<Optional<GroupElement>> combine(int threshold, EncryptedTally tally,
            Map<Integer, List<PartialDecryption>> byTrustee) {
        if (byTrustee.size() < threshold) {
            throw new InvalidInputException("threshold check: " + byTrustee.size() + " trustees decrypted, "
                    + threshold + " are needed");
        }
        int cells = flatten(tally).size();
        List<Optional<GroupElement>> out = new ArrayList<>();
        for (int k = 0; k < cells; k++) {
            org.unionhall.crypto.group.ElementSum m = new org.unionhall.crypto.group.ElementSum();
            for (Map.Entry<Integer, List<PartialDecryption>> e : byTrustee.entrySet()) {
                BigInteger lambda = Lagrange.coefficient(e.getKey(), byTrustee.keySet());
                m.add(e.getValue().get(k).share().pow(lambda));
            }
            out.add(m.result());
        }
        return out;
    }

    /** Recovers every count from β / M by baby-step giant-step up to total weight × range (§9.4). */
    public static ElectionResult result(ElectionContext context, EncryptedTally tally,
            List<Optional<GroupElement>> combined) {
        List<List<Long>> counts = new ArrayList<>();
        int k = 0;
        for (int ci = 0; ci < tally.totals().size(); ci++) {
            Contest c = context.manifest().contests().get(ci);
            long bound = tally.totalWeight() * c.range();
            List<Long> row = new ArrayList<>();
            for (Ciphertext ct : tally.totals().get(ci)) {
                Optional<GroupElement> gm = plaintextElement(ct, combined.get(k++));
                if (gm.isEmpty()) {
                    row.add(0L);
                    continue;
                }
                OptionalLong m = DiscreteLog.find(gm.get(), bound);
                if (m.isEmpty()) {
                    throw new InvalidInputException("discrete log check: a count is not between 0 and " + bound);
                }
                row.add(m.getAsLong());
            }
            counts.add(row);
        }
        return new ElectionResult(counts);
    }

    /** True if g^count = β / M, i.e. the claimed count is what the tally decrypts to (§9.4). */
    public static boolean matches(Ciphertext ct, Optional<GroupElement> combined, long count) {
        Optional<GroupElement> gm = plaintextElement(ct, combined);
        if (count == 0) {
            return gm.isEmpty();
        }
        return gm.isPresent() && gm.get().equals(Group.g(BigInteger.valueOf(count)));
    }

    private static Optional<GroupElement> plaintextElement(Ciphertext ct, Optional<GroupElement> m) {
        if (m.isEmpty()) {
            return Optional.of(ct.beta());
        }
        if (ct.beta().equals(m.get())) {
            return Optional.empty();
        }
        return Optional.of(ct.beta().divide(m.get()));
    }
}
