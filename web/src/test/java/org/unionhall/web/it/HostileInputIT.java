package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;

/**
 * Hostile input to every endpoint of the REST API, on the real WAR on Payara Micro: first the
 * cases that once answered 500 or were quietly accepted (the largest page number, a ballot or an
 * election nested 50,000 deep, a proxy split of the largest long, a number where text goes, a
 * number too large for its field, a field the body does not have, a key twice, invalid UTF-8),
 * each now a 400, 413 or 422 whose detail says what is wrong; then {@link HostileSweep} over
 * every operation in {@code /openapi}, as the union's steward (who is also the trustee of a
 * secret ballot in its key ceremony, so the trustee calls are hers to make), finding no 5xx.
 * The sweep runs last: the hostile sign-ins it sends would throttle the sign-ins the other
 * tests need.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {
    private static final String UNION = "fediverse-moderators";
    private static final String CHAPTER = "moderators-europe";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;

    private static final Map<String, Caller> CALLERS = new HashMap<>();
    private static final Map<String, String> IDS = new HashMap<>();
    private static String election;
    private Api api;

    @BeforeEach
    void api() {
        api = new Api(deployment);
        if (election == null) {
            election = prepareElection();
        }
    }

    private Caller as(String handle) {
        return CALLERS.computeIfAbsent(handle, h -> api.signInWithApi(h + "@unionhall.example", Api.DEMO_PASSWORD));
    }

    private String idOf(String handle) {
        return IDS.computeIfAbsent(handle, h -> as(h).get("api/v1/me").expect(200).json().getString("memberId"));
    }

    /** A secret ballot of the union in its key ceremony, with Amara, the union's steward, its only trustee. */
    private String prepareElection() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = "{\"subjectKind\":\"MOTION\",\"subjectId\":\"" + UUID.randomUUID() + "\",\"title\":\"Hostile "
                + "input\",\"scope\":\"" + UNION + "\",\"contests\":[{\"id\":\"motion\",\"question\":\"Adopt?\","
                + "\"method\":\"yes-no-abstain\",\"options\":[\"yes\",\"no\",\"abstain\"],\"min\":1,\"max\":1,"
                + "\"range\":1}],\"trustees\":[\"" + idOf("amara") + "\"],\"threshold\":1,\"opensAt\":\""
                + now.plus(1, ChronoUnit.HOURS) + "\",\"closesAt\":\"" + now.plus(2, ChronoUnit.HOURS) + "\"}";
        return as("amara").post("api/v1/elections", body).expect(201).json().getString("id");
    }

    @Test
    @Order(1)
    void theLargestPageNumberAnswers422NamingThePage() {
        for (String list : List.of("api/v1/chapters/" + CHAPTER + "/members", "api/v1/chapters/" + CHAPTER + "/audit",
                "api/v1/unions/" + UNION + "/audit", "api/v1/notifications")) {
            for (String page : List.of("2147483647", "21474837", "-1", "abc")) {
                JsonObject problem = as("amara").get(list + "?page=" + page).problem(422);
                assertTrue(problem.getString("detail").contains("page"), problem.toString());
            }
            as("amara").get(list + "?page=21474836").expect(200);
        }
    }

    @Test
    @Order(2)
    void aBallotOrAnElectionNested50000DeepAnswers400() {
        String objects = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
        String lists = "[".repeat(50_000) + "]".repeat(50_000);
        for (String path : List.of("api/v1/elections", "api/v1/elections/" + election + "/ballots",
                "api/v1/elections/" + election + "/ceremony/announcement")) {
            for (String body : List.of(objects, lists, "{\"ballot\":" + objects + "}")) {
                JsonObject problem = as("amara").post(path, body).problem(400);
                assertTrue(problem.getString("detail").contains("nested more than 16 levels"), problem.toString());
            }
        }
        assertEquals(0, as("amara").get("api/v1/elections/" + election).expect(200).json().getInt("boardSize"));
    }

    @Test
    @Order(3)
    void wrongTypesOverflowsUnknownFieldsRepeatedKeysAndInvalidUtf8AreRefusedNamingTheField() {
        Caller amara = as("amara");
        String motion = "{\"kind\":\"GENERAL\",\"scope\":\"UNION\",\"scopeSlug\":\"" + UNION + "\",\"title\":%s,"
                + "\"text\":\"Hostile input\"%s}";
        JsonObject title = amara.post("api/v1/motions", motion.formatted("5", "")).problem(400);
        assertField(title, "title", "must be text, not the number 5");
        JsonObject unknown = amara.post("api/v1/motions", motion.formatted("\"T\"", ",\"colour\":\"red\""))
                .problem(400);
        assertField(unknown, "colour", "is not part of this request");
        JsonObject twice = amara.post("api/v1/motions", motion.formatted("\"T\"", ",\"title\":\"U\"")).problem(400);
        assertField(twice, "title", "appears twice");

        String officers = "{\"scope\":\"UNION\",\"scopeSlug\":\"" + UNION + "\",\"office\":\"Treasurer\",\"text\":"
                + "\"Keeps the books\",\"method\":\"ONE_OF_N\",\"seats\":%s}";
        JsonObject seats = amara.post("api/v1/nominations/elections", officers.formatted("99999999999")).problem(422);
        assertField(seats, "seats", "is too large (99999999999; at most 2147483647)");
        amara.post("api/v1/nominations/elections", officers.formatted("\"1\"")).problem(400);
        amara.post("api/v1/nominations/elections", officers.formatted("1.5")).problem(400);

        JsonObject prepare = amara.post("api/v1/elections", "{\"subjectKind\":\"MOTION\",\"title\":5,\"trustees\":"
                + "[null],\"contests\":[{\"min\":99999999999}]}").problem(400);
        assertTrue(prepare.getString("detail").contains("'title' must be text"), prepare.toString());
        assertTrue(prepare.getString("detail").contains("'trustees[0]' may not be null"), prepare.toString());

        byte[] latin1 = "{\"reason\":\"Café\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Answer invalid = amara.send(amara.request("api/v1/mandates/" + UUID.randomUUID() + "/end")
                .header("Content-Type", "application/json").header("Origin", api.origin())
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());
        assertTrue(invalid.problem(400).getString("detail").contains("not valid UTF-8"), invalid.body());
        assertTrue(amara.get("api/v1/motions?union=" + UNION).expect(200).array().stream()
                .noneMatch(m -> m.asJsonObject().getString("title").equals("5")), "no title 5 was stored");
    }

    @Test
    @Order(4)
    void aProxySplitOfTheLargestLongAnswers422() {
        String id = as("priya").post("api/v1/motions", "{\"kind\":\"BUDGET\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + UNION + "\",\"title\":\"Hostile budget\",\"text\":\"A budget to split a proxy on.\"}").expect(201)
                .json().getString("id");
        as("priya").post("api/v1/motions/" + id + "/submit", "{}").expect(200);
        as("jonas").post("api/v1/motions/" + id + "/seconds", "{}").expect(200);
        as("chloe").post("api/v1/motions/" + id + "/seconds", "{}").expect(200);
        as("amara").post("api/v1/motions/" + id + "/schedule", "{}").expect(200);
        String proxy = as("mateo").post("api/v1/congress/proxies", "{\"holderId\":\"" + idOf("kwame")
                + "\",\"scope\":\"ONE_VOTE\",\"motionId\":\"" + id + "\"}").expect(201).json().getString("id");
        String split = "{\"proxyId\":\"" + proxy + "\",\"parts\":{\"FOR\":%s,\"AGAINST\":%s}}";
        String max = String.valueOf(Long.MAX_VALUE);

        JsonObject overflow = as("kwame").post("api/v1/congress/" + id + "/proxy-votes", split.formatted(max, max))
                .problem(422);
        assertTrue(overflow.getString("detail").contains("more than the proxy's whole weight"), overflow.toString());
        JsonObject beyond = as("kwame").post("api/v1/congress/" + id + "/proxy-votes",
                split.formatted("9223372036854775808", "1")).problem(422);
        assertField(beyond, "parts.FOR", "is too large");
        as("kwame").post("api/v1/congress/" + id + "/proxy-votes", split.formatted("\"1\"", "1")).problem(400);
        as("kwame").post("api/v1/congress/" + id + "/proxy-votes", split.formatted("1", "null")).problem(400);
        JsonObject roll = as("kwame").get("api/v1/congress/" + id).expect(200).json();
        assertTrue(roll.getJsonArray("rollCall").isEmpty(), "nothing was cast: " + roll);
    }

    @Test
    @Order(5)
    void everyParameterAndBodyFieldOfEveryEndpointAnswersHostileValuesWithoutA5xx() {
        Caller steward = as("amara");
        String motion = steward.post("api/v1/motions", "{\"kind\":\"GENERAL\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + UNION + "\",\"title\":\"Swept\",\"text\":\"A draft the sweep aims at.\"}").expect(201).json()
                .getString("id");
        Map<String, String> pathValues = Map.of("chapter", CHAPTER, "union", UNION, "member", idOf("chloe"),
                "id", election, "motion", motion);
        Map<String, String> textValues = new HashMap<>(Map.of("scope", UNION, "scopeSlug", UNION, "unionSlug", UNION,
                "chapterSlug", CHAPTER, "memberId", idOf("chloe"), "holderId", idOf("kwame"), "nomineeId",
                idOf("chloe"), "electionId", motion, "motionId", motion, "subjectId", motion));
        textValues.putAll(Map.of("trustees", idOf("amara"), "email", "nobody@unionhall.example", "receipt", "{}"));
        JsonObject openApi = api.anonymous().send(api.anonymous().request("/openapi?format=JSON")
                .header("Accept", "application/json").GET().build()).expect(200).json();
        Caller visitor = api.anonymous();

        HostileSweep sweep = new HostileSweep(api, openApi, pathValues, textValues,
                path -> path.equals("/api/v1/session") ? visitor : steward);
        List<HostileSweep.Failure> failures = sweep.run();

        assertTrue(sweep.requests() > 2000, "the sweep reached every operation: " + sweep.requests() + " requests");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sweep.requests() + " hostile requests were "
                + "answered wrongly:\n" + failures.stream().limit(60).map(Object::toString)
                .collect(Collectors.joining("\n")));
        steward.get("api/v1/me").expect(200);
    }

    private static void assertField(JsonObject problem, String field, String message) {
        assertTrue(problem.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .anyMatch(f -> f.getString("field").equals(field) && f.getString("message").contains(message)),
                "the problem names " + field + " (" + message + "): " + problem);
        assertTrue(problem.getString("detail").contains("'" + field + "'"), problem.toString());
    }
}
