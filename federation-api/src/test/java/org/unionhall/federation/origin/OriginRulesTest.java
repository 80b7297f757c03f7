package org.unionhall.federation.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.unionhall.federation.activity.Activity;
import org.unionhall.federation.activity.LedgerCheckpoint;
import org.unionhall.federation.activity.Messages;
import org.unionhall.federation.activity.Received;
import org.unionhall.federation.json.StrictJson;
import org.unionhall.federation.origin.OriginVerdict.Accepted;
import org.unionhall.federation.origin.OriginVerdict.Authentication;
import org.unionhall.federation.proof.Ed25519;
import org.unionhall.federation.proof.EddsaJcs2022;
import org.unionhall.federation.proof.Multikey;

/** The inbox of a union on riders.example judges what other servers deliver. */
class OriginRulesTest {

    private static final URI RIDERS = URI.create("https://riders.example/groups/riders");
    private static final URI ALICE = URI.create("https://mastodon.example/users/alice");
    private static final URI ALICE_KEY = URI.create(ALICE + "#ed25519-key");
    private static final URI MALLORY = URI.create("https://mallory.example/users/mallory");
    private static final URI FEDERATION = URI.create("https://federation.example/groups/platform-workers");
    private static final URI FEDERATION_KEY = URI.create(FEDERATION + "#ed25519-key");
    private static final KeyPair ALICE_PAIR = Ed25519.generate();
    private static final KeyPair FEDERATION_PAIR = Ed25519.generate();
    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");
    private static final Map<URI, Multikey> KNOWN = Map.of(
            ALICE_KEY, Multikey.of(ALICE_KEY, ALICE, ALICE_PAIR.getPublic()),
            FEDERATION_KEY, Multikey.of(FEDERATION_KEY, FEDERATION, FEDERATION_PAIR.getPublic()));
    private static final Function<URI, Optional<Multikey>> KEYS = id -> Optional.ofNullable(KNOWN.get(id));

    private static final String FOLLOW = """
            {"@context":"https://www.w3.org/ns/activitystreams",
             "id":"https://mastodon.example/9c5b4d1e-5f0a-4c39-8a3e-2a1f5b0e7d21",
             "type":"Follow","actor":"https://mastodon.example/users/alice",
             "object":"https://riders.example/groups/riders"}
            """;

    private static final String NOTE = """
            {"id":"https://mastodon.example/users/alice/statuses/1","type":"Note",
             "attributedTo":"https://mastodon.example/users/alice",
             "content":"<p>Who is coming to the Friday picket?</p>","published":"2026-12-08T12:00:00Z"}""";

    private static final String CREATE = """
            {"@context":"https://www.w3.org/ns/activitystreams",
             "id":"https://mastodon.example/users/alice/statuses/1/activity","type":"Create",
             "actor":"https://mastodon.example/users/alice","object":%s}""";

    private static String announce(String inner) {
        return """
                {"@context":"https://www.w3.org/ns/activitystreams",
                 "id":"https://federation.example/groups/platform-workers/activities/announce/88","type":"Announce",
                 "actor":"https://federation.example/groups/platform-workers",
                 "to":["https://www.w3.org/ns/activitystreams#Public"],"object":%s}""".formatted(inner);
    }

    private static OriginVerdict judge(String json, URI keyOwner) {
        return OriginRules.judge(Messages.read(json), Optional.ofNullable(keyOwner), KEYS);
    }

    private static String refusal(String json, URI keyOwner) {
        OriginVerdict verdict = judge(json, keyOwner);
        assertFalse(verdict.accepted(), verdict.reason());
        return verdict.reason();
    }

    private static Accepted accepted(String json, URI keyOwner) {
        OriginVerdict verdict = judge(json, keyOwner);
        assertTrue(verdict.accepted(), verdict.reason());
        return assertInstanceOf(Accepted.class, verdict);
    }

    private static String signed(String json, KeyPair pair, URI key) {
        return StrictJson.write(EddsaJcs2022.sign(StrictJson.read(json), pair.getPrivate(), key, NOW));
    }

