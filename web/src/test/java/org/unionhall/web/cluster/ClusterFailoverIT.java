package org.unionhall.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.account.SignInThrottle;

/**
 * Issue 8, "two nodes": two clustered nodes on PostgreSQL behind HAProxy; one is killed with
 * {@code kill -9} (the one holding the motion timer, when one does) while members, signed in on
 * both, cast ballots through the proxy. Members signed in on the dead node go on voting through
 * the other without signing in again. Afterwards every acknowledged ballot is on the board at the
 * seq it was given, every member is still signed in, the sign-in count a guesser built up on both
 * nodes still holds, and the motion whose vote opens after the kill was opened, and its quorum
 * warned, exactly once.
 */
class ClusterFailoverIT {
    private static final String PASSWORD = "union-demo-2026";
    private static final String UNION = "fediverse-moderators";
    private static final List<String> MEMBERS = List.of("amara", "jonas", "chloe", "mateo", "kwame", "yuki", "priya");
    private static final List<String> TRUSTEES = List.of("yuki", "priya");

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private URI proxy;

    /** A member's browser-like client: its own cookies (session and proxy stickiness). */
    private final class Member {
        final String handle;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String id;

        Member(String handle) {
            this.handle = handle;
        }

        HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(proxy.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Origin", origin());
            if (body != null) {
                r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                r.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonObject call(String method, String path, String body, int expected) throws Exception {
            HttpResponse<String> r = send(method, path, body);
            assertEquals(expected, r.statusCode(), handle + ": " + method + " " + path + " answered " + r.body());
            return r.body().isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : json(r.body());
        }

        /** Signs in once. */
        void signIn() throws Exception {
            call("POST", "api/v1/session", "{\"email\":\"" + handle + "@unionhall.example\",\"password\":\""
                    + PASSWORD + "\"}", 204);
            id = call("GET", "api/v1/me", null, 200).getString("memberId");
        }

        String node() {
            return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("UNIONHALL_NODE")).map(c -> c.getValue()).findFirst().orElse("?");
        }
    }

