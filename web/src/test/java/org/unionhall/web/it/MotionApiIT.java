package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A delegate congress vote through the REST API on a real Payara Micro with the demo data and
 * its founding bylaws, which send budget motions to the congress: a member proposes and submits, seconding one's own motion is refused,
 * two members second, a union steward schedules and opens the roll call, a chapter steward
 * instructs, a delegate gives a proxy (a loop back is refused), the holder splits it (too much
 * weight is refused), delegates vote, the steward closes, and the weighted result, the roll call
 * with instructions beside the votes, and the motion's decision agree. Also bad input and the
 * OpenAPI description.
 */
@ExtendWith(ArquillianExtension.class)
class MotionApiIT {
    private static final String UNION = "fediverse-moderators";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;

    private static String email(String handle) {
        return handle + "@unionhall.example";
    }

    @Test
    void aCongressVoteWithAnInstructionAProxyAndASplitProxyIsDecidedByWeight() {
        Api api = new Api(deployment);
        Api.Caller priya = api.demo(email("priya"));
        Api.Caller amara = api.demo(DemoAccounts.UNION_STEWARD);
        Api.Caller jonas = api.demo(DemoAccounts.CHAPTER_STEWARD);
        Api.Caller chloe = api.demo(DemoAccounts.PLAIN_MEMBER);
        Api.Caller kwame = api.demo(email("kwame"));
        Api.Caller mateo = api.demo(email("mateo"));

        JsonObject drafted = priya.post("api/v1/motions", "{\"kind\":\"BUDGET\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + UNION + "\",\"title\":\"Fund a moderation budget\",\"text\":\"The union sets aside 500 euros a "
                + "month to pay the moderators of the servers it works with.\"}").expect(201).json();
        String id = drafted.getString("id");
        assertEquals("DRAFT", drafted.getString("status"));
        assertEquals("SUBMITTED", priya.post("api/v1/motions/" + id + "/submit", "{}").expect(200).json()
                .getString("status"));
        assertTrue(priya.post("api/v1/motions/" + id + "/seconds", "{}").problem(409).getString("detail")
                .contains("your own motion"));
        api.demo(DemoAccounts.NEWCOMER).post("api/v1/motions/" + id + "/seconds", "{}").problem(403);
        jonas.post("api/v1/motions/" + id + "/seconds", "{}").expect(200);
        assertEquals("SECONDED", chloe.post("api/v1/motions/" + id + "/seconds", "{}").expect(200).json()
                .getString("status"));
        chloe.post("api/v1/motions/" + id + "/schedule", "{}").problem(403);
        // Scheduled for now, the congress's roll call opens at once; there is nothing left to open.
        assertEquals("VOTING", amara.post("api/v1/motions/" + id + "/schedule", "{}").expect(200).json()
                .getString("status"));
        assertTrue(amara.post("api/v1/motions/" + id + "/open-voting", "{}").problem(409).getString("detail")
                .contains("opened for voting"));

        JsonObject opened = chloe.get("api/v1/congress/" + id).expect(200).json();
        Map<String, Long> weightOf = new HashMap<>();
        Map<String, String> seatId = new HashMap<>();
        for (JsonValue v : opened.getJsonArray("seats")) {
            JsonObject seat = v.asJsonObject();
            weightOf.put(seat.getString("name"), seat.getJsonNumber("weight").longValue());
            seatId.put(seat.getString("name"), seat.getString("memberId"));
        }
        for (JsonValue v : opened.getJsonArray("chapters")) {
            JsonObject chapter = v.asJsonObject();
            long shared = opened.getJsonArray("seats").stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("chapterName").equals(chapter.getString("chapterName")))
                    .mapToLong(s -> s.getJsonNumber("weight").longValue()).sum();
            long certified = chapter.getJsonNumber("membersCertified").longValue();
            assertEquals(chapter.getInt("delegates") == 0 ? 0 : certified, shared,
                    "a chapter's weight is its certified count, shared among its delegates: " + chapter);
        }
        long priyaWeight = weightOf.get("Priya Raman");
        long mateoWeight = weightOf.get("Mateo García");
        long kwameWeight = weightOf.get("Kwame Mensah");
        assertEquals(priyaWeight + mateoWeight + kwameWeight, opened.getJsonNumber("totalWeight").longValue());

        jonas.post("api/v1/congress/" + id + "/instructions",
                "{\"chapterSlug\":\"moderators-europe\",\"instruction\":\"FOR\"}").expect(200);
        api.demo(DemoAccounts.OTHER_CHAPTER_STEWARD).post("api/v1/congress/" + id + "/instructions",
                "{\"chapterSlug\":\"moderators-europe\",\"instruction\":\"AGAINST\"}").problem(403);

