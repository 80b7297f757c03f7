package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Members;

/**
 * Issue 13, item 6: an independent ActivityPub implementation follows a union. A small server
 * built on Fedify (npm {@code @fedify/fedify} 2.3.6 on Node 22, installed under {@code target/fedify}
 * by this test) finds the demo union by WebFinger, reads its Group actor, follows it and gets the
 * union's Accept; when a vote opens on a union motion, and when a result is published, it receives
 * the union's {@code Create(Note)}.
 * Fedify checks the HTTP signature of each with its own code before it records anything. In the
 * other direction Unionhall verifies Fedify's signatures in both styles, and refuses a signed body
 * that was changed, an unsigned request and a follower on a host its operator blocked; an Undo
 * removes the follower. An inbox that refuses draft-cavage-12 with 401 gets its Accept signed RFC
 * 9421 at the second knock, and the post of the vote reaches the two followers' shared inbox once.
 * A follower that rotates its key is believed after its key is fetched again.
 * One server start; the test fails, never skips, when Node 22 or Fedify cannot be installed.
 */
class FedifyFollowerIT {
    private static final String UNION = SecretBallot.UNION;
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aFedifyServerFollowsAUnionAndReceivesItsSignedAnnouncements() throws Exception {
        Path node = FedifyPeer.install();
        Installation installation = Installation.h2(dir.resolve("unionhall"));
        String unionhall = "http://127.0.0.1:" + installation.port();
        int port = Ports.free();
        int blockedPort = Ports.free();
        try (ServerProcess server = installation.startWithDemo(Map.of(
                "UNIONHALL_PUBLIC_URL", unionhall,
                "UNIONHALL_FEDERATION_ALLOW_PRIVATE_ADDRESSES", "true",
                "UNIONHALL_FEDERATION_BLOCK_HOSTS", "localhost",
                "UNIONHALL_FEDERATION_KEY_REFETCH_SECONDS", "1"))) {
            try (FedifyPeer follower = FedifyPeer.start(node, unionhall, port, blockedPort, dir.resolve("follower.log"))) {
                String group = unionhall + "/ap/unions/" + UNION;

                JsonObject finger = FedifyPeer.json(FedifyPeer.get(unionhall + "/.well-known/webfinger?resource=acct:" + UNION
                        + "@127.0.0.1:" + installation.port(), "application/jrd+json"), 200);
                assertTrue(finger.getJsonArray("links").stream().map(JsonValue::asJsonObject)
                        .anyMatch(l -> l.getString("rel").equals("self") && l.getString("href").equals(group)
                                && l.getString("type").equals("application/activity+json")), finger.toString());
                JsonObject nodeinfo = FedifyPeer.json(FedifyPeer.get(FedifyPeer.json(FedifyPeer.get(unionhall + "/.well-known/nodeinfo", "application/json"), 200)
                        .getJsonArray("links").getJsonObject(0).getString("href"), "application/json"), 200);
                assertEquals("unionhall", nodeinfo.getJsonObject("software").getString("name"));
                assertEquals(List.of("activitypub"), FedifyPeer.strings(nodeinfo.getJsonArray("protocols")));
                JsonObject actor = FedifyPeer.json(FedifyPeer.get(group, "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\""),
                        200);
                assertEquals("Group", actor.getString("type"));
                assertEquals(group + "#main-key", actor.getJsonObject("publicKey").getString("id"));
                assertTrue(actor.getJsonObject("publicKey").getString("publicKeyPem").startsWith("-----BEGIN PUBLIC KEY-----"));
                assertTrue(actor.getJsonArray("assertionMethod").getJsonObject(0).getString("publicKeyMultibase")
                        .startsWith("z6Mk"));

                String inbox = group + "/inbox";
                assertEquals(413, post(inbox, HttpRequest.BodyPublishers.ofByteArray(new byte[(1 << 20) + 1])),
                        "a body over 1 MiB, by its length");
                assertEquals(413, post(inbox, HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(new byte[2 << 20]))), "a chunked body over 1 MiB");
                assertEquals(400, post(inbox, HttpRequest.BodyPublishers.ofString("{\"type\": \"Follow\"")));
                assertEquals(404, post(unionhall + "/ap/unions/no-such-union/inbox", HttpRequest.BodyPublishers.ofString(
                        "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"http://127.0.0.1:" + port
                                + "/f/1\",\"type\":\"Follow\",\"actor\":\"http://127.0.0.1:" + port
                                + "/users/alice\",\"object\":\"" + unionhall + "/ap/unions/no-such-union\"}")));

                JsonObject seen = follower.control("lookup?slug=" + UNION);
                assertEquals(group, seen.getString("id"), "Fedify reads the union's actor");
                assertEquals("Group", seen.getString("type"));
                assertEquals(group + "#main-key", seen.getString("key"), "Fedify reads the union's key");

                JsonObject follow = follower.control("follow?slug=" + UNION);
                assertTrue(follow.getBoolean("sent"), follow.toString());
                JsonObject state = follower.await(s -> !s.getJsonArray("accepts").isEmpty(), "the union's Accept", WITHIN);
                JsonObject accept = state.getJsonArray("accepts").getJsonObject(0);
                assertEquals(group, accept.getString("actor"));
                assertEquals(follow.getString("follow"), accept.getString("follow"));
                assertEquals(1, followerCount(group));

                JsonObject bobFollows = follower.control("follow?slug=" + UNION + "&as=bob");
                assertTrue(bobFollows.getBoolean("sent"), bobFollows.toString());
                state = follower.await(s -> s.getJsonArray("accepts").size() == 2, "the Accept to an RFC 9421-only inbox", WITHIN);
                assertEquals(bobFollows.getString("follow"), state.getJsonArray("accepts").getJsonObject(1).getString("follow"));
                assertTrue(state.getInt("cavageRefused") >= 1, "the Accept knocked with cavage-12 first, then RFC 9421");
                assertEquals(2, followerCount(group));

                String motion = congressVote(new Members(new Api(server.url())), "Fund a moderators' legal clinic");
                state = follower.await(s -> !s.getJsonArray("notes").isEmpty(), "the union's post of the vote", WITHIN);
                JsonObject note = state.getJsonArray("notes").getJsonObject(0);
                assertEquals(group, note.getString("actor"));
                assertEquals(group, note.getString("attributedTo"));
                assertTrue(FedifyPeer.strings(note.getJsonArray("to")).contains("https://www.w3.org/ns/activitystreams#Public"),
                        note.toString());
                assertTrue(FedifyPeer.strings(note.getJsonArray("cc")).contains(group + "/followers"), note.toString());
                assertTrue(note.getString("content").contains(unionhall + "/motions/view.xhtml?id=" + motion),
                        note.getString("content"));
                assertFalse(note.getString("content").contains("legal clinic"),
                        "the motion's title is not on the union's public page, so it is not posted");

                Members members = new Members(new Api(server.url()));
                SecretBallot ballot = SecretBallot.opened(members, "Join the federation of user unions",
                        List.of("chloe", "jonas"));
                ballot.cast("chloe", ballot.ballot("chloe", 0)).expect(201);
                ballot.cast("jonas", ballot.ballot("jonas", 0)).expect(201);
                ballot.closeAndDecrypt();
                state = follower.await(s -> s.getJsonArray("notes").size() >= 2, "the union's post of the result", WITHIN);
                JsonObject result = state.getJsonArray("notes").getJsonObject(1);
                assertEquals(group, result.getString("attributedTo"));
                assertTrue(result.getString("content").contains("Join the federation of user unions")
                        && result.getString("content").contains(unionhall + "/elections/result.xhtml?e=" + ballot.id),
                        result.getString("content"));

                JsonObject rfc9421 = follower.control("raw?slug=" + UNION + "&spec=rfc9421");
                assertEquals(202, rfc9421.getInt("status"), rfc9421.toString());
                JsonObject cavage = follower.control("raw?slug=" + UNION
                        + "&spec=draft-cavage-http-signatures-12");
                assertEquals(202, cavage.getInt("status"), cavage.toString());
                assertEquals("alice", follower.control("rotate?as=alice").getString("rotated"));
                JsonObject rotated = follower.control("raw?slug=" + UNION);
                assertEquals(202, rotated.getInt("status"), "a rotated key is fetched again: " + rotated);
                JsonObject tampered = follower.control("raw?slug=" + UNION + "&kind=tampered");
                assertEquals(401, tampered.getInt("status"), tampered.toString());
                assertTrue(tampered.getString("answer").contains("igest"), tampered.toString());
                JsonObject unsigned = follower.control("raw?slug=" + UNION + "&kind=unsigned");
                assertEquals(401, unsigned.getInt("status"), unsigned.toString());
                assertTrue(unsigned.getString("answer").contains("not signed"), unsigned.toString());
                JsonObject blocked = follower.control("raw?slug=" + UNION + "&as=mallory");
                assertEquals(403, blocked.getInt("status"), blocked.toString());
                assertTrue(blocked.getString("answer").contains("blocked"), blocked.toString());
                JsonObject blockedFollow = follower.control("follow?slug=" + UNION + "&as=mallory");
                assertFalse(blockedFollow.getBoolean("sent"), blockedFollow.toString());
                assertEquals(2, followerCount(group),
                        "three Follows by one actor make one follower; the blocked host's makes none");

                JsonObject undo = follower.control("undo?slug=" + UNION);
                assertTrue(undo.getBoolean("sent"), undo.toString());
                assertEquals(1, followerCount(group),
                        "alice's Undo removes her; bob still follows");

                state = follower.control("state");
                assertEquals(List.of(), FedifyPeer.strings(state.getJsonArray("errors")), "Fedify's inbox saw no error");
                assertEquals(2, state.getJsonArray("notes").size(),
                        "the vote and the result were posted once each, to the shared inbox of alice and bob");
                String log = Files.readString(installation.lastLog());
                assertTrue(log.contains("refused a POST (401)") && log.contains("refused a POST (403)"),
                        "each refusal is logged with its reason");
                assertTrue(log.contains("was fetched again and verifies (rotated)"), "the rotation is logged");
            }
        }
    }

    static int followerCount(String group) throws java.io.IOException, InterruptedException {
        return FedifyPeer.json(FedifyPeer.get(group + "/followers", "application/activity+json"), 200)
                .getInt("totalItems");
    }

    private static int post(String url, HttpRequest.BodyPublisher body) throws java.io.IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Content-Type", "application/activity+json").POST(body).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * A budget motion of the demo union, seconded and scheduled by its steward: its congress vote
     * opens then, or at once when the steward opens it.
     */
    static String congressVote(Members members, String title) {
        String id = members.post("priya", "api/v1/motions", "{\"kind\":\"BUDGET\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + UNION + "\",\"title\":\"" + title + "\",\"text\":\"The union spends 10 euros on " + title + ".\"}")
                .expect(201).json().getString("id");
        members.post("priya", "api/v1/motions/" + id + "/submit", "{}").expect(200);
        members.post("jonas", "api/v1/motions/" + id + "/seconds", "{}").expect(200);
        members.post("chloe", "api/v1/motions/" + id + "/seconds", "{}").expect(200);
        String status = members.post(SecretBallot.STEWARD, "api/v1/motions/" + id + "/schedule", "{}").expect(200).json()
                .getString("status");
        if (!status.equals("VOTING")) {
            status = members.post(SecretBallot.STEWARD, "api/v1/motions/" + id + "/open-voting", "{}").expect(200).json()
                    .getString("status");
        }
        assertEquals("VOTING", status);
        return id;
    }
}
