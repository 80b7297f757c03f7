package org.unionhall.crypto.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/** Board keys and receipts on their own (protocol §7.4, §8.8): signing, the wire form, and hostile input. */
class ReceiptTest {

    private final SecureRandom random = new SeededRandom(8, "receipt-test");
    private final byte[] he = Hash.keyed(new byte[32], Tag.EXTENDED);
    private final byte[] previous = Hash.keyed(he, Tag.BOARD_GENESIS);
    private final byte[] code = Hash.keyed(he, Tag.TRACKING_CODE, previous);
    private final BoardKey key = BoardKey.generate(random);

    private Receipt receipt() {
        return Receipt.sign(he, key, 1, BoardEntry.State.CAST, previous, code, random);
    }

    @Test
    void aSignedReceiptRoundTripsThroughItsCanonicalJsonAndChecksOnlyUnderItsBoardKey() {
        Receipt r = receipt();
        String json = r.toJson();
        assertTrue(json.startsWith("{\"code\":\"") && json.contains("\"format\":\"unionhall-receipt/2\",\"previous\":"),
                json);
        Receipt back = Receipt.parse(json);
        assertEquals(json, back.toJson());
        assertEquals(1, back.seq());
        assertArrayEquals(code, back.code());
        assertTrue(back.signatureValid(key.publicKey()));
        assertFalse(back.signatureValid(BoardKey.generate(random).publicKey()), "another board key");
        assertTrue(Receipt.parse("  " + json + "\r\n").signatureValid(key.publicKey()), "a pasted line with spaces");
    }

    @Test
    void theSecretRoundTripsAndABadSecretIsRefused() {
        BoardKey again = BoardKey.fromSecret(key.secret());
        assertEquals(key.publicKey(), again.publicKey());
        assertThrows(InvalidInputException.class, () -> BoardKey.fromSecret(new byte[32]));
        assertThrows(InvalidInputException.class, () -> BoardKey.fromSecret(new byte[31]));
        byte[] tooBig = new byte[32];
        java.util.Arrays.fill(tooBig, (byte) 0xff);
        assertThrows(InvalidInputException.class, () -> BoardKey.fromSecret(tooBig));
    }

    @Test
    void changingAnySignedFieldBreaksTheSignature() {
        Receipt r = receipt();
        String json = r.toJson();
        for (String[] change : List.of(new String[] {"\"seq\":1", "\"seq\":2"},
                new String[] {"\"state\":\"cast\"", "\"state\":\"challenged\""})) {
            Receipt altered = Receipt.parse(json.replace(change[0], change[1]));
            assertFalse(altered.signatureValid(key.publicKey()), change[1]);
        }
        Receipt otherCode = Receipt.parse(json.replace(org.unionhall.crypto.record.Bytes.encode(code),
                org.unionhall.crypto.record.Bytes.encode(previous)));
        assertFalse(otherCode.signatureValid(key.publicKey()), "code");
    }

    @Test
    void malformedReceiptsAreRefusedWithAReason() {
        String good = receipt().toJson();
        List<String> hostile = List.of(
                "", "not json", "{}", "[]", "null",
                good.replace("{\"code\"", "{ \"code\""),                                  // not canonical
                good.replace("\"seq\":1", "\"seq\":0"),
                good.replace("\"seq\":1", "\"seq\":-1"),
                good.replace("\"seq\":1", "\"seq\":9007199254740992"),                     // above 2^53−1
                good.replace("\"seq\":1", "\"seq\":" + "9".repeat(400)),
                good.replace("\"seq\":1", "\"seq\":1.5"),
                good.replace("\"seq\":1", "\"seq\":\"1\""),
                good.replace("\"state\":\"cast\"", "\"state\":\"counted\""),
                good.replace("unionhall-receipt/2", "unionhall-receipt/1"),
                good.replace("\"code\":\"", "\"code\":\"A"),                                // 33 bytes / bad base64url
                good.replace("\"code\":\"", "\"code\":\"==") ,
                good.replace("}", ",\"extra\":1}"),
                good.replace("\"signature\":\"", "\"signature\":\"AAAA"),
                good.substring(0, good.length() - 1),
                good + good,
                "{\"code\":\"" + "A".repeat(5000) + "\"}");
        for (String h : hostile) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Receipt.parse(h), h);
            assertTrue(e.getMessage().startsWith("receipt check: ") || e.getMessage().contains("check"), e.getMessage());
        }
    }
}
