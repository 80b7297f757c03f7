package org.unionhall.crypto.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;

/**
 * The worked example of protocol §13: every value is recomputed here and compared with
 * {@code kat/worked-example.json}, the same numbers the specification prints, so that another
 * implementation can test its hashing and encodings against them.
 */
class KnownAnswerTest {

    /** The example's trustee secret s (single trustee, threshold 1) and voter credential secret x. */
    static final BigInteger TRUSTEE_SECRET = BigInteger.valueOf(123456789);
    static final BigInteger CREDENTIAL_SECRET = BigInteger.valueOf(987654321);

    static Map<String, Object> compute() {
        Map<String, Object> v = new TreeMap<>();
        Manifest manifest = new Manifest("kat-2026", "Known-answer election", List.of(new Contest("motion-1",
                "Adopt the budget?", ContestMethod.YES_NO_ABSTAIN, List.of("yes", "no", "abstain"), 1, 1, 1)), 1, 1);
        byte[] hb = manifest.baseHash();
        v.put("electionJson", Json.write(RecordCodec.manifest(manifest)));
        v.put("baseHash", Hex.toHexString(hb));
        GroupElement k = Group.g(TRUSTEE_SECRET);
        v.put("generator", Hex.toHexString(Group.generator().encode()));
        v.put("jointKey", Hex.toHexString(k.encode()));
        Credential credential = Credential.fromSecret(CREDENTIAL_SECRET);
        v.put("credential", Hex.toHexString(credential.publicKey().encode()));
        Roll roll = new Roll(List.of(new RollEntry(credential.publicKey(), 3)));
        byte[] rollDigest = roll.digest(hb);
        v.put("rollDigest", Hex.toHexString(rollDigest));
        byte[] ceremonyDigest = Hash.tagged(Tag.CEREMONY, "example ceremony".getBytes(StandardCharsets.US_ASCII));
        v.put("ceremonyDigest", Hex.toHexString(ceremonyDigest));
        ElectionContext context = ElectionContext.create(manifest, k, ceremonyDigest, rollDigest);
        byte[] he = context.extendedHash();
        v.put("extendedHash", Hex.toHexString(he));
        v.put("genesisCode", Hex.toHexString(TrackingCodes.genesis(he)));

        Booth.PreparedBallot prepared = Booth.encrypt(context, credential, List.of(List.of(1, 0, 0)),
                new SeededRandom(2026, "known-answer"));
        EncryptedBallot ballot = prepared.ballot();
        v.put("nonceYes", Hex.toHexString(org.unionhall.crypto.group.Scalars.encode(prepared.opening().nonces().get(0).get(0))));
        Ciphertext yes = ballot.contests().get(0).selections().get(0);
        v.put("alphaYes", Hex.toHexString(yes.alpha().encode()));
        v.put("betaYes", Hex.toHexString(yes.beta().encode()));
        v.put("proofYes", Hex.toHexString(ballot.contests().get(0).selectionProofs().get(0).encode()));
        v.put("limitProof", Hex.toHexString(ballot.contests().get(0).limitProof().orElseThrow().encode()));
        byte[] digest = ballot.digest(he);
        v.put("ballotDigest", Hex.toHexString(digest));
        v.put("signature", Hex.toHexString(ballot.signature().encode()));
        BallotBox box = new BallotBox(context, roll);
        BoardEntry entry = box.cast(ballot);
        v.put("trackingCode1", Hex.toHexString(entry.code()));
        v.put("boardLine1", Json.write(RecordCodec.boardEntry(entry)));
        v.put("submittedBallot", Json.write(RecordCodec.ballot(ballot)));
        return v;
    }

    @Test
    void theWorkedExampleMatchesTheVectorFile() throws IOException {
        Map<String, Object> computed = compute();
        String expected;
        try (InputStream in = KnownAnswerTest.class.getResourceAsStream("/kat/worked-example.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> vector = (Map<String, Object>) Json.parse(expected);
        assertEquals(vector.keySet(), computed.keySet());
        for (String key : vector.keySet()) {
            assertEquals(vector.get(key), computed.get(key), key);
        }
    }

    @Test
    void theVectorsBallotChecksWithoutAnyRandomness() throws IOException {
        Map<String, Object> v = compute();
        Manifest manifest = RecordCodec.manifest(Json.parse((String) v.get("electionJson")));
        GroupElement k = GroupElement.decode(Hex.decode((String) v.get("jointKey")));
        ElectionContext context = ElectionContext.create(manifest, k, Hex.decode((String) v.get("ceremonyDigest")),
                Hex.decode((String) v.get("rollDigest")));
        RecordCodec.BoardLine e = RecordCodec.boardLine(Json.parse((String) v.get("boardLine1")), "vector", manifest,
                context.extendedHash());
        assertTrue(BallotChecker.problems(context, e.ballot()).isEmpty());
        EncryptedBallot submitted = RecordCodec.submittedBallot(Json.parse((String) v.get("submittedBallot")), manifest);
        assertTrue(BallotChecker.problems(context, submitted).isEmpty());
        assertTrue(BallotChecker.checkSelection(context, Hex.decode((String) v.get("credential")), 0, 0,
                Hex.decode((String) v.get("alphaYes")), Hex.decode((String) v.get("betaYes")),
                Hex.decode((String) v.get("proofYes")), 1));
    }
}
