package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;

/**
 * A whole secret member ballot in real headless Chromium against the real WAR with the demo
 * data: three trustees run the key ceremony from their own browsers (the trustee page), five
 * members register voting keys and vote in the booth — one challenges a ballot first, one votes
 * again —, the steward closes voting, two of the three trustees decrypt from their browsers, the
 * result page shows the counts and a passing verification report, and the record downloaded
 * from the result page passes ballot-crypto's verifier.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecretBallotIT {
    private static final String DOMAIN = "@unionhall.example";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive unionhall() {
        File war = new File("target/unionhall.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the package phase first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    @Test
    void membersVoteInTheBoothTrusteesDecryptAndTheRecordVerifies() throws Exception {
        String root = base.toExternalForm().replaceAll("/$", "");
        String steward = session(root, "amara");
        List<String> trusteeNames = List.of("yuki", "jonas", "priya");
        List<String> trusteeIds = new ArrayList<>();
        for (String t : trusteeNames) {
            trusteeIds.add(json(call(root, session(root, t), "GET", "/api/v1/me", null).body()).getString("memberId"));
        }
        Instant now = Instant.now();
        String prepare = Json.createObjectBuilder().add("subjectKind", "MOTION")
                .add("subjectId", "charter-" + now.toEpochMilli()).add("title", "Adopt the moderation charter")
                .add("scope", "moderators-europe")
                .add("contests", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "motion")
                        .add("question", "Adopt the moderation charter?").add("method", "yes-no-abstain")
                        .add("options", Json.createArrayBuilder().add("yes").add("no").add("abstain"))
                        .add("min", 1).add("max", 1).add("range", 1)))
                .add("trustees", Json.createArrayBuilder(trusteeIds)).add("threshold", 2)
                .add("opensAt", now.plus(Duration.ofHours(1)).toString())
                .add("closesAt", now.plus(Duration.ofHours(2)).toString()).build().toString();
        HttpResponse<String> prepared = call(root, steward, "POST", "/api/v1/elections", prepare);
        assertEquals(201, prepared.statusCode(), prepared.body());
        String election = json(prepared.body()).getString("id");

        Map<String, Browser> trustees = new LinkedHashMap<>();
        Map<String, Browser> voters = new LinkedHashMap<>();
        try {
            for (String t : trusteeNames) {
                trustees.put(t, Browser.open(base).signIn(t + DOMAIN));
            }
            String[][] steps = {{"#trustee-announce", "Step 1 done"}, {"#trustee-shares", "Step 2 done"},
                    {"#trustee-check", "Step 3 done"}};
            for (String[] step : steps) {
                for (Browser t : trustees.values()) {
                    if (step[0].equals("#trustee-announce")) {
                        t.go("/elections/trustee.xhtml?e=" + election);
                        until(t, "#trustee-phase", s -> s.startsWith("Phase"));
                    }
                    t.script("document.querySelector('#trustee-status').textContent = '';");
                    t.find(By.cssSelector(step[0])).click();
                    String said = until(t, "#trustee-status", s -> !s.isBlank());
                    assertTrue(said.startsWith(step[1]), said);
                }
            }
            assertEquals("REGISTRATION", view(root, steward, election).getString("phase"));

            for (String v : List.of("chloe", "mateo", "amara", "yuki", "priya")) {
                Browser b = trustees.containsKey(v) ? trustees.get(v) : Browser.open(base).signIn(v + DOMAIN);
                voters.put(v, b);
                b.go("/elections/booth.xhtml?e=" + election);
                until(b, "#booth-phase", s -> s.startsWith("Registration is open"));
                b.find(By.id("credential-create")).click();
                String said = until(b, "#booth-status", s -> s.contains("registered") || s.startsWith("Not done"));
                assertTrue(said.contains("is registered"), v + ": " + said);
            }
            HttpResponse<String> opened = call(root, steward, "POST", "/api/v1/elections/" + election + "/open", "");
            assertEquals(200, opened.statusCode(), opened.body());

            vote(voters.get("chloe"), election, "c0o0", true);
            vote(voters.get("mateo"), election, "c0o1", false);
            vote(voters.get("amara"), election, "c0o1", false);
            vote(voters.get("yuki"), election, "c0o2", false);
            vote(voters.get("priya"), election, "c0o0", false);
            vote(voters.get("mateo"), election, "c0o0", false);

            HttpResponse<String> closed = call(root, steward, "POST", "/api/v1/elections/" + election + "/close", "");
            assertEquals(200, closed.statusCode(), closed.body());
            for (String t : List.of("yuki", "priya")) {
                Browser b = trustees.get(t);
                b.go("/elections/trustee.xhtml?e=" + election);
                until(b, "#trustee-phase", s -> s.startsWith("Phase: closed"));
                b.find(By.id("trustee-decrypt")).click();
                String said = until(b, "#trustee-status", s -> s.startsWith("Decryption") || s.startsWith("Not done"));
                assertTrue(said.startsWith("Decryption done"), t + ": " + said);
            }

            Browser page = voters.get("chloe");
            page.go("/elections/result.xhtml?e=" + election);
            page.waitForTitle("Result");
            String verdict = page.find(By.id("verification-verdict")).getText();
            assertTrue(verdict.contains("Verified: every check of the election record passed."), verdict);
            String tally = page.find(By.id("published")).getText();
            assertTrue(tally.contains("yes 3") && tally.contains("no 1") && tally.contains("abstain 1"), tally);
            assertTrue(page.find(By.id("turnout-line")).getText().startsWith("5 members voted"));
            assertEquals(16, page.driver().findElements(By.cssSelector("#checks > li")).size());
            assertTrue(page.driver().findElements(By.cssSelector("#checks .uh-check-passed")).size() == 16);

            String href = page.find(By.id("record-download")).getAttribute("href");
            Path dir = Files.createTempDirectory("secret-ballot-record-");
            unzip(HTTP.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", steward).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body(), dir);
            VerificationReport report = Verifier.verify(dir);
            assertTrue(report.passed(), report.toString());

            page.go("/elections/board.xhtml?e=" + election);
            page.waitForTitle("Bulletin board");
            assertEquals(7, page.driver().findElements(By.cssSelector("#board tbody tr")).size());
        } finally {
            for (Browser b : trustees.values()) {
                b.close();
            }
            for (Map.Entry<String, Browser> v : voters.entrySet()) {
                if (!trustees.containsKey(v.getKey())) {
                    v.getValue().close();
                }
            }
        }
    }

    private static void vote(Browser b, String election, String choice, boolean challengeFirst) {
        b.go("/elections/booth.xhtml?e=" + election);
        until(b, "#booth-phase", s -> s.startsWith("Voting is open"));
        until(b, "#booth-ballot", s -> s.contains("Encrypt my ballot"));
        b.find(By.id(choice)).click();
        b.find(By.id("ballot-encrypt")).click();
        assertTrue(until(b, "#booth-status", s -> s.contains("encrypted") || s.startsWith("Not done"))
                .startsWith("Your ballot is encrypted"));
        if (challengeFirst) {
            b.find(By.id("ballot-challenge")).click();
            String said = until(b, "#booth-status", s -> s.startsWith("Challenge") || s.startsWith("Not done"));
            assertTrue(said.startsWith("Challenge checked"), said);
            b.find(By.id("challenge-again")).click();
            b.find(By.id("ballot-encrypt")).click();
            until(b, "#booth-status", s -> s.startsWith("Your ballot is encrypted"));
        }
        b.find(By.id("ballot-cast")).click();
        String said = until(b, "#booth-status", s -> s.contains("is cast") || s.startsWith("Not done"));
        assertTrue(said.startsWith("Your ballot is cast"), said);
    }

    private static String until(Browser b, String css, Predicate<String> done) {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String text = null;
        while (System.nanoTime() < end) {
            Object t = b.script("const e = document.querySelector('" + css + "'); return e ? e.innerText : null;");
            text = t == null ? null : t.toString();
            if (text != null && done.test(text)) {
                return text;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("waited in vain on " + css + "; it says: " + text);
    }

    private static String session(String root, String handle) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + handle + DOMAIN + "\",\"password\":\"" + Browser.DEMO_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode(), r.body());
        return r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("UNIONHALL_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static HttpResponse<String> call(String root, String cookie, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).header("Cookie", cookie)
                .header("Accept", "application/json");
        if (method.equals("POST")) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject view(String root, String cookie, String election) throws Exception {
        return json(call(root, cookie, "GET", "/api/v1/elections/" + election, null).body());
    }

    private static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    private static void unzip(byte[] zip, Path dir) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.write(dir.resolve(e.getName()), in.readAllBytes());
            }
        }
    }
}
