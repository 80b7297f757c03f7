package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Members;

/**
 * Issue 13, item 6: an independent ActivityPub implementation follows a union. A small server
 * built on Fedify (npm {@code @fedify/fedify} 2.3.6 on Node 22, installed under {@code target/fedify}
 * by this test) finds the demo union by WebFinger, reads its Group actor, follows it and gets the
 * union's Accept; when a vote opens on a union motion it receives the union's {@code Create(Note)}.
 * Fedify checks the HTTP signature of each with its own code before it records anything. In the
 * other direction Unionhall verifies Fedify's signatures in both styles, and refuses a signed body
 * that was changed, an unsigned request and a follower on a host its operator blocked; an Undo
 * removes the follower. An inbox that refuses draft-cavage-12 with 401 gets its Accept signed RFC
 * 9421 at the second knock, and the post of the vote reaches the two followers' shared inbox once. One server start; the test fails, never skips, when Node 22 or Fedify
 * cannot be installed.
 */
class FedifyFollowerIT {
    private static final String UNION = SecretBallot.UNION;
    private static final Path FEDIFY = Path.of("target", "fedify").toAbsolutePath();
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void aFedifyServerFollowsAUnionAndReceivesItsSignedAnnouncements() throws Exception {
        Path node = installFedify();
        Installation installation = Installation.h2(dir.resolve("unionhall"));
        String unionhall = "http://127.0.0.1:" + installation.port();
        int port = Ports.free();
        int blockedPort = Ports.free();
        try (ServerProcess server = installation.startWithDemo(Map.of(
                "UNIONHALL_PUBLIC_URL", unionhall,
                "UNIONHALL_FEDERATION_ALLOW_PRIVATE_ADDRESSES", "true",
                "UNIONHALL_FEDERATION_BLOCK_HOSTS", "localhost"))) {
            Process follower = startFollower(node, unionhall, port, blockedPort);
            try {
                String control = "http://127.0.0.1:" + port + "/control/";
                String group = unionhall + "/ap/unions/" + UNION;

                JsonObject finger = json(get(unionhall + "/.well-known/webfinger?resource=acct:" + UNION
                        + "@127.0.0.1:" + installation.port(), "application/jrd+json"), 200);
                assertTrue(finger.getJsonArray("links").stream().map(JsonValue::asJsonObject)
                        .anyMatch(l -> l.getString("rel").equals("self") && l.getString("href").equals(group)
                                && l.getString("type").equals("application/activity+json")), finger.toString());
                JsonObject nodeinfo = json(get(json(get(unionhall + "/.well-known/nodeinfo", "application/json"), 200)
                        .getJsonArray("links").getJsonObject(0).getString("href"), "application/json"), 200);
                assertEquals("unionhall", nodeinfo.getJsonObject("software").getString("name"));
                assertEquals(List.of("activitypub"), strings(nodeinfo.getJsonArray("protocols")));
                JsonObject actor = json(get(group, "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\""),
                        200);
                assertEquals("Group", actor.getString("type"));
                assertEquals(group + "#main-key", actor.getJsonObject("publicKey").getString("id"));
                assertTrue(actor.getJsonObject("publicKey").getString("publicKeyPem").startsWith("-----BEGIN PUBLIC KEY-----"));
                assertTrue(actor.getJsonArray("assertionMethod").getJsonObject(0).getString("publicKeyMultibase")
                        .startsWith("z6Mk"));

                JsonObject seen = json(get(control + "lookup?slug=" + UNION, "application/json"), 200);
                assertEquals(group, seen.getString("id"), "Fedify reads the union's actor");
                assertEquals("Group", seen.getString("type"));
                assertEquals(group + "#main-key", seen.getString("key"), "Fedify reads the union's key");

                JsonObject follow = json(get(control + "follow?slug=" + UNION, "application/json"), 200);
                assertTrue(follow.getBoolean("sent"), follow.toString());
                JsonObject state = await(control, s -> !s.getJsonArray("accepts").isEmpty(), "the union's Accept");
                JsonObject accept = state.getJsonArray("accepts").getJsonObject(0);
                assertEquals(group, accept.getString("actor"));
                assertEquals(follow.getString("follow"), accept.getString("follow"));
                assertEquals(1, json(get(group + "/followers", "application/activity+json"), 200).getInt("totalItems"));

                JsonObject bobFollows = json(get(control + "follow?slug=" + UNION + "&as=bob", "application/json"), 200);
                assertTrue(bobFollows.getBoolean("sent"), bobFollows.toString());
                state = await(control, s -> s.getJsonArray("accepts").size() == 2, "the Accept to an RFC 9421-only inbox");
                assertEquals(bobFollows.getString("follow"), state.getJsonArray("accepts").getJsonObject(1).getString("follow"));
                assertTrue(state.getInt("cavageRefused") >= 1, "the Accept knocked with cavage-12 first, then RFC 9421");
                assertEquals(2, json(get(group + "/followers", "application/activity+json"), 200).getInt("totalItems"));

                Motions motions = new Motions(new Members(new Api(server.url())));
                String motion = motions.inCongressVote("Fund a moderators' legal clinic");
                state = await(control, s -> !s.getJsonArray("notes").isEmpty(), "the union's post of the vote");
                JsonObject note = state.getJsonArray("notes").getJsonObject(0);
                assertEquals(group, note.getString("actor"));
                assertEquals(group, note.getString("attributedTo"));
                assertTrue(strings(note.getJsonArray("to")).contains("https://www.w3.org/ns/activitystreams#Public"),
                        note.toString());
                assertTrue(strings(note.getJsonArray("cc")).contains(group + "/followers"), note.toString());
                assertTrue(note.getString("content").contains(unionhall + "/motions/view.xhtml?id=" + motion),
                        note.getString("content"));
                assertFalse(note.getString("content").contains("legal clinic"),
                        "the motion's title is not on the union's public page, so it is not posted");

                JsonObject rfc9421 = json(get(control + "raw?slug=" + UNION + "&spec=rfc9421", "application/json"), 200);
                assertEquals(202, rfc9421.getInt("status"), rfc9421.toString());
                JsonObject cavage = json(get(control + "raw?slug=" + UNION
                        + "&spec=draft-cavage-http-signatures-12", "application/json"), 200);
                assertEquals(202, cavage.getInt("status"), cavage.toString());
                JsonObject tampered = json(get(control + "raw?slug=" + UNION + "&kind=tampered", "application/json"), 200);
                assertEquals(401, tampered.getInt("status"), tampered.toString());
                assertTrue(tampered.getString("answer").contains("igest"), tampered.toString());
                JsonObject unsigned = json(get(control + "raw?slug=" + UNION + "&kind=unsigned", "application/json"), 200);
                assertEquals(401, unsigned.getInt("status"), unsigned.toString());
                assertTrue(unsigned.getString("answer").contains("not signed"), unsigned.toString());
                JsonObject blocked = json(get(control + "raw?slug=" + UNION + "&as=mallory", "application/json"), 200);
                assertEquals(403, blocked.getInt("status"), blocked.toString());
                assertTrue(blocked.getString("answer").contains("blocked"), blocked.toString());
                JsonObject blockedFollow = json(get(control + "follow?slug=" + UNION + "&as=mallory", "application/json"),
                        200);
                assertFalse(blockedFollow.getBoolean("sent"), blockedFollow.toString());
                assertEquals(2, json(get(group + "/followers", "application/activity+json"), 200).getInt("totalItems"),
                        "three Follows by one actor make one follower; the blocked host's makes none");

                JsonObject undo = json(get(control + "undo?slug=" + UNION, "application/json"), 200);
                assertTrue(undo.getBoolean("sent"), undo.toString());
                assertEquals(1, json(get(group + "/followers", "application/activity+json"), 200).getInt("totalItems"),
                        "alice's Undo removes her; bob still follows");

                state = json(get(control + "state", "application/json"), 200);
                assertEquals(List.of(), strings(state.getJsonArray("errors")), "Fedify's inbox saw no error");
                assertEquals(1, state.getJsonArray("notes").size(),
                        "the vote was posted once, to the shared inbox of alice and bob");
                String log = Files.readString(installation.lastLog());
                assertTrue(log.contains("refused a POST (401)") && log.contains("refused a POST (403)"),
                        "each refusal is logged with its reason");
            } finally {
                follower.destroy();
                if (!follower.waitFor(10, TimeUnit.SECONDS)) {
                    follower.destroyForcibly();
                }
            }
        }
    }