        String proxy = mateo.post("api/v1/congress/proxies", "{\"holderId\":\"" + seatId.get("Kwame Mensah")
                + "\",\"scope\":\"ONE_VOTE\",\"motionId\":\"" + id + "\"}").expect(201).json().getString("id");
        assertTrue(kwame.post("api/v1/congress/proxies", "{\"holderId\":\"" + seatId.get("Mateo García")
                + "\",\"scope\":\"ONE_VOTE\",\"motionId\":\"" + id + "\"}").problem(409).getString("detail")
                .contains("proxy loop"));
        assertTrue(kwame.post("api/v1/congress/" + id + "/proxy-votes", "{\"proxyId\":\"" + proxy
                + "\",\"parts\":{\"FOR\":" + mateoWeight + ",\"AGAINST\":1}}").problem(409).getString("detail")
                .contains("more than the proxy's weight"));
        kwame.post("api/v1/congress/" + id + "/proxy-votes", "{\"proxyId\":\"" + proxy + "\",\"parts\":{\"FOR\":"
                + (mateoWeight - 1) + ",\"AGAINST\":1}}").expect(200);
        kwame.post("api/v1/congress/" + id + "/votes", "{\"choice\":\"AGAINST\"}").expect(200);
        priya.post("api/v1/congress/" + id + "/votes", "{\"choice\":\"FOR\"}").expect(200);
        priya.post("api/v1/congress/" + id + "/votes", "{\"choice\":\"AGAINST\"}").problem(409);
        chloe.post("api/v1/congress/" + id + "/close", "{}").problem(403);

        JsonObject closed = amara.post("api/v1/congress/" + id + "/close", "{}").expect(200).json();
        long inFavour = priyaWeight + mateoWeight - 1;
        long against = kwameWeight + 1;
        assertEquals(inFavour, closed.getJsonNumber("inFavour").longValue());
        assertEquals(against, closed.getJsonNumber("against").longValue());
        assertEquals(0, closed.getJsonNumber("abstaining").longValue());
        assertEquals("CLOSED", closed.getString("status"));
        String decision = inFavour > against ? "CARRIED" : "FAILED";
        assertEquals(decision, closed.getString("outcome"));
        List<String> lines = closed.getJsonArray("rollCall").stream().map(JsonValue::asJsonObject)
                .map(l -> l.getString("voterName") + "|" + l.getString("seatOfName") + "|" + l.getString("choice") + "|"
                        + l.getJsonNumber("weight").longValue() + "|" + l.getString("instruction", "none")).toList();
        assertEquals(List.of(
                "Kwame Mensah|Mateo García|FOR|" + (mateoWeight - 1) + "|FOR",
                "Kwame Mensah|Mateo García|AGAINST|1|FOR",
                "Kwame Mensah|Kwame Mensah|AGAINST|" + kwameWeight + "|none",
                "Priya Raman|Priya Raman|FOR|" + priyaWeight + "|FOR"), lines);

        JsonObject motion = chloe.get("api/v1/motions/" + id).expect(200).json();
        assertEquals(decision, motion.getString("status"));
        assertEquals(1, motion.getInt("bylawsNumber"));
        assertTrue(motion.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("what").equals("Seconded (1 of 2)")
                        && e.getString("actorName").equals("Jonas Lindqvist")), motion.toString());
        assertTrue(chloe.get("api/v1/notifications/unread-count").expect(200).body().strip().matches("[1-9][0-9]*"));
    }

    @Test
    void badInputIsAnsweredAsProblemsAndTheApiIsDescribed() {
        Api api = new Api(deployment);
        Api.Caller chloe = api.demo(DemoAccounts.PLAIN_MEMBER);
        chloe.get("api/v1/motions/not-a-motion").problem(404);
        chloe.get("api/v1/congress/not-a-motion").problem(404);
        JsonObject missing = chloe.post("api/v1/motions", "{\"kind\":\"GENERAL\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + UNION + "\"}").problem(422);
        assertTrue(missing.getString("detail").contains("title"), missing.toString());
        chloe.get("api/v1/motions").problem(422);
        api.demo(DemoAccounts.OTHER_UNION_STEWARD).get("api/v1/motions?union=" + UNION).problem(403);
        api.anonymous().get("api/v1/motions?union=" + UNION).problem(401);
        JsonObject paths = api.anonymous().send(api.anonymous().request("/openapi?format=JSON")
                .header("Accept", "application/json").GET().build()).expect(200).json().getJsonObject("paths");
        for (String path : List.of("/api/v1/motions", "/api/v1/motions/{motion}/seconds",
                "/api/v1/motions/{motion}/amendments", "/api/v1/congress/{motion}",
                "/api/v1/congress/{motion}/proxy-votes", "/api/v1/congress/proxies", "/api/v1/nominations",
                "/api/v1/notifications")) {
            assertTrue(paths.containsKey(path), "OpenAPI lists " + path + " among " + paths.keySet());
        }
    }
}
