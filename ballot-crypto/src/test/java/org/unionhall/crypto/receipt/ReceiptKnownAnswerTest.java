package org.unionhall.crypto.receipt;

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
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.ballot.VotingOpened;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.Scalars;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;

/**
 * The version 2 worked example of protocol §13.6: the §13 election as version 2, a board key
 * b = 555555555, the first entry's tracking code and its signed receipt, compared with
 * {@code kat/receipt-example.json}.
 */
class ReceiptKnownAnswerTest {

    static final BigInteger BOARD_SECRET = BigInteger.valueOf(555555555);

    static Map<String, Object> compute() {
        Map<String, Object> v = new TreeMap<>();
        Manifest manifest = new Manifest("kat-2026", "Known-answer election", List.of(new Contest("motion-1",
                "Adopt the budget?", ContestMethod.YES_NO_ABSTAIN, List.of("yes", "no", "abstain"), 1, 1, 1)), 1, 1, 2);
        byte[] hb = manifest.baseHash();
        v.put("electionJson", Json.write(RecordCodec.manifest(manifest)));
        v.put("baseHash", Hex.toHexString(hb));
        Credential credential = Credential.fromSecret(BigInteger.valueOf(987654321));
        Roll roll = new Roll(List.of(new RollEntry(credential.publicKey(), 3)));
        byte[] ceremonyDigest = Hash.tagged(Tag.CEREMONY, "example ceremony".getBytes(StandardCharsets.US_ASCII));
        ElectionContext context = ElectionContext.create(manifest, Group.g(BigInteger.valueOf(123456789)), ceremonyDigest,
                roll.digest(hb));
        byte[] he = context.extendedHash();
        v.put("extendedHash", Hex.toHexString(he));
        BoardKey key = BoardKey.fromSecret(Scalars.encode(BOARD_SECRET));
        v.put("boardKey", Hex.toHexString(key.publicKey().encode()));
        VotingOpened opened = new VotingOpened(key.publicKey(), "2026-12-06T23:05:00Z", 15,
                "active members of chapter Moderators Europe when voting opened");
        v.put("contextJson", Json.write(RecordCodec.context(new RecordCodec.DeclaredContext(hb, context.key().element(),
                ceremonyDigest, roll.digest(hb), he, java.util.Optional.of(opened)))));
        byte[] genesis = TrackingCodes.genesis(he, opened);
        v.put("genesisCode", Hex.toHexString(genesis));
        Booth.PreparedBallot prepared = Booth.encrypt(context, credential, List.of(List.of(1, 0, 0)),
                new SeededRandom(2026, "known-answer"));
        BoardEntry entry = new BallotBox(context, roll, opened).cast(prepared.ballot());
        v.put("ballotDigest", Hex.toHexString(prepared.ballot().digest(he)));
        v.put("trackingCode1", Hex.toHexString(entry.code()));
        v.put("receiptDigest", Hex.toHexString(Receipt.digest(he, 1, BoardEntry.State.CAST, genesis, entry.code())));
        Receipt receipt = Receipt.sign(he, key, 1, BoardEntry.State.CAST, genesis, entry.code(),
                new SeededRandom(2026, "receipt"));
        v.put("receipt", receipt.toJson());
        return v;
    }

    @Test
    void theVersionTwoExampleMatchesTheVectorFileAndItsReceiptChecks() throws IOException {
        Map<String, Object> computed = compute();
        String expected;
        try (InputStream in = ReceiptKnownAnswerTest.class.getResourceAsStream("/kat/receipt-example.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> vector = (Map<String, Object>) Json.parse(expected);
        assertEquals(vector.keySet(), computed.keySet());
        for (String k : vector.keySet()) {
            assertEquals(vector.get(k), computed.get(k), k);
        }
        Receipt r = Receipt.parse((String) vector.get("receipt"));
        assertTrue(r.signatureValid(BoardKey.fromSecret(Scalars.encode(BOARD_SECRET)).publicKey()));
    }

    /** Prints the values for the vector file and §13.6 when run by hand. */
    public static void main(String[] args) {
        System.out.println(Json.write(compute()));
    }
}
