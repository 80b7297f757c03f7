package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;

/**
 * Who sees what. Every steward endpoint answers 403 to a plain member of the chapter and to the
 * steward of another chapter, and changes nothing. The endpoints come from one table; the test
 * also checks that table against the OpenAPI description of the membership API, so an endpoint
 * documented as "Stewards ..." that is missing from the table fails the build.
 *
 * <p>Anyone may check an election without an account: after a real secret ballot (key ceremony,
 * a ballot, decryption) a visitor reads the election, its board, tally, result, report and
 * record, and a signed-out Chromium shows the board and the result; no answer or page names a
 * member, and every other election call, read or write, answers a visitor 401 and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;

    /** One steward endpoint: how to call it against the demo scene. */
    private record Endpoint(String method, String template, Function<Targets, String> path,
                            Function<Targets, JsonObject> body) {
        Answer call(Caller caller, Targets t) {
            String p = path.apply(t);
            if (method.equals("PUT")) {
                return caller.put(p, body.apply(t).toString());
            }
            return method.equals("GET") ? caller.get(p) : caller.post(p, body.apply(t));
        }
    }

    /** Real things to act on, so a 403 cannot hide behind a 404. */
    private record Targets(String chapter, String union, String pendingRequest, String memberId, String mandate) {
    }

    private static final JsonObject REASON = Json.createObjectBuilder().add("reason", "Testing who may do this").build();

    /** THE table: every operation only stewards may call. */
    private static final List<Endpoint> STEWARD_ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/chapters/{chapter}/join-requests",
                    t -> "api/v1/chapters/" + t.chapter() + "/join-requests", t -> null),
            new Endpoint("POST", "/api/v1/join-requests/{request}/admit",
                    t -> "api/v1/join-requests/" + t.pendingRequest() + "/admit", t -> REASON),
            new Endpoint("POST", "/api/v1/join-requests/{request}/decline",
                    t -> "api/v1/join-requests/" + t.pendingRequest() + "/decline", t -> REASON),
            new Endpoint("POST", "/api/v1/chapters/{chapter}/members/{member}/suspend",
                    t -> "api/v1/chapters/" + t.chapter() + "/members/" + t.memberId() + "/suspend", t -> REASON),
            new Endpoint("POST", "/api/v1/chapters/{chapter}/members/{member}/restore",
                    t -> "api/v1/chapters/" + t.chapter() + "/members/" + t.memberId() + "/restore", t -> REASON),
            new Endpoint("POST", "/api/v1/mandates",
                    t -> "api/v1/mandates", t -> mandate("DELEGATE", t.memberId(), "CHAPTER", t.chapter())),
            new Endpoint("POST", "/api/v1/mandates/{mandate}/end",
                    t -> "api/v1/mandates/" + t.mandate() + "/end", t -> REASON),
            new Endpoint("GET", "/api/v1/chapters/{chapter}/audit",
                    t -> "api/v1/chapters/" + t.chapter() + "/audit", t -> null),
            new Endpoint("GET", "/api/v1/unions/{union}/audit",
                    t -> "api/v1/unions/" + t.union() + "/audit", t -> null),
            new Endpoint("POST", "/api/v1/unions/{union}/chapters",
                    t -> "api/v1/unions/" + t.union() + "/chapters", t -> Json.createObjectBuilder()
                            .add("slug", "moderators-outsiders").add("name", "Outsiders").add("delegateSeats", 1).build()),
            new Endpoint("PUT", "/api/v1/unions/{union}/description",
                    t -> "api/v1/unions/" + t.union() + "/description", t -> Json.createObjectBuilder()
                            .add("description", "Taken over").build()),
            new Endpoint("PUT", "/api/v1/chapters/{chapter}/name",
                    t -> "api/v1/chapters/" + t.chapter() + "/name", t -> Json.createObjectBuilder()
                            .add("name", "Taken over").build()),
            new Endpoint("PUT", "/api/v1/chapters/{chapter}/delegate-seats",
                    t -> "api/v1/chapters/" + t.chapter() + "/delegate-seats", t -> Json.createObjectBuilder()
                            .add("delegateSeats", 7).build()));

    @Test
    void everyStewardEndpointRefusesAPlainMemberAndTheStewardOfAnotherChapter() {
        Api api = new Api(deployment);
        Scene scene = new Scene(api);
        Targets targets = targets(scene);
        long auditBefore = scene.auditCount();

        Map<String, Caller> outsiders = Map.of(
                DemoAccounts.PLAIN_MEMBER + " (plain member of the chapter)", scene.member,
                DemoAccounts.OTHER_CHAPTER_STEWARD + " (steward of another chapter)", scene.otherSteward,
                DemoAccounts.OTHER_UNION_STEWARD + " (steward of another union)", api.demo(DemoAccounts.OTHER_UNION_STEWARD));
        for (Endpoint endpoint : STEWARD_ENDPOINTS) {
            for (Map.Entry<String, Caller> outsider : outsiders.entrySet()) {
                Answer answer = endpoint.call(outsider.getValue(), targets);
                assertEquals(403, answer.status(), endpoint.method() + " " + endpoint.template() + " as "
                        + outsider.getKey() + " answered " + answer.status() + ": " + answer.body());
                assertEquals("application/problem+json", answer.mediaType());
            }
        }
        // a union-wide mandate needs a steward of the union, not of a chapter in it
        Answer unionMandate = scene.steward.post("api/v1/mandates",
                mandate("TRUSTEE", targets.memberId(), "UNION", targets.union()));
        assertEquals(403, unionMandate.status(), unionMandate.body());

        assertEquals(auditBefore, scene.auditCount(), "nothing was written");
        assertTrue(scene.pendingRequests().stream().anyMatch(r -> r.getString("id").equals(targets.pendingRequest())),
                "the join request still waits");
        assertEquals("ACTIVE", scene.statusOf(targets.memberId()).orElseThrow());
        assertTrue(scene.steward.get("api/v1/chapters/" + targets.chapter() + "/mandates").expect(200).array().stream()
                .map(JsonValue::asJsonObject).anyMatch(m -> m.getString("id").equals(targets.mandate())
                        && m.getBoolean("active")), "the mandate is still in force");

        // the same calls are allowed to the chapter's steward (so the table tests real endpoints)
        scene.steward.get("api/v1/chapters/" + targets.chapter() + "/join-requests").expect(200);
        scene.steward.get("api/v1/chapters/" + targets.chapter() + "/audit").expect(200);
        scene.unionSteward.get("api/v1/unions/" + targets.union() + "/audit").expect(200);
    }

    /** Election calls a visitor may not make: reads that stay member-only, and every change. */
    private static final List<String> MEMBER_ONLY_ELECTION_CALLS = List.of(
            "GET api/v1/elections?scope={chapter}",
            "GET api/v1/elections/{id}/ceremony",
            "POST api/v1/elections",
            "POST api/v1/elections/{id}/credentials",
            "POST api/v1/elections/{id}/ballots",
            "POST api/v1/elections/{id}/challenges",
            "POST api/v1/elections/{id}/ceremony/announcement",
            "POST api/v1/elections/{id}/ceremony/shares",
            "POST api/v1/elections/{id}/ceremony/complaint",
            "POST api/v1/elections/{id}/decryption",
            "POST api/v1/elections/{id}/open",
            "POST api/v1/elections/{id}/close");

    @Test
    void anyoneChecksAnElectionWithoutSigningIn() throws Exception {
        Api api = new Api(deployment);
        PublishedElection election = PublishedElection.run(api);
        Caller visitor = api.anonymous();
        String base = "api/v1/elections/" + election.id();
        List<String> personal = election.personalData();

        JsonObject view = visitor.get(base).expect(200).json();
        assertEquals("PUBLISHED", view.getString("phase"));
        assertFalse(view.containsKey("me"), "a visitor has no status of their own: " + view);
        view.getJsonArray("trustees").forEach(t -> assertEquals(Set.of("index", "announced", "sharesSent",
                "decrypted"), t.asJsonObject().keySet(), "a visitor sees what trustees did, not who they are"));
        assertNamesNobody(personal, "the election as a visitor sees it", view.toString());
        JsonObject asMember = election.voter().get(base).expect(200).json();
        assertTrue(asMember.getJsonObject("me").getBoolean("hasVoted"), "a signed-in voter still sees their status");
        assertTrue(asMember.toString().contains(election.trusteeIds().get(0)), "members still see who the trustees are");

        JsonObject board = visitor.get(base + "/board").expect(200).json();
        assertEquals(1, board.getJsonArray("entries").size(), board.toString());
        assertEquals(election.trackingCode(), board.getJsonArray("entries").getJsonObject(0).getString("code"));
        JsonObject found = visitor.get(base + "/board?code=" + election.trackingCode()).expect(200).json();
        assertEquals(1, found.getJsonArray("entries").size(), "the voter's tracking code is found: " + found);
        assertNamesNobody(personal, "the bulletin board", board.toString());

        assertEquals(1, visitor.get(base + "/tally").expect(200).json().getInt("ballotsCounted"));
        JsonObject result = visitor.get(base + "/result").expect(200).json();
        assertEquals("PUBLISHED", result.getString("phase"));
        assertEquals(Json.createObjectBuilder().add("fewerThan", 5).add("text", "fewer than 5").build(),
                result.getJsonObject("turnout"), "one voter: the result shows fewer than 5, the tally the number");
        assertFalse(result.containsKey("ballotsCounted"), result.toString());
        assertTrue(visitor.get(base + "/report").expect(200).json().getBoolean("passed"), "the report passed");
        assertNamesNobody(personal, "the result", result.toString());

        HttpResponse<byte[]> record = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri(base + "/record"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, record.statusCode());
        assertEquals("application/zip", record.headers().firstValue("Content-Type").orElse(""));
        Path folder = Files.createTempDirectory("unionhall-public-record-");
        StringBuilder recordText = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(record.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                Files.write(folder.resolve(e.getName()), bytes);
                recordText.append(new String(bytes, StandardCharsets.UTF_8));
            }
        }
        VerificationReport report = Verifier.verify(folder);
        assertTrue(report.passed(), "the record a visitor downloads verifies: " + report);
        assertNamesNobody(personal, "the election record", recordText.toString());

        long boardBefore = view.getJsonNumber("boardSize").longValue();
        for (String call : MEMBER_ONLY_ELECTION_CALLS) {
            String[] parts = call.split(" ", 2);
            String path = parts[1].replace("{id}", election.id()).replace("{chapter}", election.chapter());
            Answer answer = parts[0].equals("GET") ? visitor.get(path) : visitor.post(path, "{}");
            answer.problem(401);
        }
        visitor.get("api/v1/me").problem(401);
        visitor.get("api/v1/chapters/" + election.chapter() + "/members").problem(401);
        assertEquals(boardBefore, visitor.get(base).expect(200).json().getJsonNumber("boardSize").longValue(),
                "nothing a visitor sent reached the board");

        Answer boardPage = visitor.send(visitor.request("elections/board.xhtml?e=" + election.id()).GET().build());
        assertEquals(200, boardPage.status(), "the board page answers a visitor");
        assertTrue(Api.sessionCookie(boardPage.headers()).isEmpty(), "a visitor gets no session");
        Answer listPage = visitor.send(visitor.request("elections/list.xhtml?scope=" + election.chapter()).GET().build());
        assertEquals(302, listPage.status(), "the elections of a chapter stay behind sign-in");
        assertTrue(listPage.headers().firstValue("Location").orElse("").contains("login.xhtml"));

        try (SignedOutBrowser browser = SignedOutBrowser.open()) {
            String boardText = browser.show(api.uri("elections/board.xhtml?e=" + election.id()), "board");
            assertTrue(boardText.contains(election.trackingCode()), "the board lists the ballot: " + boardText);
            assertTrue(boardText.contains("Sign in"), "a visitor is offered to sign in, not to sign out");
            assertFalse(boardText.contains("Sign out"), boardText);
            String search = browser.show(api.uri("elections/board.xhtml?e=" + election.id() + "&code="
                    + election.trackingCode()), "search-result");
            assertTrue(search.contains("Your ballot is on the board"), search);
            String resultText = browser.show(api.uri("elections/result.xhtml?e=" + election.id()), "verification-verdict");
            assertTrue(resultText.contains("Verified: every check of the election record passed."), resultText);
            assertTrue(resultText.contains("fewer than 5 members voted"), resultText);
            assertTrue(browser.hasElement("record-download"), "the record download is offered");
            assertNamesNobody(personal, "the board page", boardText);
            assertNamesNobody(personal, "the result page", resultText);
        }
    }

    private static void assertNamesNobody(List<String> personal, String what, String text) {
        for (String p : personal) {
            assertFalse(text.contains(p), what + " must not name anybody, but holds \"" + p + "\"");
        }
    }

    @Test
    void theTableListsEveryStewardOperationOfTheOpenApiDescription() {
        Api api = new Api(deployment);
        JsonObject openapi = api.anonymous().send(api.anonymous().request("/openapi?format=JSON")
                .header("Accept", "application/json").GET().build()).expect(200).json();
        Set<String> documented = new TreeSet<>();
        openapi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (op.getValueType() == JsonValue.ValueType.OBJECT && isMembershipArea(op.asJsonObject())
                    && op.asJsonObject().getString("description", "").contains("Stewards")) {
                documented.add(method.toUpperCase() + " " + path.substring(path.indexOf("/api/v1")));
            }
        }));
        Set<String> tabled = STEWARD_ENDPOINTS.stream().map(e -> e.method() + " " + e.template())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(documented.size() >= 7, "the description marks the steward operations: " + documented);
        assertEquals(documented, tabled, "every operation documented for stewards is in the table");
    }

    /** The membership part of the API (tags of its resources); motions and elections have their own tests. */
    private static boolean isMembershipArea(JsonObject operation) {
        Set<String> membership = Set.of("Me", "Session", "Unions", "Chapters", "Join requests", "Mandates");
        return operation.containsKey("tags") && operation.getJsonArray("tags").stream()
                .anyMatch(t -> membership.contains(((jakarta.json.JsonString) t).getString()));
    }

    private static Targets targets(Scene scene) {
        String pending = scene.pendingRequests().stream().findFirst()
                .orElseThrow(() -> new AssertionError("the demo chapter has a pending join request")).getString("id");
        String mandate = scene.steward.get("api/v1/chapters/" + scene.chapter + "/mandates").expect(200).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getBoolean("active") && m.getString("role").equals("DELEGATE"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo chapter has a delegate")).getString("id");
        String victim = scene.steward.get("api/v1/chapters/" + scene.chapter + "/members?size=100").expect(200).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("status").equals("ACTIVE"))
                .map(r -> r.getString("memberId"))
                .filter(id -> !id.equals(scene.stewardId) && !id.equals(scene.memberId))
                .findFirst().orElseThrow();
        return new Targets(scene.chapter, scene.union, pending, victim, mandate);
    }

    private static JsonObject mandate(String role, String memberId, String scopeKind, String scope) {
        return Json.createObjectBuilder()
                .add("role", role).add("memberId", memberId).add("scopeKind", scopeKind).add("scopeSlug", scope)
                .add("termStart", LocalDate.now().toString()).add("termEnd", LocalDate.now().plusYears(1).toString())
                .add("reason", "Testing who may do this").build();
    }

    /**
     * A real secret ballot in the steward's chapter, run through the API as the booth and the
     * trustee pages would: two trustees hold the key (2 of 2), one member registers a voting key
     * and votes, the steward closes voting and both trustees decrypt, so the result is published.
     *
     * @param personalData member ids, names and e-mail addresses of everybody who took part
     */
    private record PublishedElection(String id, String chapter, String trackingCode, Caller voter,
                                     List<String> trusteeIds, List<String> personalData) {

        static PublishedElection run(Api api) {
            SecureRandom random = new SecureRandom();
            Caller steward = session(api, DemoAccounts.CHAPTER_STEWARD);
            Caller voter = session(api, DemoAccounts.PLAIN_MEMBER);
            List<String> trusteeEmails = List.of(DemoAccounts.UNION_STEWARD, "yuki@unionhall.example");
            List<Caller> trustees = trusteeEmails.stream().map(e -> session(api, e)).toList();
            List<String> personal = new ArrayList<>(List.of(DemoAccounts.CHAPTER_STEWARD, DemoAccounts.PLAIN_MEMBER));
            personal.addAll(trusteeEmails);
            List<String> trusteeIds = new ArrayList<>();
            for (Caller c : List.of(steward, voter, trustees.get(0), trustees.get(1))) {
                JsonObject me = c.get("api/v1/me").expect(200).json();
                personal.add(me.getString("memberId"));
                personal.add(me.getString("displayName"));
                if (trustees.contains(c)) {
                    trusteeIds.add(me.getString("memberId"));
                }
            }
            String chapter = Scene.stewardedChapter(steward).orElseThrow();
            Instant now = Instant.now();
            JsonObject prepare = Json.createObjectBuilder().add("subjectKind", "MOTION")
                    .add("subjectId", "public-check-" + now.toEpochMilli()).add("title", "How the chapter keeps its minutes")
                    .add("scope", chapter)
                    .add("contests", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "scribe")
                            .add("question", "Who keeps the minutes?").add("method", "one-of-n")
                            .add("options", Json.createArrayBuilder().add("One elected scribe").add("A rota"))
                            .add("min", 1).add("max", 1).add("range", 1)))
                    .add("trustees", Json.createArrayBuilder(trusteeIds)).add("threshold", 2)
                    .add("opensAt", now.plus(Duration.ofDays(1)).toString())
                    .add("closesAt", now.plus(Duration.ofDays(2)).toString()).build();
            String id = steward.post("api/v1/elections", prepare).expect(201).json().getString("id");
            String base = "api/v1/elections/" + id;

            Manifest manifest = RecordCodec.manifest(plain(steward.get(base).expect(200).json().get("election")));
            List<Trustee> roles = new ArrayList<>();
            List<TrusteeAnnouncement> announcements = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Trustee t = new Trustee(i + 1, 2, 2, manifest.baseHash(), random);
                roles.add(t);
                announcements.add(t.announce());
                trustees.get(i).post(base + "/ceremony/announcement", record(((List<?>) RecordCodec.ceremony(
                        List.of(announcements.get(i)), List.of()).get("announcements")).get(0))).expect(204);
            }
            List<EncryptedShare> shares = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                List<EncryptedShare> own = roles.get(i).sharesFor(announcements);
                shares.addAll(own);
                trustees.get(i).post(base + "/ceremony/shares", record(Map.of("shares",
                        RecordCodec.ceremony(List.of(), own).get("shares")))).expect(204);
            }
            roles.forEach(t -> assertTrue(t.receive(announcements, shares).isEmpty(), "every share checks"));

            Credential credential = Credential.generate(random);
            voter.post(base + "/credentials", record(Map.of("credential",
                    Bytes.encode(credential.publicKey().encode())))).expect(204);
            JsonObject opened = steward.post(base + "/open", "").expect(200).json();
            RecordCodec.DeclaredContext declared = RecordCodec.context(plain(opened.get("context")));
            ElectionContext context = ElectionContext.create(manifest, declared.jointKey(), declared.ceremonyDigest(),
                    declared.rollDigest());
            Booth.PreparedBallot ballot = Booth.encrypt(context, credential, List.of(List.of(0, 1)), random);
            String code = voter.post(base + "/ballots", record(Map.of("ballot", RecordCodec.ballot(ballot.ballot()))))
                    .expect(201).json().getString("code");
            steward.post(base + "/close", "").expect(200);

            EncryptedTally tally = RecordCodec.tally(plain(steward.get(base + "/tally").expect(200).json()));
            for (int j = 1; j <= 2; j++) {
                List<PartialDecryption> partials = roles.get(j - 1).decrypt(context.extendedHash(),
                        Decryption.flatten(tally), Decryption.contexts(j, tally));
                trustees.get(j - 1).post(base + "/decryption", record(((List<?>) RecordCodec.decryption(
                        Map.of(j, partials)).get("trustees")).get(0))).expect(204);
            }
            assertEquals("PUBLISHED", steward.get(base + "/result").expect(200).json().getString("phase"));
            return new PublishedElection(id, chapter, code, voter, List.copyOf(trusteeIds), List.copyOf(personal));
        }

        /** Signs in once through the session endpoint, as a program does. */
        private static Caller session(Api api, String email) {
            Answer signedIn = api.anonymous().post("api/v1/session", Json.createObjectBuilder().add("email", email)
                    .add("password", Api.DEMO_PASSWORD).build());
            assertTrue(signedIn.status() < 300, "sign-in of " + email + ": " + signedIn.body());
            return api.withSessionCookie(Api.sessionCookie(signedIn.headers())
                    .orElseThrow(() -> new AssertionError("no session cookie for " + email)));
        }

        /** Record-form values as canonical JSON text, as the booth and trustee pages send them. */
        private static String record(Object value) {
            return org.unionhall.crypto.record.Json.write(value);
        }

        /** A JSON value of the API as the plain values ballot-crypto's record codec reads. */
        private static Object plain(JsonValue value) {
            return org.unionhall.crypto.record.Json.parse(value.toString());
        }
    }

    /** Headless Chromium with no account: a visitor who got an election's address. */
    private static final class SignedOutBrowser implements AutoCloseable {
        private static final Duration PATIENCE = Duration.ofSeconds(40);
        private final WebDriver driver;
        private final Path profile;

        private SignedOutBrowser(WebDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static SignedOutBrowser open() throws IOException {
            File chromium = binary("UNIONHALL_CHROMIUM", "/usr/bin/chromium");
            File chromedriver = binary("UNIONHALL_CHROMEDRIVER", "/usr/bin/chromedriver");
            Path profile = Files.createTempDirectory("unionhall-visitor-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,800", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                    .usingAnyFreePort().build();
            return new SignedOutBrowser(new ChromeDriver(service, options), profile);
        }

        private static File binary(String variable, String fallback) {
            String configured = System.getenv(variable);
            File file = new File(configured == null || configured.isBlank() ? fallback : configured);
            if (!file.canExecute()) {
                throw new IllegalStateException(file + " (" + variable + ") is missing: browser tests need Chromium "
                        + "and ChromeDriver. Run them with ./unionhall test, which installs both.");
            }
            return file;
        }

        /** Opens a page, waits for the element with this id, and returns the page's visible text. */
        String show(URI page, String elementId) {
            driver.get(page.toString());
            try {
                new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id(elementId)));
            } catch (TimeoutException e) {
                throw new AssertionError("no #" + elementId + " on " + driver.getCurrentUrl() + ": "
                        + driver.findElement(By.tagName("body")).getText(), e);
            }
            return driver.findElement(By.tagName("body")).getText();
        }

        boolean hasElement(String id) {
            return !driver.findElements(By.id(id)).isEmpty();
        }

        @Override
        public void close() throws IOException {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
