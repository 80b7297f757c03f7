package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;

/**
 * Every steward endpoint answers 403 to a plain member of the chapter and to the steward of
 * another chapter, and changes nothing. The endpoints come from one table; the test also checks
 * that table against the OpenAPI description of the membership API, so an endpoint documented
 * as "Stewards ..." that is missing from the table fails the build.
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
                    t -> "api/v1/unions/" + t.union() + "/audit", t -> null));

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
}
