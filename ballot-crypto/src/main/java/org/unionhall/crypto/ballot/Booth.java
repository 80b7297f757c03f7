package org.unionhall.crypto.ballot;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.RangeProof;
import org.unionhall.crypto.proof.SchnorrProof;

/**
 * The voter's side (protocol §8.2): encrypts a choice, proves it valid and signs it with the
 * voter's credential. Runs on the voter's device; the result is a ballot ready to cast or to
 * challenge, together with its opening (kept secret unless challenged).
 */
public final class Booth {

    private Booth() {
    }

    /** A ballot and the opening that only the voter holds. */
    public record PreparedBallot(EncryptedBallot ballot, BallotOpening opening) {
    }

    /**
     * Encrypts choices (one list of option values per contest, in manifest order) and signs the
     * ballot. Throws naming the rule if a choice breaks its contest's rules.
     */
    public static PreparedBallot encrypt(ElectionContext context, Credential credential, List<List<Integer>> choices,
            SecureRandom random) {
        Manifest manifest = context.manifest();
        if (choices.size() != manifest.contests().size()) {
            throw new IllegalArgumentException("one choice per contest is needed");
        }
        byte[] he = context.extendedHashView();
        byte[] cred = credential.publicKey().encode();
        List<EncryptedContest> contests = new ArrayList<>();
        List<List<BigInteger>> nonces = new ArrayList<>();
        for (int ci = 0; ci < manifest.contests().size(); ci++) {
            Contest contest = manifest.contests().get(ci);
            List<Integer> choice = choices.get(ci);
            contest.checkChoice(choice);
            List<Ciphertext> cts = new ArrayList<>();
            List<RangeProof> proofs = new ArrayList<>();
            List<BigInteger> rs = new ArrayList<>();
            BigInteger rSum = BigInteger.ZERO;
            int sum = 0;
            for (int oi = 0; oi < choice.size(); oi++) {
                BigInteger r = Group.randomScalar(random);
                Ciphertext ct = Ciphertext.encrypt(context.key(), choice.get(oi), r);
                cts.add(ct);
                rs.add(r);
                proofs.add(RangeProof.prove(he, Tag.SELECTION_PROOF, selectionContext(cred, ci, oi), context.key(), ct,
                        choice.get(oi), r, 0, contest.range(), random));
                rSum = rSum.add(r);
                sum += choice.get(oi);
            }
            Optional<RangeProof> limit = Optional.empty();
            if (contest.hasLimitProof()) {
                Ciphertext total = Ciphertext.sum(cts);
                limit = Optional.of(RangeProof.prove(he, Tag.CONTEST_PROOF, contestContext(cred, ci), context.key(),
                        total, sum, rSum.mod(Group.ORDER), contest.min(), contest.max(), random));
            }
            contests.add(new EncryptedContest(cts, proofs, limit));
            nonces.add(rs);
        }
        byte[] digest = EncryptedBallot.digest(he, credential.publicKey(), contests);
        SchnorrProof signature = SchnorrProof.prove(he, Tag.BALLOT_SIGNATURE, List.of(digest), credential.secret(),
                random);
        EncryptedBallot ballot = new EncryptedBallot(he, credential.publicKey(), contests, signature);
        return new PreparedBallot(ballot, new BallotOpening(choices, nonces));
    }

    /** Hash context of a selection proof: credential ‖ u32(contest) ‖ u32(option) (§5.2). */
    static List<byte[]> selectionContext(byte[] credential, int contest, int option) {
        return List.of(credential, Hash.u32(contest), Hash.u32(option));
    }

    /** Hash context of a contest-limit proof: credential ‖ u32(contest) (§5.3). */
    static List<byte[]> contestContext(byte[] credential, int contest) {
        return List.of(credential, Hash.u32(contest));
    }
}
