package org.unionhall.federation.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.federation.activity.Fixtures.ALICE;
import static org.unionhall.federation.activity.Fixtures.RIDERS;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.unionhall.federation.json.JsonFormatException;
import org.unionhall.federation.json.StrictJson;
import org.unionhall.federation.json.Vocabulary;

class MessagesTest {

    /** A Follow exactly as Mastodon sends it to a Group's inbox. */
    static final String MASTODON_FOLLOW = """
            {"@context":"https://www.w3.org/ns/activitystreams",
             "id":"https://mastodon.example/9c5b4d1e-5f0a-4c39-8a3e-2a1f5b0e7d21",
             "type":"Follow",
             "actor":"https://mastodon.example/users/alice",
             "object":"https://riders.example/groups/riders"}
            """;

    /** A Group's Announce of a member's Create, as FEP-1b12 describes and Lemmy sends it. */
    static final String GROUP_ANNOUNCES_CREATE = """
            {"@context":["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1"],
             "id":"https://riders.example/groups/riders/activities/announce/88",
             "type":"Announce",
             "actor":"https://riders.example/groups/riders",
             "to":["https://www.w3.org/ns/activitystreams#Public"],
             "cc":["https://riders.example/groups/riders/followers"],
             "published":"2026-12-08T12:00:05Z",
             "object":{
               "id":"https://mastodon.example/users/alice/statuses/1/activity",
               "type":"Create",
               "actor":"https://mastodon.example/users/alice",
               "published":"2026-12-08T12:00:00Z",
               "to":["https://riders.example/groups/riders"],
               "cc":["as:Public"],
               "object":{
                 "id":"https://mastodon.example/users/alice/statuses/1",
                 "type":"Note",
                 "attributedTo":"https://mastodon.example/users/alice",
                 "content":"<p>Who is coming to the Friday picket?</p>",
                 "published":"2026-12-08T12:00:00Z",
                 "sensitive":false,
                 "tag":[{"type":"Mention","href":"https://riders.example/groups/riders"}],
                 "to":["https://riders.example/groups/riders"],
                 "cc":["https://www.w3.org/ns/activitystreams#Public"]}}}
            """;

    private static String refusal(String json) {
        return assertThrows(JsonFormatException.class, () -> Messages.read(json)).getMessage();
    }

    @Test
    void readsMastodonsFollowOfAGroupAndAnswersWithAnAcceptItUnderstands() {
        Activity follow = Messages.read(MASTODON_FOLLOW).activity();
        assertEquals(ActivityType.FOLLOW, follow.activityType());
        assertEquals(ALICE, follow.actor());
        assertEquals(ObjectRef.to(RIDERS), follow.object());

        Activity accept = Activity.accept(URI.create(RIDERS + "/activities/accept/1"), follow);
        ObjectNode sent = StrictJson.read(Messages.write(accept));
        assertEquals("Accept", sent.get("type").asText());
        assertEquals(RIDERS.toString(), sent.get("actor").asText());
        assertEquals(ALICE.toString(), sent.get("to").get(0).asText());
        assertEquals("https://mastodon.example/9c5b4d1e-5f0a-4c39-8a3e-2a1f5b0e7d21", sent.get("object").get("id").asText());
        assertEquals("Follow", sent.get("object").get("type").asText());
        assertEquals(Vocabulary.ACTIVITY_STREAMS, sent.get("@context").get(0).asText());
        assertEquals(accept, Messages.read(Messages.write(accept)).message());
    }

    @Test
    void readsMastodonsUndoOfAFollow() {
        String undo = """
                {"@context":"https://www.w3.org/ns/activitystreams",
                 "id":"https://mastodon.example/users/alice#follows/42/undo",
                 "type":"Undo",
                 "actor":"https://mastodon.example/users/alice",
                 "object":{"id":"https://mastodon.example/9c5b4d1e-5f0a-4c39-8a3e-2a1f5b0e7d21","type":"Follow",
                           "actor":"https://mastodon.example/users/alice","object":"https://riders.example/groups/riders"}}
                """;
        Activity activity = Messages.read(undo).activity();
        assertEquals(ActivityType.UNDO, activity.activityType());
        Activity follow = assertInstanceOf(Activity.class, activity.object().embedded().orElseThrow());
        assertEquals(ActivityType.FOLLOW, follow.activityType());
        assertEquals(RIDERS, follow.object().id());
    }