    @Test
    void acceptsAFollowSignedByItsActor() {
        Accepted verdict = accepted(FOLLOW, ALICE);
        assertEquals(Authentication.HTTP_SIGNATURE, verdict.authenticatedBy());
        assertEquals(ObjectTrust.REFERENCE, verdict.objectTrust());
    }

    @Test
    void refusesAnActivitySignedWithAnotherActorsKey() {
        assertEquals("the request was signed with a key of " + MALLORY + ", not of the activity's actor " + ALICE,
                refusal(FOLLOW, MALLORY));
    }

    @Test
    void refusesAnActivityWithNeitherSignatureNorProof() {
        assertEquals("the activity carries neither an HTTP signature nor an integrity proof", refusal(FOLLOW, null));
    }

    @Test
    void refusesAnActivityIdOfAnotherOriginEvenAnotherPort() {
        String elsewhere = FOLLOW.replace("https://mastodon.example/9c5b", "https://mallory.example/9c5b");
        assertEquals("the activity id https://mallory.example/9c5b4d1e-5f0a-4c39-8a3e-2a1f5b0e7d21 is not of its actor's "
                + "origin https://mastodon.example:443", refusal(elsewhere, ALICE));
        String port = FOLLOW.replace("https://mastodon.example/9c5b", "https://mastodon.example:8443/9c5b");
        assertTrue(refusal(port, ALICE).startsWith("the activity id https://mastodon.example:8443/"));
        String http = FOLLOW.replace("https://mastodon.example/9c5b", "http://mastodon.example/9c5b");
        assertTrue(refusal(http, ALICE).startsWith("the activity id http://mastodon.example/"));
        String explicitPort = FOLLOW.replace("https://mastodon.example/9c5b", "https://MASTODON.example:443/9c5b");
        accepted(explicitPort, ALICE);
    }

    @Test
    void acceptsAnUpdateOrDeleteOfTheActorsOwnObject() {
        String update = CREATE.formatted(NOTE).replace("\"Create\"", "\"Update\"").replace("/activity\"", "/update\"");
        assertEquals(ObjectTrust.SAME_ORIGIN, accepted(update, ALICE).objectTrust());
        String delete = """
                {"@context":"https://www.w3.org/ns/activitystreams","id":"https://mastodon.example/users/alice/statuses/1#delete",
                 "type":"Delete","actor":"https://mastodon.example/users/alice",
                 "object":"https://mastodon.example/users/alice/statuses/1"}""";
        accepted(delete, ALICE);
    }

    @Test
    void refusesAnUpdateDeleteOrUndoOfAnotherOriginsObject() {
        String delete = """
                {"@context":"https://www.w3.org/ns/activitystreams","id":"https://mallory.example/users/mallory#delete/1",
                 "type":"Delete","actor":"https://mallory.example/users/mallory",
                 "object":"https://mastodon.example/users/alice/statuses/1"}""";
        assertEquals("Delete may only touch an object of its actor's origin https://mallory.example:443, "
                + "not https://mastodon.example/users/alice/statuses/1", refusal(delete, MALLORY));

        String update = """
                {"@context":"https://www.w3.org/ns/activitystreams","id":"https://mallory.example/users/mallory#update/1",
                 "type":"Update","actor":"https://mallory.example/users/mallory","object":%s}""".formatted(NOTE);
        assertTrue(refusal(update, MALLORY).startsWith("Update may only touch an object of its actor's origin"));

        String undo = """
                {"@context":"https://www.w3.org/ns/activitystreams","id":"https://mallory.example/users/mallory#undo/1",
                 "type":"Undo","actor":"https://mallory.example/users/mallory","object":%s}"""
                .formatted(FOLLOW.replace("{\"@context\":\"https://www.w3.org/ns/activitystreams\",", "{"));
        assertTrue(refusal(undo, MALLORY).startsWith("Undo may only touch an object of its actor's origin"));

        String updateClaimingOwner = """
                {"@context":"https://www.w3.org/ns/activitystreams","id":"https://mallory.example/users/mallory#update/2",
                 "type":"Update","actor":"https://mallory.example/users/mallory","object":%s}"""
                .formatted(NOTE.replace("https://mastodon.example/users/alice/statuses/1", "https://mallory.example/notes/1"));
        assertEquals("Update may only touch an object owned at its actor's origin, not one of " + ALICE,
                refusal(updateClaimingOwner, MALLORY));
    }

