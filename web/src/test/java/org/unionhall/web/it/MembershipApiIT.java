package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
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

/**
 * The membership flows of the REST API on a real Payara Micro with the demo data: a person asks
 * to join and a steward admits them; a steward suspends and restores a member; stewards assign
 * and end mandates under the seat and membership rules; every change is in the audit trail.
 * Also the operational endpoints: health, OpenAPI, metrics.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MembershipApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;

    private static Scene scene;
    private Api api;

    @BeforeEach
    void scene() {
        api = new Api(deployment);
        if (scene == null) {
            scene = new Scene(api);
        }
    }

    @Test
    @Order(1)
    void healthSaysTheDatabaseIsReadyAndMigrated() {
        JsonObject ready = api.anonymous().get("/health/ready").expect(200).json();
        assertEquals("UP", ready.getString("status"));
        JsonObject database = ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("database")).findFirst()
                .orElseThrow(() -> new AssertionError("a database check: " + ready));
        assertEquals("UP", database.getString("status"));
        assertTrue(Long.parseLong(database.getJsonObject("data").get("migrationsApplied").toString().replace("\"", "")) >= 1,
                "migrations ran: " + database);
        assertEquals("UP", api.anonymous().get("/health/live").expect(200).json().getString("status"));
        assertEquals("UP", api.anonymous().get("/health").expect(200).json().getString("status"));
    }

    @Test
    @Order(2)
    void openApiDescribesTheMemberApiAndItsProblems() {
        Api.Answer answer = api.anonymous().send(api.anonymous().request("/openapi?format=JSON")
                .header("Accept", "application/json").GET().build()).expect(200);
        JsonObject openapi = answer.json();
        JsonObject paths = openapi.getJsonObject("paths");
        for (String path : List.of("/api/v1/me", "/api/v1/unions", "/api/v1/unions/{union}/chapters",
                "/api/v1/chapters/{chapter}/members", "/api/v1/chapters/{chapter}/join-requests",
                "/api/v1/join-requests/{request}/admit", "/api/v1/mandates", "/api/v1/mandates/{mandate}/end",
                "/api/v1/chapters/{chapter}/members/{member}/suspend", "/api/v1/chapters/{chapter}/audit")) {
            assertTrue(paths.containsKey(path) || paths.containsKey(path.replace("/api/v1", "/unionhall/api/v1")),
                    "OpenAPI lists " + path + " among " + paths.keySet());
        }
        JsonObject admit = operation(paths, "/api/v1/join-requests/{request}/admit", "post");
        assertTrue(admit.getJsonObject("responses").containsKey("403"), "admit documents 403");
        assertTrue(admit.getJsonObject("responses").getJsonObject("409").getJsonObject("content")
                .containsKey("application/problem+json"), "admit documents 409 as problem+json");
        assertTrue(openapi.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        JsonObject assign = operation(paths, "/api/v1/mandates", "post");
        assertTrue(assign.getJsonObject("responses").containsKey("201"), "assign answers 201");
    }

    @Test
    @Order(3)
    void metricsAreServed() {
        Api.Answer metrics = api.anonymous().send(api.anonymous().request("/metrics")
                .header("Accept", "text/plain").GET().build()).expect(200);
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"), "JVM metrics are there");
    }

    @Test
    @Order(10)
    void aPersonAsksToJoinAStewardAdmitsAndTheNewMemberIsListed() {
        JsonObject asked = scene.newcomer.post("api/v1/chapters/" + scene.chapter + "/join-requests",
                Json.createObjectBuilder().add("note", "I moderate a small instance and want to help.").build())
                .expect(201).json();
        assertEquals("PENDING", asked.getString("status"));
        assertEquals(scene.newcomerId, asked.getString("memberId"));
        String requestId = asked.getString("id");

        assertTrue(scene.pendingRequests().stream().anyMatch(r -> r.getString("id").equals(requestId)),
                "the steward sees the pending request");
        assertTrue(scene.steward.get("api/v1/me").expect(200).json().getJsonArray("requestsToDecide").stream()
                .anyMatch(r -> r.asJsonObject().getString("id").equals(requestId)), "and on the dashboard");
        assertFalse(scene.statusOf(scene.newcomerId).isPresent(), "not a member before admission");

        JsonObject admitted = scene.steward.post("api/v1/join-requests/" + requestId + "/admit",
                reason("Welcome; vouched for at the meeting.")).expect(200).json();
        assertEquals("ADMITTED", admitted.getString("status"));
        assertEquals("ACTIVE", scene.statusOf(scene.newcomerId).orElseThrow(), "the new member is listed as active");
        assertTrue(Scene.chaptersOf(scene.newcomer).contains(scene.chapter), "and sees the chapter on their dashboard");

        long audit = scene.auditCount();
        JsonObject again = scene.steward.post("api/v1/join-requests/" + requestId + "/admit",
                reason("Retry after a timeout")).problem(409);
        assertTrue(again.getString("detail").length() > 10);
        assertEquals(audit, scene.auditCount(), "a repeated admission writes nothing");
        assertEquals(1, scene.membersNamed(displayName(scene.newcomer)).getJsonArray("items").stream()
                .filter(r -> r.asJsonObject().getString("memberId").equals(scene.newcomerId)).count(),
                "exactly one membership, never a second");

        JsonObject entry = latestAudit();
        assertEquals("JOIN_ADMITTED", entry.getString("action"));
        assertEquals("Welcome; vouched for at the meeting.", entry.getString("reason"));
        assertEquals(scene.newcomerId, entry.getString("subjectId"));
    }

    @Test
    @Order(20)
    void aStewardSuspendsAndRestoresAMember() {
        String base = "api/v1/chapters/" + scene.chapter + "/members/" + scene.memberId;
        JsonObject suspended = scene.steward.post(base + "/suspend", reason("Harassment report under review"))
                .expect(200).json();
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertEquals("SUSPENDED", scene.statusOf(scene.memberId).orElseThrow());
        assertEquals("MEMBERSHIP_SUSPENDED", latestAudit().getString("action"));

        scene.steward.post(base + "/suspend", reason("twice")).problem(409);

        JsonObject restored = scene.steward.post(base + "/restore", reason("Report closed, no breach found"))
                .expect(200).json();
        assertEquals("ACTIVE", restored.getString("status"));
        assertEquals("ACTIVE", scene.statusOf(scene.memberId).orElseThrow());
        JsonObject entry = latestAudit();
        assertEquals("MEMBERSHIP_RESTORED", entry.getString("action"));
        assertEquals("Report closed, no breach found", entry.getString("reason"));
    }

    @Test
    @Order(30)
    void delegateMandatesKeepToTheSeatsAndNeedAnActiveMembership() {
        JsonObject chapter = scene.steward.get("api/v1/chapters/" + scene.chapter).expect(200).json();
        int seats = chapter.getInt("delegateSeats");
        List<String> delegates = activeDelegates();
        List<String> candidates = activeMembersWithoutDelegateMandate();
        assertTrue(candidates.size() > seats - delegates.size(), "the demo chapter has enough members to fill every seat");

        String lastAssigned = null;
        for (int seated = delegates.size(); seated < seats; seated++) {
            lastAssigned = scene.steward.post("api/v1/mandates", delegate(candidates.get(seated - delegates.size())))
                    .expect(201).json().getString("id");
        }
        assertEquals(seats, scene.steward.get("api/v1/chapters/" + scene.chapter).expect(200).json()
                .getInt("delegatesSeated"), "every seat taken");

        String oneTooMany = candidates.get(seats - delegates.size());
        long audit = scene.auditCount();
        JsonObject full = scene.steward.post("api/v1/mandates", delegate(oneTooMany)).problem(409);
        assertTrue(full.getString("detail").toLowerCase().contains("seat"), "says the seats are taken: " + full);
        assertEquals(audit, scene.auditCount(), "a refused mandate writes nothing");

        String toEnd = lastAssigned != null ? lastAssigned : activeDelegateMandates().get(0);
        JsonObject ended = scene.steward.post("api/v1/mandates/" + toEnd + "/end", reason("Stepped down"))
                .expect(200).json();
        assertFalse(ended.getBoolean("active"));
        assertEquals("MANDATE_ENDED", latestAudit().getString("action"));
        scene.steward.post("api/v1/mandates", delegate(oneTooMany)).expect(201);
        assertEquals("MANDATE_ASSIGNED", latestAudit().getString("action"));

        JsonObject outsider = scene.steward.post("api/v1/mandates", delegate(scene.otherStewardId)).problem(409);
        assertTrue(outsider.getString("detail").toLowerCase().contains("member"),
                "a delegate must be an active member of the chapter: " + outsider);
    }

    @Test
    @Order(40)
    void theUnionStewardReadsTheTrailOfTheWholeUnion() {
        JsonObject trail = scene.unionSteward.get("api/v1/unions/" + scene.union + "/audit?size=100").expect(200).json();
        assertTrue(trail.getJsonNumber("total").longValue() >= 1);
        assertTrue(trail.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("scopeSlug").equals(scene.chapter)), "the chapter's changes are in it");
        assertTrue(scene.unionSteward.get("api/v1/chapters/" + scene.chapter + "/audit").expect(200).json()
                .getJsonArray("items").size() >= 1, "and the chapter's own trail");
    }

    @Test
    @Order(50)
    void membersAreListedInPagesSortedByName() {
        JsonObject first = scene.member.get("api/v1/chapters/" + scene.chapter + "/members?page=0&size=2").expect(200).json();
        assertEquals(0, first.getInt("page"));
        assertEquals(2, first.getInt("size"));
        assertTrue(first.getJsonArray("items").size() <= 2);
        JsonObject all = scene.member.get("api/v1/chapters/" + scene.chapter + "/members?size=100").expect(200).json();
        List<String> names = all.getJsonArray("items").stream()
                .map(r -> r.asJsonObject().getString("displayName").toLowerCase()).toList();
        assertEquals(names.stream().sorted().toList(), names, "sorted by name");
        scene.member.get("api/v1/chapters/" + scene.chapter + "/members?size=101").problem(422);
        scene.member.get("api/v1/chapters/" + scene.chapter + "/members?page=-1").problem(422);
    }

    private JsonObject latestAudit() {
        return scene.steward.get("api/v1/chapters/" + scene.chapter + "/audit?size=1").expect(200).json()
                .getJsonArray("items").getJsonObject(0);
    }

    private static JsonObject reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build();
    }

    private JsonObject delegate(String memberId) {
        return Json.createObjectBuilder()
                .add("role", "DELEGATE").add("memberId", memberId)
                .add("scopeKind", "CHAPTER").add("scopeSlug", scene.chapter)
                .add("termStart", LocalDate.now().toString())
                .add("termEnd", LocalDate.now().plusYears(1).toString())
                .add("reason", "Elected at the chapter meeting").build();
    }

    private static String displayName(Api.Caller caller) {
        return caller.get("api/v1/me").expect(200).json().getString("displayName");
    }

    private List<JsonObject> chapterMandates() {
        return scene.steward.get("api/v1/chapters/" + scene.chapter + "/mandates").expect(200).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private List<String> activeDelegates() {
        return chapterMandates().stream()
                .filter(m -> m.getBoolean("active") && m.getString("role").equals("DELEGATE"))
                .map(m -> m.getString("memberId")).toList();
    }

    private List<String> activeDelegateMandates() {
        return chapterMandates().stream()
                .filter(m -> m.getBoolean("active") && m.getString("role").equals("DELEGATE"))
                .map(m -> m.getString("id")).toList();
    }

    private List<String> activeMembersWithoutDelegateMandate() {
        List<String> delegates = activeDelegates();
        return scene.steward.get("api/v1/chapters/" + scene.chapter + "/members?size=100").expect(200).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("status").equals("ACTIVE"))
                .map(r -> r.getString("memberId"))
                .filter(id -> !delegates.contains(id) && !id.equals(scene.stewardId))
                .toList();
    }

    private static JsonObject operation(JsonObject paths, String path, String method) {
        JsonObject item = paths.containsKey(path) ? paths.getJsonObject(path)
                : paths.getJsonObject(path.replace("/api/v1", "/unionhall/api/v1"));
        return item.getJsonObject(method);
    }
}