    @Test
    void ballotsCountsAndTimerStepsSurviveTheLossOfANode() throws Exception {
        Path work = Files.createDirectories(ClusterNodes.WEB.resolve("target/cluster-it"));
        try (ClusterNodes cluster = new ClusterNodes(work)) {
            // About 45 s on a quiet machine; minutes when other builds load it.
            cluster.awaitClustered(Duration.ofMinutes(9));
            proxy = URI.create("http://127.0.0.1:" + cluster.proxyPort + "/");

            for (String handle : MEMBERS) {
                Member m = new Member(handle);
                m.signIn();
                members.put(handle, m);
            }
            Set<String> nodes = new HashSet<>();
            members.values().forEach(m -> nodes.add(m.node()));
            assertEquals(Set.of("a", "b"), nodes, "the proxy spreads the members' sessions over both nodes");

            String guesser = guessUntilTheAddressWaitsLong();

            Election election = secretBallot();
            Instant opensAt = Instant.now().plusSeconds(40);
            String motion = budgetMotionVotingFrom(opensAt);

            Map<String, Long> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger unanswered = new AtomicInteger();
            Map<String, String> signedOut = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService voters = Executors.newFixedThreadPool(MEMBERS.size());
            for (Member m : members.values()) {
                voters.submit(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> r = m.send("POST", election.path("/ballots"), election.ballot(m));
                            if (r.statusCode() == 201) {
                                JsonObject receipt = json(r.body());
                                acknowledged.put(receipt.getString("code"), receipt.getJsonNumber("seq").longValue());
                            } else {
                                unanswered.incrementAndGet();
                                if (r.statusCode() == 401) {
                                    signedOut.put(m.handle, r.body());
                                    return null;
                                }
                            }
                        } catch (IOException e) {
                            unanswered.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            long castingFrom = System.nanoTime();
            while (acknowledged.size() < 30 && System.nanoTime() - castingFrom < Duration.ofSeconds(25).toNanos()) {
                Thread.sleep(100);
            }
            int beforeKill = acknowledged.size();
            assertTrue(Instant.now().isBefore(opensAt), "the kill comes before the timer's step is due");
            ClusterNodes.Node victim = timerHolder(cluster);
            ClusterNodes.killHard(victim);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.size() < beforeKill + 20 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            stop.set(true);
            voters.shutdown();
            assertTrue(voters.awaitTermination(60, TimeUnit.SECONDS));
            assertTrue(beforeKill >= 10 && acknowledged.size() >= beforeKill + 20,
                    "ballots were acknowledged before and after the kill: " + beforeKill + ", " + acknowledged.size()
                            + " (" + unanswered.get() + " unanswered or refused)");

            assertEquals(Map.of(), signedOut, "no member lost their sign-in with the node");
            for (Member m : members.values()) {
                assertEquals(m.id, m.call("GET", "api/v1/me", null, 200).getString("memberId"),
                        m.handle + " is still signed in, without signing in again");
            }
            Member steward = members.get("amara");
            for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                JsonArray found = steward.call("GET", election.path("/board?code=" + ack.getKey()), null, 200)
                        .getJsonArray("entries");
                assertEquals(1, found.size(), "acknowledged ballot " + ack.getKey() + " is on the board");
                assertEquals(ack.getValue(), found.getJsonObject(0).getJsonNumber("seq").longValue(),
                        "ballot " + ack.getKey() + " sits at the seq its answer named");
            }
            assertEquals(acknowledged.size(), new HashSet<>(acknowledged.values()).size(), "no seq given twice");


            // Once the wait the counted failures earned is over, one more guess is let through; only a
            // count that outlived the node makes the guess after it wait (at least 16 seconds now).
            HttpResponse<String> letThrough = guess(guesser);
            for (int i = 0; i < 10 && letThrough.statusCode() == 429; i++) {
                Thread.sleep(retryAfterMillis(letThrough));
                letThrough = guess(guesser);
            }
            assertEquals(401, letThrough.statusCode(), "the wait the earlier failures earned has passed");
            HttpResponse<String> next = guess(guesser);
            assertEquals(429, next.statusCode(), "the failures counted on both nodes outlive the node: "
                    + next.body());

            assertTimerStepsDoneOnce(motion);
        }
    }

    /**
     * Wrong passwords from one address, spread by the proxy over both nodes, until the address waits
     * at least eight seconds: the first five are refused (401), and no guess after them is let
     * through before the wait that the failures counted on both nodes together earn. The waits are
     * measured from when a failure was sent to when the next guess was answered, an upper bound of
     * what the server measured, so a slow machine never fails this; a node that counted only its own
     * failures lets a guess through early and does.
     */
    private String guessUntilTheAddressWaitsLong() throws Exception {
        String email = "nobody-" + random.nextInt(1_000_000) + "@unionhall.example";
        int failures = 0;
        Instant lastFailureSent = null;
        for (int attempt = 1; attempt <= 20; attempt++) {
            Instant sent = Instant.now();
            HttpResponse<String> r = guess(email);
            Instant answered = Instant.now();
            if (attempt <= SignInThrottle.FREE_FAILURES) {
                assertEquals(401, r.statusCode(), "attempt " + attempt + " is refused, not yet throttled: " + r.body());
            }
            if (r.statusCode() == 401) {
                if (failures >= SignInThrottle.FREE_FAILURES) {
                    Duration gap = Duration.between(lastFailureSent, answered);
                    assertTrue(gap.compareTo(SignInThrottle.backOff(failures)) >= 0, "guess " + attempt + " was let "
                            + "through " + gap.toMillis() + " ms after the last failure, before the wait that "
                            + failures + " failures on both nodes earn: a node counted only its own");
                }
                failures++;
                lastFailureSent = sent;
            } else {
                assertEquals(429, r.statusCode(), r.body());
                long wait = retryAfterMillis(r);
                if (wait >= 8_000) {
                    return email;
                }
                Thread.sleep(wait);
            }
        }
        throw new AssertionError("the address never had to wait eight seconds");
    }

    /** A 429's Retry-After, in milliseconds, and a little more. */
    private static long retryAfterMillis(HttpResponse<String> tooMany) {
        return Long.parseLong(tooMany.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 200;
    }

    /** A wrong password, without cookies, from an address of its own (named to the proxy). */
    private HttpResponse<String> guess(String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(proxy.resolve("api/v1/session"))
                .header("Content-Type", "application/json").header("Origin", origin())
                .header("X-Forwarded-For", "203.0.113.77")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"wrong\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A budget motion (a congress roll call) whose vote the timer opens at the first tick after opensAt. */
    private String budgetMotionVotingFrom(Instant opensAt) throws Exception {
        Member priya = members.get("priya");
        String id = priya.call("POST", "api/v1/motions", "{\"kind\":\"BUDGET\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + UNION + "\",\"title\":\"Fund the cluster\",\"text\":\"The union pays for a second node.\"}", 201)
                .getString("id");
        priya.call("POST", "api/v1/motions/" + id + "/submit", "{}", 200);
        members.get("jonas").call("POST", "api/v1/motions/" + id + "/seconds", "{}", 200);
        members.get("chloe").call("POST", "api/v1/motions/" + id + "/seconds", "{}", 200);
        Instant opens = opensAt.truncatedTo(ChronoUnit.SECONDS);
        assertEquals("SCHEDULED", members.get("amara").call("POST", "api/v1/motions/" + id + "/schedule",
                "{\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + opens.plus(Duration.ofHours(2)) + "\"}", 200)
                .getString("status"));
        return id;
    }

    /**
     * The timer opened the vote and warned of quorum once: waits for the tick, then for one more
     * minute, and finds one "vote opened" and one "quorum at risk" per notified member.
     */
    private void assertTimerStepsDoneOnce(String motion) throws Exception {
        Member amara = members.get("amara");
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (!amara.call("GET", "api/v1/motions/" + motion, null, 200).getString("status").equals("VOTING")) {
            if (System.nanoTime() > deadline) {
                fail("the surviving node's timer did not open the vote");
            }
            Thread.sleep(1000);
        }
        Thread.sleep(Duration.ofSeconds(65).toMillis());
        Map<String, Integer> steps = new HashMap<>();
        for (Member m : members.values()) {
            Map<String, Integer> mine = new HashMap<>();
            for (JsonValue v : m.call("GET", "api/v1/notifications?size=100", null, 200).getJsonArray("items")) {
                JsonObject n = v.asJsonObject();
                if (motion.equals(n.getString("motionId", null))) {
                    mine.merge(n.getString("kind"), 1, Integer::sum);
                }
            }
            mine.forEach((kind, count) -> assertEquals(1, count, m.handle + " was told " + kind + " once"));
            mine.forEach((kind, count) -> steps.merge(kind, 1, Integer::sum));
        }
        assertNotNull(steps.get("VOTE_OPENED"), "the opening was announced: " + steps);
        assertNotNull(steps.get("QUORUM_AT_RISK"), "quorum at risk was warned: " + steps);
    }

    /** The node that holds the motion timer's lease (node a if none has ticked yet). */
    private static ClusterNodes.Node timerHolder(ClusterNodes cluster) throws Exception {
        try (Connection c = cluster.database(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT holder FROM timer_lease WHERE name = 'motions'")) {
            assertTrue(r.next());
            String holder = r.getString(1);
            ClusterNodes.Node node = holder.contains("@")
                    ? cluster.byPid(Long.parseLong(holder.substring(0, holder.indexOf('@')))) : null;
            return node != null ? node : cluster.a;
        }
    }

    /** A secret ballot of the union, its ceremony done by the trustees, every member registered, open. */
    private Election secretBallot() throws Exception {
        Member steward = members.get("amara");
        Instant now = Instant.now();
        String body = "{\"subjectKind\":\"MOTION\",\"subjectId\":\"cluster-" + now.toEpochMilli() + "\",\"title\":"
                + "\"Cluster ballot\",\"scope\":\"" + UNION + "\",\"contests\":[{\"id\":\"motion\",\"question\":"
                + "\"Two nodes?\",\"method\":\"yes-no-abstain\",\"options\":[\"yes\",\"no\",\"abstain\"],\"min\":1,"
                + "\"max\":1,\"range\":1}],\"trustees\":[" + String.join(",", TRUSTEES.stream()
                .map(t -> "\"" + members.get(t).id + "\"").toList()) + "],\"threshold\":2,\"opensAt\":\""
                + now.plus(Duration.ofHours(1)) + "\",\"closesAt\":\"" + now.plus(Duration.ofHours(2)) + "\"}";
        Election e = new Election(steward.call("POST", "api/v1/elections", body, 201).getString("id"));
        JsonObject view = steward.call("GET", e.path(""), null, 200);
        Manifest manifest = RecordCodec.manifest(org.unionhall.crypto.record.Json.parse(
                view.getJsonObject("election").toString()));
        List<Trustee> trustees = new ArrayList<>();
        List<TrusteeAnnouncement> announcements = new ArrayList<>();
        for (JsonValue v : view.getJsonArray("trustees")) {
            JsonObject t = v.asJsonObject();
            Trustee trustee = new Trustee(t.getInt("index"), manifest.trustees(), manifest.threshold(),
                    manifest.baseHash(), random);
            trustees.add(trustee);
            TrusteeAnnouncement a = trustee.announce();
            announcements.add(a);
            byId(t.getString("memberId")).call("POST", e.path("/ceremony/announcement"),
                    org.unionhall.crypto.record.Json.write(((List<?>) RecordCodec.ceremony(List.of(a), List.of())
                            .get("announcements")).get(0)), 204);
        }
        for (int i = 0; i < trustees.size(); i++) {
            List<EncryptedShare> shares = trustees.get(i).sharesFor(announcements);
            String memberId = view.getJsonArray("trustees").getJsonObject(i).getString("memberId");
            byId(memberId).call("POST", e.path("/ceremony/shares"), "{\"shares\":"
                    + org.unionhall.crypto.record.Json.write(RecordCodec.ceremony(List.of(), shares).get("shares"))
                    + "}", 204);
        }
        for (Member m : members.values()) {
            Credential key = Credential.generate(random);
            m.call("POST", e.path("/credentials"), "{\"credential\":\"" + Bytes.encode(key.publicKey().encode())
                    + "\"}", 204);
            e.keys.put(m.handle, key);
        }
        steward.call("POST", e.path("/open"), "{}", 200);
        JsonObject opened = steward.call("GET", e.path(""), null, 200);
        RecordCodec.DeclaredContext d = RecordCodec.context(org.unionhall.crypto.record.Json.parse(
                opened.getJsonObject("context").toString()));
        e.context = ElectionContext.create(manifest, d.jointKey(), d.ceremonyDigest(), d.rollDigest());
        return e;
    }

    private Member byId(String memberId) {
        return members.values().stream().filter(m -> m.id.equals(memberId)).findFirst().orElseThrow();
    }

    /** The election as its voters' devices hold it. */
    private final class Election {
        final String id;
        final Map<String, Credential> keys = new HashMap<>();
        ElectionContext context;

        Election(String id) {
            this.id = id;
        }

        String path(String rest) {
            return "api/v1/elections/" + id + rest;
        }

        String ballot(Member m) {
            List<Integer> marks = new ArrayList<>(List.of(0, 0, 0));
            marks.set(random.nextInt(3), 1);
            Booth.PreparedBallot b = Booth.encrypt(context, keys.get(m.handle), List.of(marks), random);
            return "{\"ballot\":" + org.unionhall.crypto.record.Json.write(RecordCodec.ballot(b.ballot())) + "}";
        }
    }

    private String origin() {
        return proxy.getScheme() + "://" + proxy.getAuthority();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