    @Test
    void readsAGroupsAnnounceOfAMembersCreate() {
        Activity announce = Messages.read(GROUP_ANNOUNCES_CREATE).activity();
        assertEquals(ActivityType.ANNOUNCE, announce.activityType());
        assertEquals(RIDERS, announce.actor());
        Activity create = assertInstanceOf(Activity.class, announce.object().embedded().orElseThrow());
        assertEquals(ActivityType.CREATE, create.activityType());
        assertEquals(List.of(Vocabulary.PUBLIC), create.cc());
        Note note = assertInstanceOf(Note.class, create.object().embedded().orElseThrow());
        assertEquals("<p>Who is coming to the Friday picket?</p>", note.content());
        assertEquals(Optional.of(ALICE), note.owner());
    }

    @Test
    void readsAMastodonPollAsAQuestion() {
        String poll = """
                {"@context":["https://www.w3.org/ns/activitystreams",{"toot":"http://joinmastodon.org/ns#"}],
                 "id":"https://mastodon.example/users/alice/statuses/2","type":"Question",
                 "attributedTo":"https://mastodon.example/users/alice",
                 "content":"<p>Should the riders join the federation?</p>",
                 "published":"2026-12-08T12:00:00Z","endTime":"2026-12-09T12:00:00Z",
                 "to":["https://www.w3.org/ns/activitystreams#Public"],
                 "oneOf":[{"type":"Note","name":"Yes","replies":{"type":"Collection","totalItems":3}},
                          {"type":"Note","name":"No","replies":{"type":"Collection","totalItems":1}}],
                 "votersCount":4}
                """;
        Question question = assertInstanceOf(Question.class, Messages.read(poll).message());
        assertEquals(List.of("Yes", "No"), question.oneOf());
        assertEquals(Optional.of(Instant.parse("2026-12-09T12:00:00Z")), question.endTime());
        assertEquals("`oneOf` must hold at least two different, non-blank options",
                refusal(poll.replace("\"name\":\"No\"", "\"name\":\"Yes\"")));
    }

    @Test
    void everyMessageRoundTripsThroughItsDocument() {
        for (FederationObject message : Fixtures.everyType()) {
            String text = Messages.write(message);
            assertEquals(message, Messages.read(text).message(), text);
            assertEquals(text, Messages.write(Messages.read(text).message()));
        }
    }

    @Test
    void aGroupPublishesBothItsKeysAsPeersReadThem() {
        ObjectNode group = Messages.document(Fixtures.riders());
        assertEquals(RIDERS.toString(), group.get("publicKey").get("owner").asText());
        assertTrue(group.get("publicKey").get("publicKeyPem").asText().startsWith("-----BEGIN PUBLIC KEY-----"));
        ObjectNode multikey = (ObjectNode) group.get("assertionMethod").get(0);
        assertEquals("Multikey", multikey.get("type").asText());
        assertEquals(RIDERS.toString(), multikey.get("controller").asText());
        assertTrue(multikey.get("publicKeyMultibase").asText().startsWith("z6Mk"));
        assertEquals(Optional.of(Fixtures.riders().assertionMethod().get(0)),
                Fixtures.riders().assertionKey(Fixtures.RIDERS_ED25519));
    }

    @Test
    void refusesAnObjectThatIsNeitherAStringNorAnObject() {
        assertEquals("`object` must be a string or an object", refusal(MASTODON_FOLLOW.replace(
                "\"object\":\"https://riders.example/groups/riders\"", "\"object\":42")));
        assertEquals("`object` must be a string or an object", refusal(MASTODON_FOLLOW.replace(
                "\"object\":\"https://riders.example/groups/riders\"", "\"object\":[\"https://riders.example/groups/riders\"]")));
        assertEquals("`object` is missing (it must be a string or an object)", refusal(MASTODON_FOLLOW.replace(
                ",\n \"object\":\"https://riders.example/groups/riders\"", "")));
    }

