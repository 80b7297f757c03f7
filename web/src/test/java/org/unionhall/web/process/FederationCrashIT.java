package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Members;

/**
 * Nothing is lost while a follower is down, not even across {@code kill -9}: the Fedify follower
 * follows the demo union and is stopped; a vote opens, and the union's post cannot be delivered
 * (its row waits in the outbox for its next attempt); the server is killed with {@code kill -9};
 * the follower and then the server start again on the same data, and the post arrives, once.
 */
class FederationCrashIT {
    private static final String UNION = SecretBallot.UNION;

    @TempDir
    Path dir;

    @Test
    void aPostForAFollowerThatIsDownIsDeliveredAfterKillNineAndARestart() throws Exception {
        Path node = FedifyPeer.install();
        Installation installation = Installation.h2(dir.resolve("unionhall"));
        String unionhall = "http://127.0.0.1:" + installation.port();
        String group = unionhall + "/ap/unions/" + UNION;
        Map<String, String> settings = Map.of("UNIONHALL_PUBLIC_URL", unionhall,
                "UNIONHALL_FEDERATION_ALLOW_PRIVATE_ADDRESSES", "true");
        int port = Ports.free();
        int blockedPort = Ports.free();
        Path followerLog = dir.resolve("follower.log");
        String motion;
        ServerProcess server = installation.startWithDemo(settings);
        try {
            try (FedifyPeer follower = FedifyPeer.start(node, unionhall, port, blockedPort, followerLog)) {
                assertTrue(follower.control("follow?slug=" + UNION).getBoolean("sent"));
                follower.await(s -> !s.getJsonArray("accepts").isEmpty(), "the union's Accept", Duration.ofSeconds(60));
            }
            motion = FedifyFollowerIT.congressVote(new Members(new Api(server.url())), "Hire a second legal aid worker");
            awaitLog(installation.lastLog(), "not taken", Duration.ofSeconds(60));
            server.kill9();
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        try (FedifyPeer follower = FedifyPeer.start(node, unionhall, port, blockedPort, followerLog);
             ServerProcess restarted = installation.startWithDemo(settings)) {
            JsonObject state = follower.await(s -> !s.getJsonArray("notes").isEmpty(),
                    "the post of the vote after the restart", Duration.ofSeconds(150));
            JsonObject note = state.getJsonArray("notes").getJsonObject(0);
            assertEquals(group, note.getString("attributedTo"));
            assertTrue(note.getString("content").contains("motions/view.xhtml?id=" + motion), note.toString());
            Thread.sleep(6000);
            assertEquals(1, follower.control("state").getJsonArray("notes").size(), "the post arrived once");
            assertEquals(1, FedifyFollowerIT.followerCount(group), "the follower is still there, once");
        }
    }

    private static void awaitLog(Path log, String text, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            if (Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(500);
        }
        fail("The server's log never said \"" + text + "\" within " + within.toSeconds() + " s");
    }
}
