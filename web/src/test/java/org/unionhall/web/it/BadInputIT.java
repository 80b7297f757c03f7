package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionhall.web.it.Api.Answer;

/**
 * Bad input to the REST API: duplicate membership, unknown ids, malformed JSON, bodies over
 * 1 MB, overlong strings, markup, wrong methods and media types, cross-site requests. Each
 * answers a clear 4xx problem+json and nothing already accepted is lost or changed. Signed-in
 * pages and API answers are never kept by a cache. (Hostile values in every field of every
 * endpoint: {@link HostileInputIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

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
    void aSecondMembershipOrASecondPendingRequestIsRefused() {
        long audit = scene.auditCount();
        JsonObject already = scene.member.post(joinPath(), note("let me in twice")).problem(409);
        assertTrue(already.getString("detail").contains("already"), already.toString());
        assertEquals(audit, scene.auditCount());

        scene.newcomer.post(joinPath(), note("first")).expect(201);
        scene.newcomer.post(joinPath(), note("second")).problem(409);
        assertEquals(1, scene.pendingRequests().stream()
                .filter(r -> r.getString("memberId").equals(scene.newcomerId)).count(), "one request, never two");
    }

    @Test
    void unknownIdsAndAddressesAnswer404() {
        String nobody = UUID.randomUUID().toString();
        List<Answer> answers = List.of(
                scene.steward.post("api/v1/join-requests/" + nobody + "/admit", reason("x")),
                scene.steward.post("api/v1/join-requests/not-an-id/decline", reason("x")),
                scene.steward.post("api/v1/chapters/" + scene.chapter + "/members/" + nobody + "/suspend", reason("x")),
                scene.steward.post("api/v1/chapters/" + scene.chapter + "/members/42/restore", reason("x")),
                scene.steward.post("api/v1/mandates/" + nobody + "/end", reason("x")),
                scene.steward.get("api/v1/chapters/no-such-chapter"),
                scene.steward.get("api/v1/chapters/no-such-chapter/members"),
                scene.steward.get("api/v1/unions/no-such-union"),
                scene.steward.get("api/v1/unions/no-such-union/chapters"),
                scene.steward.get("api/v1/no-such-thing"));
        for (Answer answer : answers) {
            answer.problem(404);
        }
    }

    @Test
    void malformedJsonIsRefusedAndChangesNothing() {
        long audit = scene.auditCount();
        String admit = "api/v1/join-requests/" + pendingId() + "/admit";
        for (String body : List.of("{\"reason\": ", "[\"reason\"]", "reason=ok", "")) {
            JsonObject problem = scene.steward.post(admit, body).problem(400);
            assertTrue(problem.getString("detail").contains("JSON"), problem.toString());
        }
        JsonObject badDate = Json.createObjectBuilder().add("role", "DELEGATE").add("memberId", scene.memberId)
                .add("scopeKind", "CHAPTER").add("scopeSlug", scene.chapter).add("termStart", "next Tuesday")
                .add("termEnd", "2030-01-01").add("reason", "r").build();
        scene.steward.post("api/v1/mandates", badDate).problem(400);
        JsonObject badRole = Json.createObjectBuilder(badDate).add("termStart", "2026-01-01").add("role", "KING").build();
        scene.steward.post("api/v1/mandates", badRole).problem(400);
        assertEquals(audit, scene.auditCount(), "nothing written");
        assertTrue(scene.pendingRequests().stream().anyMatch(r -> r.getString("id").equals(admit.split("/")[3])),
                "the request still waits");
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() {
        long audit = scene.auditCount();
        String big = "{\"reason\": \"" + "a".repeat(1_200_000) + "\"}";
        String admit = "api/v1/join-requests/" + pendingId() + "/admit";
        Answer declared = scene.steward.send(scene.steward.request(admit).expectContinue(true)
                .header("Content-Type", "application/json").header("Origin", api.origin())
                .POST(HttpRequest.BodyPublishers.ofString(big)).build());
        declared.problem(413);
        Answer chunked = scene.steward.send(scene.steward.request(admit)
                .header("Content-Type", "application/json").header("Origin", api.origin())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
                .build());
        chunked.problem(413);
        assertEquals(audit, scene.auditCount(), "nothing written");
    }

    @Test
    void overlongStringsAnswer422NamingTheField() {
        long audit = scene.auditCount();
        JsonObject note = scene.newcomer.post(joinPath(), note("n".repeat(1001))).problem(422);
        assertEquals("note", note.getJsonArray("fields").getJsonObject(0).getString("field"));
        assertTrue(note.getString("detail").contains("note"), note.toString());

        JsonObject reason = scene.steward.post("api/v1/join-requests/" + pendingId() + "/decline",
                reason("r".repeat(501))).problem(422);
        assertEquals("reason", reason.getJsonArray("fields").getJsonObject(0).getString("field"));
        JsonObject missing = scene.steward.post("api/v1/join-requests/" + pendingId() + "/decline", "{}").problem(422);
        assertEquals("reason", missing.getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(audit, scene.auditCount(), "nothing written");
    }

    @Test
    void markupIsStoredAsTextAndShownEscaped() {
        String markup = "<script>alert('owned')</script> <b>bold</b> & \"quotes\"";
        Answer asked = scene.newcomer.post("api/v1/chapters/" + scene.otherChapter + "/join-requests", note(markup))
                .expect(201);
        assertEquals(markup, asked.json().getString("note"), "kept exactly as typed");
        assertEquals("application/json", asked.mediaType());
        assertEquals("nosniff", asked.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(asked.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));

        Api.Caller stewardInBrowser = api.signInOnPage(DemoAccounts.OTHER_CHAPTER_STEWARD, Api.DEMO_PASSWORD);
        Answer page = stewardInBrowser.send(stewardInBrowser.request("steward/join-requests.xhtml?chapter="
                + scene.otherChapter).GET().build()).expect(200);
        assertTrue(page.body().contains("&lt;script&gt;alert("), "the steward's page shows the markup as text");
        assertFalse(page.body().contains("<script>alert("), "and never as markup");
        assertFalse(page.body().contains("<b>bold</b>"));

        assertEquals("no-store", asked.headers().firstValue("Cache-Control").orElse(""), "no cache keeps an API answer");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""),
                "no cache keeps a signed-in page for the next person at a shared computer");
        Answer style = stewardInBrowser.send(stewardInBrowser.request("jakarta.faces.resource/css/unionhall.css.xhtml"
                + "?ln=unionhall").GET().build()).expect(200);
        assertFalse(style.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "the style sheet, the same for everyone, may be cached");
    }

    @Test
    void wrongMethodsAndMediaTypesAnswer405And415And406() {
        Answer delete = scene.steward.send(scene.steward.request("api/v1/unions").DELETE().build());
        delete.problem(405);
        assertTrue(delete.headers().firstValue("Allow").orElse("").contains("GET"));
        scene.steward.send(scene.steward.request("api/v1/join-requests/" + pendingId() + "/admit")
                .header("Content-Type", "text/plain").header("Origin", api.origin())
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}")).build()).problem(415);
        scene.steward.send(scene.steward.request("api/v1/unions").header("Accept", "application/xml").GET().build())
                .problem(406);
    }

    @Test
    void crossSiteRequestsAreRefused() {
        long audit = scene.auditCount();
        String pending = pendingId();
        String admit = "api/v1/join-requests/" + pending + "/admit";
        scene.steward.send(scene.steward.request(admit).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}"))
                .build()).problem(403);
        scene.steward.send(scene.steward.request(admit).header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}"))
                .build()).problem(403);
        // what an HTML form on any site can send: not JSON, so never read
        scene.steward.send(scene.steward.request(admit).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=x")).build()).problem(415);
        assertEquals(audit, scene.auditCount(), "nothing written");
        assertTrue(scene.pendingRequests().stream().anyMatch(r -> r.getString("id").equals(pending)));
    }

    @Test
    void pagesOutsideTheLimitsAnswer422() {
        scene.member.get("api/v1/chapters/" + scene.chapter + "/members?size=101").problem(422);
        scene.member.get("api/v1/chapters/" + scene.chapter + "/members?size=0").problem(422);
        scene.member.get("api/v1/chapters/" + scene.chapter + "/members?page=-1").problem(422);
    }

    private String joinPath() {
        return "api/v1/chapters/" + scene.chapter + "/join-requests";
    }

    private String pendingId() {
        List<JsonObject> pending = scene.pendingRequests();
        assertFalse(pending.isEmpty(), "the demo chapter has a pending join request");
        return pending.get(0).getString("id");
    }

    private static JsonObject note(String text) {
        return Json.createObjectBuilder().add("note", text).build();
    }

    private static JsonObject reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build();
    }
}
