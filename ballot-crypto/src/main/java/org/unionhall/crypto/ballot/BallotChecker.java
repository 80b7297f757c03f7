package org.unionhall.crypto.ballot;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.RangeProof;

/**
 * Checks a ballot against an election (protocol §8.3): election binding, shape, signature,
 * every selection proof, every contest-limit proof; and checks the opening of a challenged
 * ballot (§8.4). Pure and thread-safe.
 */
public final class BallotChecker {

    private BallotChecker() {
    }

    /** All problems of a ballot; empty if it is valid (the roll check is the caller's). */
    public static List<BallotProblem> problems(ElectionContext context, EncryptedBallot ballot) {
        List<BallotProblem> out = new ArrayList<>();
        byte[] he = context.extendedHashView();
        if (!MessageDigest.isEqual(he, ballot.election())) {
            out.add(new BallotProblem(BallotProblem.Kind.ELECTION,
                    "ballot binding check: the ballot was made for another election (its election hash differs)"));
            return out;
        }
        Manifest manifest = context.manifest();
        if (ballot.contests().size() != manifest.contests().size()) {
            out.add(new BallotProblem(BallotProblem.Kind.STRUCTURE, "ballot shape check: expected "
                    + manifest.contests().size() + " contests, found " + ballot.contests().size()));
            return out;
        }
        for (int ci = 0; ci < manifest.contests().size(); ci++) {
            Contest c = manifest.contests().get(ci);
            EncryptedContest ec = ballot.contests().get(ci);
            if (ec.selections().size() != c.options().size() || ec.selectionProofs().size() != c.options().size()
                    || ec.limitProof().isPresent() != c.hasLimitProof()) {
                out.add(new BallotProblem(BallotProblem.Kind.STRUCTURE,
                        "ballot shape check: contest '" + c.id() + "' does not have the manifest's options and proofs"));
                return out;
            }
        }
        if (!ballot.signature().check(he, Tag.BALLOT_SIGNATURE, List.of(ballot.digest(he)), ballot.credential())) {
            out.add(new BallotProblem(BallotProblem.Kind.SIGNATURE,
                    "ballot signature check: the signature does not match the ballot and its credential"));
        }
        byte[] cred = ballot.credential().encodedView();
        for (int ci = 0; ci < manifest.contests().size(); ci++) {
            Contest c = manifest.contests().get(ci);
            EncryptedContest ec = ballot.contests().get(ci);
            for (int oi = 0; oi < c.options().size(); oi++) {
                RangeProof p = ec.selectionProofs().get(oi);
                if (p.lo() != 0 || p.hi() != c.range()
                        || !p.check(he, Tag.SELECTION_PROOF, Booth.selectionContext(cred, ci, oi), context.key(),
                                ec.selections().get(oi))) {
                    out.add(new BallotProblem(BallotProblem.Kind.SELECTION_PROOF, "selection proof check: contest '"
                            + c.id() + "' option " + oi + " is not proven to be in 0.." + c.range()));
                }
            }
            if (ec.limitProof().isPresent()) {
                RangeProof p = ec.limitProof().get();
                Optional<Ciphertext> total = sum(ec.selections());
                if (total.isEmpty() || p.lo() != c.min() || p.hi() != c.max()
                        || !p.check(he, Tag.CONTEST_PROOF, Booth.contestContext(cred, ci), context.key(), total.get())) {
                    out.add(new BallotProblem(BallotProblem.Kind.CONTEST_PROOF, "contest limit check: contest '" + c.id()
                            + "' is not proven to have " + c.min() + ".." + c.max() + " selections"));
                }
            }
        }
        return out;
    }

    /**
     * Checks one selection proof from its encoded parts: the stable entry point for benchmarks
     * and for a server that checks selections as they arrive (protocol §5.2). Decodes α, β and
     * the proof (refusing invalid encodings) and checks the proof.
     */
    public static boolean checkSelection(ElectionContext context, byte[] credential, int contest, int option,
            byte[] alpha, byte[] beta, byte[] proof, int range) {
        Ciphertext ct = new Ciphertext(GroupElement.decode(alpha), GroupElement.decode(beta));
        RangeProof p = RangeProof.decode(proof, 0, range);
        return p.check(context.extendedHashView(), Tag.SELECTION_PROOF,
                Booth.selectionContext(credential, contest, option), context.key(), ct);
    }

    /**
     * Checks that an opening explains a ballot (Benaloh, protocol §8.4): every value is allowed
     * by its contest and α = g^r, β = K^r · g^m for every selection. Empty if it does.
     */
    public static Optional<String> openingProblem(ElectionContext context, EncryptedBallot ballot, BallotOpening opening) {
        Manifest manifest = context.manifest();
        if (opening.values().size() != manifest.contests().size() || opening.nonces().size() != manifest.contests().size()) {
            return Optional.of("challenged ballot check: the opening does not cover every contest");
        }
        for (int ci = 0; ci < manifest.contests().size(); ci++) {
            Contest c = manifest.contests().get(ci);
            List<Integer> values = opening.values().get(ci);
            List<BigInteger> nonces = opening.nonces().get(ci);
            try {
                c.checkChoice(values);
            } catch (InvalidInputException e) {
                return Optional.of("challenged ballot check: " + e.getMessage());
            }
            if (nonces.size() != values.size() || ballot.contests().get(ci).selections().size() != values.size()) {
                return Optional.of("challenged ballot check: contest '" + c.id() + "' has the wrong number of nonces");
            }
            for (int oi = 0; oi < values.size(); oi++) {
                BigInteger r = nonces.get(oi);
                if (r.signum() <= 0 || r.compareTo(org.unionhall.crypto.group.Group.ORDER) >= 0
                        || !Ciphertext.encrypt(context.key(), values.get(oi), r)
                                .equals(ballot.contests().get(ci).selections().get(oi))) {
                    return Optional.of("challenged ballot check: contest '" + c.id() + "' option " + oi
                            + " does not re-encrypt to the published ciphertext");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Ciphertext> sum(List<Ciphertext> cts) {
        try {
            return Optional.of(Ciphertext.sum(cts));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