    @Test
    void refusesACreateOfAnObjectAttributedToSomeoneElse() {
        String create = CREATE.formatted(NOTE.replace("\"attributedTo\":\"https://mastodon.example/users/alice\"",
                "\"attributedTo\":\"https://mastodon.example/users/bob\""));
        assertEquals("Create by " + ALICE + " of an object owned by https://mastodon.example/users/bob: "
                + "only an object's owner may create it", refusal(create, ALICE));
    }

    @Test
    void aGroupsAnnounceOfAnotherOriginsCreateIsUsedByIdOnly() {
        Accepted verdict = accepted(announce(CREATE.formatted(NOTE).replace("{\"@context\":\"https://www.w3.org/ns/activitystreams\",", "{")), FEDERATION);
        assertEquals(ObjectTrust.FETCH_BY_ID, verdict.objectTrust());
        assertEquals("accepted; the embedded object is another origin's claim, fetch it by id", verdict.reason());
    }

    @Test
    void anEmbeddedActivityProvenByItsOwnActorIsTrustedWhoeverRelaysIt() {
        String create = signed(CREATE.formatted(NOTE), ALICE_PAIR, ALICE_KEY);
        Accepted verdict = accepted(announce(create), FEDERATION);
        assertEquals(ObjectTrust.PROVEN, verdict.objectTrust());
        assertEquals("accepted; the object carries a valid proof by its owner " + ALICE, verdict.reason());
    }

    @Test
    void anEmbeddedActivityWithABrokenOrForeignProofIsUsedByIdOnly() {
        ObjectNode tampered = StrictJson.read(signed(CREATE.formatted(NOTE), ALICE_PAIR, ALICE_KEY));
        ((ObjectNode) tampered.get("object")).put("content", "<p>The picket is cancelled.</p>");
        Accepted verdict = accepted(announce(StrictJson.write(tampered)), FEDERATION);
        assertEquals(ObjectTrust.FETCH_BY_ID, verdict.objectTrust());
        assertTrue(verdict.reason().contains("the signature does not match"), verdict.reason());

        String byFederation = signed(CREATE.formatted(NOTE), FEDERATION_PAIR, FEDERATION_KEY);
        Accepted relayed = accepted(announce(byFederation), FEDERATION);
        assertEquals(ObjectTrust.FETCH_BY_ID, relayed.objectTrust());
        assertTrue(relayed.reason().contains("but the object belongs to " + ALICE), relayed.reason());
    }

    @Test
    void anActivityProvenByItsActorIsAcceptedFromARelay() {
        String create = signed(CREATE.formatted(NOTE), ALICE_PAIR, ALICE_KEY);
        Accepted verdict = accepted(create, FEDERATION);
        assertEquals(Authentication.INTEGRITY_PROOF, verdict.authenticatedBy());
        assertEquals(ObjectTrust.SAME_ORIGIN, verdict.objectTrust());
        accepted(create, null);
    }

    @Test
    void anActivityWhoseOwnProofFailsIsRefusedEvenIfTheRequestWasSigned() {
        ObjectNode tampered = StrictJson.read(signed(CREATE.formatted(NOTE), ALICE_PAIR, ALICE_KEY));
        ((ObjectNode) tampered.get("object")).put("content", "<p>The picket is cancelled.</p>");
        assertEquals("the activity's integrity proof is refused: the signature does not match the object and proof "
                + "(altered, or another key)", refusal(StrictJson.write(tampered), ALICE));

        String byOther = signed(CREATE.formatted(NOTE), FEDERATION_PAIR, FEDERATION_KEY);
        assertEquals("the activity's integrity proof is refused: the proof is by " + FEDERATION
                + ", but the object belongs to " + ALICE, refusal(byOther, FEDERATION));
    }

