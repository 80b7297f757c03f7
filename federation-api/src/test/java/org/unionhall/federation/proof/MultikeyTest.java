package org.unionhall.federation.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;
import org.unionhall.federation.json.JsonFormatException;
import org.unionhall.federation.json.StrictJson;

class MultikeyTest {

    @Test
    void aGeneratedKeyRoundTripsThroughItsMultikeyAndJson() {
        KeyPair pair = Ed25519.generate();
        Multikey key = Multikey.of(URI.create("https://a.example/g#k"), URI.create("https://a.example/g"), pair.getPublic());
        assertTrue(key.publicKeyMultibase().startsWith("z6Mk"));
        assertArrayEquals(Ed25519.rawPublicKey(pair.getPublic()), Ed25519.rawPublicKey(key.publicKey()));
        assertEquals(key, Multikey.fromJson(StrictJson.read(StrictJson.write(key.toJson())), "assertionMethod"));
    }

    @Test
    void base58KeepsLeadingZeroBytes() {
        byte[] bytes = {0, 0, 1, 2, (byte) 255};
        assertArrayEquals(bytes, Base58Btc.decode(Base58Btc.encode(bytes)));
        assertEquals("z11", Base58Btc.encode(new byte[2]));
    }

    @Test
    void refusesWhatIsNotAnEd25519PublicKey() {
        assertThrows(ProofException.class, () -> Multikey.decodePublicKey("6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"));
        assertThrows(ProofException.class, () -> Multikey.decodePublicKey("z0OIl"));
        assertThrows(ProofException.class, () -> Multikey.decodePublicKey(Base58Btc.encode(new byte[34])));
        byte[] p256 = new byte[35];
        p256[0] = (byte) 0x80;
        p256[1] = 0x24;
        assertThrows(ProofException.class, () -> Multikey.decodePublicKey(Base58Btc.encode(p256)));
        String message = assertThrows(JsonFormatException.class, () -> Multikey.fromJson(StrictJson.read(
                "{\"id\":\"https://a.example/g#k\",\"type\":\"Multikey\",\"controller\":\"https://a.example/g\","
                        + "\"publicKeyMultibase\":\"zQ3s\"}"), "assertionMethod")).getMessage();
        assertTrue(message.startsWith("`assertionMethod.publicKeyMultibase` must be an Ed25519 Multikey"), message);
    }
}
