package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;

import org.junit.jupiter.api.Test;

/** Public keys as ActivityPub actors publish them in {@code publicKeyPem}, and what is not one. */
class PemTest {

    @Test
    void anRsaKeyWrittenAsSpkiReadsBackEqual() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = Pem.write(pair.getPublic());
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"), pem);
        assertTrue(pem.endsWith("\n-----END PUBLIC KEY-----\n"));
        assertTrue(pem.lines().allMatch(line -> line.length() <= 64));
        assertEquals(pair.getPublic(), Pem.readPublicKey(pem));
        assertEquals(pair.getPrivate(), Pem.readPrivateKey(Pem.write(pair.getPrivate())));
    }

    @Test
    void aPublicKeyPemWithoutLineBreaksReads() {
        String pem = Rfc8792.text("rfc9421-B.1.2-test-key-rsa-pss.pem");
        String oneLine = pem.substring(0, pem.indexOf("-----END PUBLIC KEY-----") + 24).replace("\n", "");
        assertEquals(2048, ((RSAPublicKey) Pem.readPublicKey(oneLine)).getModulus().bitLength());
    }

    @Test
    void aPkcs1RsaPublicKeyReadsAsTheSameKey() {
        PublicKey pkcs1 = Pem.readPublicKey(Rfc8792.text("rfc9421-B.1.1-test-key-rsa.pem"));
        PublicKey spki = Pem.readPublicKey(Pem.write(pkcs1));
        assertEquals(pkcs1, spki);
        assertEquals("RSA", spki.getAlgorithm());
    }

    @Test
    void notAKeyIsRefusedWithAReason() {
        assertEquals("no -----BEGIN PUBLIC KEY----- block (nor [RSA PUBLIC KEY])",
                assertThrows(IllegalArgumentException.class, () -> Pem.readPublicKey("hello")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pem.readPublicKey(
                "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
        assertThrows(IllegalArgumentException.class, () -> Pem.readPublicKey(
                "-----BEGIN PUBLIC KEY-----\n@@@@\n-----END PUBLIC KEY-----"));
        assertThrows(IllegalArgumentException.class, () -> Pem.readPrivateKey(
                Rfc8792.text("rfc9421-B.1.4-test-key-ed25519.pem").replace("PRIVATE KEY", "CERTIFICATE")));
    }
}