    @Test
    void refusesWhatIsNotActivityStreams() {
        assertEquals("`@context` must include https://www.w3.org/ns/activitystreams",
                refusal(MASTODON_FOLLOW.replace("\"https://www.w3.org/ns/activitystreams\"", "\"https://evil.example/ns\"")));
        assertEquals("`type` must be a string", refusal(MASTODON_FOLLOW.replace("\"Follow\"", "[\"Follow\"]")));
        assertEquals("`type` Like is not a message the federation exchanges",
                refusal(MASTODON_FOLLOW.replace("\"Follow\"", "\"Like\"")));
        assertEquals("`actor` must be an absolute https URI",
                refusal(MASTODON_FOLLOW.replace("\"https://mastodon.example/users/alice\"", "\"alice\"")));
    }

    @Test
    void namesTheNestedFieldThatIsWrong() {
        assertEquals("`object.object.content` is missing (it must be a string)",
                refusal(GROUP_ANNOUNCES_CREATE.replace("\"content\":\"<p>Who is coming to the Friday picket?</p>\",", "")));
        assertEquals("`object.object.id` is missing (it must be an absolute https URI)",
                refusal(GROUP_ANNOUNCES_CREATE.replace("\"id\":\"https://mastodon.example/users/alice/statuses/1\",", "")));
    }

    @Test
    void refusesAFractionalWeightAndOtherImpossibleRecords() {
        String vote = Messages.write(Activity.create(URI.create(RIDERS + "/activities/1"), RIDERS,
                Fixtures.everyType().get(5), List.of(Fixtures.FEDERATION), List.of(), Fixtures.NOON));
        assertEquals("`object.weight` must be an integer", refusal(vote.replace("\"weight\":412", "\"weight\":412.5")));
        assertEquals("`object.weight` must be an integer", refusal(vote.replace("\"weight\":412", "\"weight\":\"412\"")));
        assertEquals("`weight` must be at least 1, not 0", refusal(vote.replace("\"weight\":412", "\"weight\":0")));

        String checkpoint = Messages.write(Fixtures.everyType().get(8));
        assertEquals("`trialBalance` must balance: debits 9876500 ≠ credits 9876499",
                refusal(checkpoint.replace("\"credits\":9876500", "\"credits\":9876499")));
        assertEquals("`headHash` must be a SHA-256 digest as 64 lowercase hex digits",
                refusal(checkpoint.replace(Fixtures.DIGEST, "abc")));
        assertEquals("`currency` must be an ISO 4217 code such as EUR", refusal(checkpoint.replace("\"EUR\"", "\"euro\"")));

        String motion = Messages.write(Fixtures.motion());
        assertEquals("`closes` must be after `opens`", refusal(motion.replace("2026-12-15T12:00:00Z", "2026-12-01T12:00:00Z")));
        assertEquals("`options` must hold at least two different, non-blank options",
                refusal(motion.replace("[\"yes\",\"no\",\"abstain\"]", "[\"yes\",\"yes\"]")));
    }

    @Test
    void refusesAGroupWhoseKeysAreSomeoneElses() {
        String group = Messages.write(Fixtures.riders());
        assertEquals("`publicKey.owner` must be the actor " + RIDERS + ", not https://evil.example/groups/riders",
                refusal(group.replace("\"owner\":\"" + RIDERS + "\"", "\"owner\":\"https://evil.example/groups/riders\"")));
        assertEquals("`assertionMethod` keys must be controlled by the Group " + RIDERS
                        + ", not https://evil.example/groups/riders",
                refusal(group.replace("\"controller\":\"" + RIDERS + "\"", "\"controller\":\"https://evil.example/groups/riders\"")));
    }

    @Test
    void anAcceptMustAnswerAFollow() {
        String accept = Messages.write(Activity.accept(URI.create(RIDERS + "/accept/1"),
                Messages.read(MASTODON_FOLLOW).activity()));
        assertEquals("`object` of Accept must be a Follow", refusal(accept.replace("\"type\":\"Follow\"", "\"type\":\"Announce\"")));
    }
}