    @Test
    void ourOwnMessagesPassOurOwnRules() {
        URI union = URI.create("https://riders.example/groups/riders");
        LedgerCheckpoint checkpoint = new LedgerCheckpoint(URI.create(union + "/checkpoints/12"),
                union, URI.create(union + "/ledgers/general"), "EUR", 3,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                new LedgerCheckpoint.TrialBalance(500, 500), Optional.empty(), NOW);
        Activity create = Activity.create(URI.create(union + "/activities/1"), union,
                checkpoint, List.of(FEDERATION), List.of(), NOW);
        OriginVerdict verdict = OriginRules.judge(Received.of(create), Optional.of(RIDERS), KEYS);
        assertEquals(ObjectTrust.SAME_ORIGIN, assertInstanceOf(Accepted.class, verdict).objectTrust());
    }

    @Test
    void originsCompareSchemeHostAndPort() {
        assertEquals(new Origin("https", "riders.example", 443), Origin.of(URI.create("https://Riders.Example/groups/x")));
        assertTrue(Origin.same(URI.create("https://a.example/x"), URI.create("https://a.example:443/y")));
        assertFalse(Origin.same(URI.create("https://a.example/x"), URI.create("https://b.a.example/x")));
        assertFalse(Origin.same(URI.create("did:key:z6Mk"), URI.create("https://a.example/x")));
    }

    @Test
    void anActorDocumentMustComeFromItsOriginAndNameOnlyItsOwnInboxAndKeys() {
        String riders = """
                {"@context":["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1"],
                 "id":"https://riders.example/groups/riders","type":"Group","preferredUsername":"riders",
                 "name":"Riders' Union","inbox":"https://riders.example/groups/riders/inbox",
                 "outbox":"https://riders.example/groups/riders/outbox",
                 "followers":"https://riders.example/groups/riders/followers",
                 "publicKey":{"id":"https://riders.example/groups/riders#main-key",
                              "owner":"https://riders.example/groups/riders",
                              "publicKeyPem":"-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEA\\n-----END PUBLIC KEY-----"},
                 "assertionMethod":[{"id":"https://riders.example/groups/riders#ed25519-key","type":"Multikey",
                                     "controller":"https://riders.example/groups/riders",
                                     "publicKeyMultibase":"%s"}]}
                """.formatted(Multikey.encode(ALICE_PAIR.getPublic()));
        URI fetched = URI.create("https://riders.example/groups/riders");
        assertEquals(Optional.empty(), OriginRules.refuseActor(Messages.read(riders).message(), fetched));
        assertEquals(Optional.of("the actor " + RIDERS + " was served by another origin, https://mallory.example:443"),
                OriginRules.refuseActor(Messages.read(riders).message(), URI.create("https://mallory.example/riders")));
        String stolenInbox = riders.replace("\"https://riders.example/groups/riders/inbox\"", "\"https://mallory.example/inbox\"");
        assertEquals(Optional.of("the actor " + RIDERS + " names https://mallory.example/inbox, which is not of its origin "
                + "https://riders.example:443"), OriginRules.refuseActor(Messages.read(stolenInbox).message(), fetched));
        String foreignKey = riders.replace("\"https://riders.example/groups/riders#ed25519-key\"",
                "\"https://mallory.example/keys/1\"");
        assertTrue(OriginRules.refuseActor(Messages.read(foreignKey).message(), fetched).orElseThrow()
                .contains("names https://mallory.example/keys/1"));
        assertEquals(Optional.of("a Follow is not an actor of the federation"),
                OriginRules.refuseActor(Messages.read(FOLLOW).message(), URI.create("https://mastodon.example/x")));
    }
}
