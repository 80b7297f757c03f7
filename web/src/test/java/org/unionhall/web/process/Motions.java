package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Members;

/** Motions of the Fediverse Moderators' Union driven through the REST API by its demo members. */
final class Motions {
    /** The union's delegates in congress (handle, name). */
    static final List<List<String>> DELEGATES = List.of(List.of("priya", "Priya Raman"), List.of("mateo", "Mateo García"),
            List.of("kwame", "Kwame Mensah"));
    private final Members members;

    Motions(Members members) {
        this.members = members;
    }

    /** A general motion by Chloé, submitted and waiting for seconds. */
    String submitted(String title) {
        String id = members.post("chloe", "api/v1/motions", "{\"kind\":\"GENERAL\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + SecretBallot.UNION + "\",\"title\":\"" + title + "\",\"text\":\"Moved for a test of " + title
                + ".\"}").expect(201).json().getString("id");
        assertEquals("SUBMITTED", members.post("chloe", "api/v1/motions/" + id + "/submit", "{}").expect(200).json()
                .getString("status"));
        return id;
    }

    /** A budget motion by Priya, seconded, scheduled and open for the congress's roll call. */
    String inCongressVote(String title) {
        String id = members.post("priya", "api/v1/motions", "{\"kind\":\"BUDGET\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + SecretBallot.UNION + "\",\"title\":\"" + title + "\",\"text\":\"The union spends 10 euros on "
                + title + ".\"}").expect(201).json().getString("id");
        members.post("priya", "api/v1/motions/" + id + "/submit", "{}").expect(200);
        members.post("jonas", "api/v1/motions/" + id + "/seconds", "{}").expect(200);
        members.post("chloe", "api/v1/motions/" + id + "/seconds", "{}").expect(200);
        // Scheduled for now, the congress's roll call opens at once.
        assertEquals("VOTING", members.post(SecretBallot.STEWARD, "api/v1/motions/" + id + "/schedule", "{}")
                .expect(200).json().getString("status"));
        return id;
    }

    /** A member seconds a motion; the caller reads the answer (200 when accepted). */
    Answer second(String handle, String motionId) {
        return members.post(handle, "api/v1/motions/" + motionId + "/seconds", "{}");
    }

    /** A delegate votes in a roll call; the caller reads the answer (200 when accepted). */
    Answer vote(String handle, String motionId, String choice) {
        return members.post(handle, "api/v1/congress/" + motionId + "/votes", "{\"choice\":\"" + choice + "\"}");
    }

    /** The motion as a member sees it. */
    JsonObject motion(String motionId) {
        return members.get("chloe", "api/v1/motions/" + motionId).expect(200).json();
    }

    /** Who seconded the motion, by name. */
    List<String> seconders(String motionId) {
        return motion(motionId).getJsonArray("seconders").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    /** The steward closes the roll call; its lines as "seat|choice" for direct votes. */
    List<String> closeRollCall(String motionId) {
        return members.post(SecretBallot.STEWARD, "api/v1/congress/" + motionId + "/close", "{}").expect(200).json()
                .getJsonArray("rollCall").stream().map(JsonValue::asJsonObject)
                .map(l -> l.getString("seatOfName") + "|" + l.getString("choice")).toList();
    }
}
