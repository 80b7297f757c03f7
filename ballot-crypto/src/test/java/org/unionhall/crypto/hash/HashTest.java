package org.unionhall.crypto.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class HashTest {

    @Test
    void taggedIsSha256OfTheFramedMessage() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(Hex.decode(
                "0000001a" + Hex.toHexString("unionhall/v1/election-base".getBytes()) + "00000002" + "abcd"));
        assertArrayEquals(expected, Hash.tagged(Tag.ELECTION_BASE, Hex.decode("abcd")));
    }

    @Test
    void framingSeparatesParts() {
        byte[] key = new byte[32];
        byte[] a = Hash.keyed(key, Tag.BALLOT, Hex.decode("0102"), Hex.decode("03"));
        byte[] b = Hash.keyed(key, Tag.BALLOT, Hex.decode("01"), Hex.decode("0203"));
        assertFalse(MessageDigest.isEqual(a, b));
    }

    @Test
    void everyTagIsDistinctAndVersioned() {
        Set<String> seen = new HashSet<>();
        for (Tag t : Tag.values()) {
            assertTrue(seen.add(t.ascii()));
            // Version 2 adds tags for what it adds only; everything version 1 hashes keeps its v1 tag.
            assertTrue(t.ascii().matches("unionhall/v[12]/[a-z-]+"), t.ascii());
            assertTrue(t.ascii().startsWith("unionhall/v1/") || java.util.List.of(Tag.BOARD_GENESIS_V2, Tag.RECEIPT,
                    Tag.RECEIPT_SIGNATURE).contains(t), t.ascii());
        }
    }

    @Test
    void challengesAre128Bits() {
        byte[] h = Hash.keyed(new byte[32], Tag.SELECTION_PROOF, List.of(new byte[] {1}));
        assertEquals(new java.math.BigInteger(1, java.util.Arrays.copyOf(h, 16)),
                Hash.challenge(new byte[32], Tag.SELECTION_PROOF, List.of(new byte[] {1})));
    }

    @Test
    void integersAreBigEndian() {
        assertArrayEquals(Hex.decode("00000102"), Hash.u32(258));
        assertArrayEquals(Hex.decode("0000000000000102"), Hash.u64(258));
    }
}