    private Path installFedify() throws IOException, InterruptedException {
        Files.createDirectories(FEDIFY);
        Path source = Path.of("src", "test", "fedify");
        Files.copy(source.resolve("package.json"), FEDIFY.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(source.resolve("follower.mjs"), FEDIFY.resolve("follower.mjs"), StandardCopyOption.REPLACE_EXISTING);
        Path node = FEDIFY.resolve("node_modules").resolve("node").resolve("bin").resolve("node");
        if (!Files.isExecutable(node) || !Files.isDirectory(FEDIFY.resolve("node_modules/@fedify/fedify"))) {
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save",
                    "node@22", "@fedify/fedify@2.3.6", "@fedify/vocab@2.3.6")
                    .directory(FEDIFY.toFile()).redirectErrorStream(true)
                    .redirectOutput(FEDIFY.resolve("npm-install.log").toFile()).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                fail("Node 22 and Fedify could not be installed with npm (see " + FEDIFY.resolve("npm-install.log")
                        + "):\n" + Files.readString(FEDIFY.resolve("npm-install.log")));
            }
        }
        if (!Files.isExecutable(node)) {
            fail("npm installed the package node@22 but " + node + " is missing: its install script did not run");
        }
        Process version = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
        String v = new String(version.getInputStream().readAllBytes()).strip();
        version.waitFor(30, TimeUnit.SECONDS);
        if (!v.startsWith("v22.")) {
            fail("Fedify needs Node 22; " + node + " says " + v);
        }
        return node;
    }

    private Process startFollower(Path node, String unionhall, int port, int blockedPort)
            throws IOException, InterruptedException {
        Path log = dir.resolve("follower.log");
        ProcessBuilder builder = new ProcessBuilder(node.toString(), "follower.mjs").directory(FEDIFY.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("UNIONHALL", unionhall, "PORT", Integer.toString(port),
                "BLOCKED_PORT", Integer.toString(blockedPort)));
        Process process = builder.start();
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            if (Files.readString(log).contains("READY")) {
                return process;
            }
            if (!process.isAlive()) {
                fail("The Fedify follower stopped:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        fail("The Fedify follower did not start within 60 s:\n" + Files.readString(log));
        return process;
    }

    private JsonObject await(String control, Predicate<JsonObject> done, String what)
            throws IOException, InterruptedException {
        Instant until = Instant.now().plus(WITHIN);
        JsonObject state = null;
        while (Instant.now().isBefore(until)) {
            state = json(get(control + "state", "application/json"), 200);
            if (done.test(state)) {
                return state;
            }
            Thread.sleep(500);
        }
        fail("The Fedify follower did not receive " + what + " within " + WITHIN.toSeconds() + " s: " + state);
        return state;
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + " answered " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> v.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) v).getString() : v.toString()).toList();
    }
}
