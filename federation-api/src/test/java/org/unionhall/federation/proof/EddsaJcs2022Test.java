package org.unionhall.federation.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.unionhall.federation.json.StrictJson;

/** A union signs a ledger checkpoint; a peer checks it whoever relayed it, and refuses forgeries. */
class EddsaJcs2022Test {

    private static final URI UNION = URI.create("https://riders.example/groups/riders");
    private static final URI UNION_KEY = URI.create(UNION + "#ed25519-key");
    private static final URI MALLORY = URI.create("https://mallory.example/groups/mallory");
    private static final URI MALLORY_KEY = URI.create(MALLORY + "#ed25519-key");
    private static final KeyPair UNION_PAIR = Ed25519.generate();
    private static final KeyPair MALLORY_PAIR = Ed25519.generate();
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");

    private static final Map<URI, Multikey> KNOWN = Map.of(
            UNION_KEY, Multikey.of(UNION_KEY, UNION, UNION_PAIR.getPublic()),
            MALLORY_KEY, Multikey.of(MALLORY_KEY, MALLORY, MALLORY_PAIR.getPublic()));
    private static final Function<URI, Optional<Multikey>> KEYS = uri -> Optional.ofNullable(KNOWN.get(uri));

    private static ObjectNode checkpoint() {
        return StrictJson.read("""
                {"@context":["https://www.w3.org/ns/activitystreams","https://w3id.org/security/data-integrity/v1"],
                 "id":"https://riders.example/ledgers/general/checkpoints/12",
                 "type":"LedgerCheckpoint",
                 "attributedTo":"https://riders.example/groups/riders",
                 "transferCount":1200,
                 "headHash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}
                """);
    }

    private static ObjectNode signedByUnion() {
        return EddsaJcs2022.sign(checkpoint(), UNION_PAIR.getPrivate(), UNION_KEY, NOW);
    }

    private static String refusal(ObjectNode document) {
        ProofVerdict verdict = EddsaJcs2022.verify(document, KEYS);
        assertFalse(verdict.isValid());
        return verdict.reason();
    }

    @Test
    void aSignedObjectVerifiesAfterTravellingAsText() {
        ObjectNode received = StrictJson.read(StrictJson.write(signedByUnion()));
        ProofVerdict verdict = EddsaJcs2022.verify(received, KEYS);
        assertTrue(verdict.isValid(), verdict.reason());
        assertEquals(Optional.of(UNION), verdict.controller());
        assertEquals("2026-12-08T01:00:00Z", received.get("proof").get("created").asText());
        assertTrue(received.get("proof").get("proofValue").asText().startsWith("z"));
        assertEquals(received.get("@context"), received.get("proof").get("@context"));
    }

    @Test
    void keyOrderAndWhitespaceDoNotMatterButContentDoes() {
        ObjectNode signed = signedByUnion();
        String reordered = "{\"proof\":" + StrictJson.write(signed.get("proof")) + ",  \"headHash\" : \""
                + signed.get("headHash").asText() + "\"," + StrictJson.write(signed).substring(1)
                        .replaceFirst(",\"headHash\":\"[0-9a-f]+\"", "").replaceFirst(",\"proof\":\\{.*\\}}$", "}");
        assertTrue(EddsaJcs2022.verify(StrictJson.read(reordered), KEYS).isValid());
    }

    @Test
    void aTamperedFieldIsRefused() {
        ObjectNode forged = signedByUnion();
        forged.put("transferCount", 1199);
        assertEquals("the signature does not match the object and proof (altered, or another key)", refusal(forged));
    }

    @Test
    void anAddedFieldIsRefused() {
        ObjectNode forged = signedByUnion();
        forged.put("previousCheckpoint", "00");
        assertTrue(refusal(forged).startsWith("the signature does not match"));
    }

    @Test
    void aChangedProofIsRefused() {
        ObjectNode forged = signedByUnion();
        ((ObjectNode) forged.get("proof")).put("created", "2026-12-09T01:00:00Z");
        assertTrue(refusal(forged).startsWith("the signature does not match"));

        ObjectNode flipped = signedByUnion();
        String value = flipped.get("proof").get("proofValue").asText();
        char last = value.charAt(value.length() - 1);
        ((ObjectNode) flipped.get("proof")).put("proofValue", value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A'));
        assertTrue(refusal(flipped).startsWith("the signature does not match"));
    }

    @Test
    void aProofMadeWithAnotherKeyUnderTheUnionsKeyIdIsRefused() {
        ObjectNode forged = EddsaJcs2022.sign(checkpoint(), MALLORY_PAIR.getPrivate(), UNION_KEY, NOW);
        assertTrue(refusal(forged).startsWith("the signature does not match"));
    }

    @Test
    void aValidProofByAnotherControllerIsRefused() {
        ObjectNode forged = EddsaJcs2022.sign(checkpoint(), MALLORY_PAIR.getPrivate(), MALLORY_KEY, NOW);
        assertEquals("the proof is by " + MALLORY + ", but the object belongs to " + UNION, refusal(forged));
    }

    @Test
    void anUnknownKeyAnUnsignedObjectAndAnOwnerlessObjectAreRefused() {
        URI unknown = URI.create("https://riders.example/groups/riders#other-key");
        assertEquals("unknown verification method " + unknown,
                refusal(EddsaJcs2022.sign(checkpoint(), UNION_PAIR.getPrivate(), unknown, NOW)));
        assertEquals("the object carries no proof", refusal(checkpoint()));
        ObjectNode ownerless = checkpoint();
        ownerless.remove("attributedTo");
        assertTrue(refusal(EddsaJcs2022.sign(ownerless, UNION_PAIR.getPrivate(), UNION_KEY, NOW))
                .startsWith("the object names no owner"));
    }

    @Test
    void otherSuitesPurposesAndProofSetsAreRefused() {
        ObjectNode suite = signedByUnion();
        ((ObjectNode) suite.get("proof")).put("cryptosuite", "eddsa-rdfc-2022");
        assertEquals("`proof.cryptosuite` must be eddsa-jcs-2022, not eddsa-rdfc-2022", refusal(suite));

        ObjectNode purpose = signedByUnion();
        ((ObjectNode) purpose.get("proof")).put("proofPurpose", "authentication");
        assertEquals("`proof.proofPurpose` must be assertionMethod, not authentication", refusal(purpose));

        ObjectNode set = signedByUnion();
        set.putArray("proof").add(set.get("proof"));
        assertEquals("`proof` must be one object (a proof set is not accepted)", refusal(set));

        ObjectNode garbled = signedByUnion();
        ((ObjectNode) garbled.get("proof")).put("proofValue", "uAAAA");
        assertTrue(refusal(garbled).contains("base58btc"));
    }

    @Test
    void aProofWhoseContextIsNotTheDocumentsIsRefused() {
        ObjectNode forged = signedByUnion();
        forged.putArray("@context").add("https://www.w3.org/ns/activitystreams");
        assertEquals("the proof's @context is not the start of the document's @context", refusal(forged));
    }

    @Test
    void anObjectCannotBeSignedTwice() {
        assertThrows(IllegalArgumentException.class,
                () -> EddsaJcs2022.sign(signedByUnion(), UNION_PAIR.getPrivate(), UNION_KEY, NOW));
    }
}
