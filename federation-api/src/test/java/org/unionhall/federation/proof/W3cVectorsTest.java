package org.unionhall.federation.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.unionhall.federation.json.Jcs;
import org.unionhall.federation.json.StrictJson;

/**
 * The eddsa-jcs-2022 vectors of Data Integrity EdDSA Cryptosuites v1.0 (files and their source
 * in {@code src/test/resources/eddsa-jcs-2022/README.md}), step by step.
 */
class W3cVectorsTest {

    private static String text(String name) {
        try (InputStream in = W3cVectorsTest.class.getResourceAsStream("/eddsa-jcs-2022/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode json(String name) {
        return StrictJson.read(text(name));
    }

    private static final ObjectNode KEY_PAIR = json("keyPair.json");
    private static final String PUBLIC = KEY_PAIR.get("publicKeyMultibase").asText();
    private static final PrivateKey SECRET = Multikey.decodeSecretKey(KEY_PAIR.get("privateKeyMultibase").asText());
    private static final URI METHOD = URI.create("did:key:" + PUBLIC + "#" + PUBLIC);

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void thePublicKeyIsAnEd25519MultikeyThatEncodesBackTheSame() {
        assertTrue(PUBLIC.startsWith("z6Mk"));
        assertEquals(PUBLIC, Multikey.encode(Multikey.decodePublicKey(PUBLIC)));
    }

    @Test
    void canonicalFormsAndHashesAreTheSpecs() throws Exception {
        byte[] document = Jcs.canonicalize(json("unsigned.json"));
        byte[] config = Jcs.canonicalize(json("proofConfigJCS.json"));
        assertEquals(text("canonDocJCS.txt"), new String(document, StandardCharsets.UTF_8));
        assertEquals(text("proofCanonJCS.txt"), new String(config, StandardCharsets.UTF_8));
        assertEquals(text("docHashJCS.txt"), sha256Hex(document));
        assertEquals(text("proofHashJCS.txt"), sha256Hex(config));
        assertEquals(text("combinedHashJCS.txt"),
                HexFormat.of().formatHex(EddsaJcs2022.hashData(json("proofConfigJCS.json"), json("unsigned.json"))));
    }

    @Test
    void signingTheExampleGivesTheSpecsSignatureAndSignedDocument() {
        byte[] combined = HexFormat.of().parseHex(text("combinedHashJCS.txt"));
        byte[] signature = Ed25519.sign(SECRET, combined);
        assertEquals(text("sigHexJCS.txt"), HexFormat.of().formatHex(signature));
        assertEquals(text("sigBTC58JCS.txt"), Base58Btc.encode(signature));
        assertArrayEquals(signature, Base58Btc.decode(text("sigBTC58JCS.txt")));

        ObjectNode signed = EddsaJcs2022.sign(json("unsigned.json"), SECRET, METHOD,
                Instant.parse("2023-02-24T23:36:38Z"));
        assertEquals(json("signedJCS.json"), signed);
    }

    @Test
    void theSpecsSignedDocumentVerifiesWithItsKey() {
        Multikey key = new Multikey(METHOD, URI.create("did:key:" + PUBLIC), PUBLIC);
        ProofVerdict verdict = EddsaJcs2022.verifySignature(json("signedJCS.json"), key);
        assertTrue(verdict.isValid(), verdict.reason());
        assertEquals(Optional.of(URI.create("did:key:" + PUBLIC)), verdict.controller());
    }
}
