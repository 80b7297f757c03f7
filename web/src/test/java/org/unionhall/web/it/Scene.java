package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.unionhall.web.it.Api.Caller;

/**
 * The demo data as the tests use it, found through the API from the demo accounts' own
 * dashboards rather than hard-coded ids: the chapter the demo steward looks after, its union,
 * a plain member there, a member of another chapter, and a steward of another chapter.
 */
public final class Scene {

    final Api api;
    final Caller steward;
    final Caller member;
    final Caller newcomer;
    final Caller otherSteward;
    final Caller unionSteward;
    final String chapter;
    final String union;
    final String memberId;
    final String stewardId;
    final String newcomerId;
    final String otherStewardId;
    final String otherChapter;

    Scene(Api api) {
        this.api = api;
        steward = api.demo(DemoAccounts.CHAPTER_STEWARD);
        member = api.demo(DemoAccounts.PLAIN_MEMBER);
        newcomer = api.demo(DemoAccounts.NEWCOMER);
        otherSteward = api.demo(DemoAccounts.OTHER_CHAPTER_STEWARD);
        unionSteward = api.demo(DemoAccounts.UNION_STEWARD);
        chapter = stewardedChapter(steward).orElseThrow(() -> new AssertionError(
                DemoAccounts.CHAPTER_STEWARD + " must hold a chapter steward mandate in the demo data"));
        otherChapter = stewardedChapter(otherSteward).orElseThrow(() -> new AssertionError(
                DemoAccounts.OTHER_CHAPTER_STEWARD + " must hold a chapter steward mandate in the demo data"));
        assertNotEquals(chapter, otherChapter, "the two chapter stewards look after different chapters");
        union = steward.get("api/v1/chapters/" + chapter).expect(200).json()
                .getString("unionSlug");
        stewardId = steward.get("api/v1/me").expect(200).json().getString("memberId");
        memberId = member.get("api/v1/me").expect(200).json().getString("memberId");
        newcomerId = newcomer.get("api/v1/me").expect(200).json().getString("memberId");
        otherStewardId = otherSteward.get("api/v1/me").expect(200).json().getString("memberId");
        assertFalse(chaptersOf(newcomer).contains(chapter), DemoAccounts.NEWCOMER + " is not in " + chapter);
        assertFalse(chaptersOf(otherSteward).contains(chapter), DemoAccounts.OTHER_CHAPTER_STEWARD + " is not in " + chapter);
    }

    /** The slug of the chapter this caller is a chapter steward of today. */
    static Optional<String> stewardedChapter(Caller caller) {
        return caller.get("api/v1/me").expect(200).json().getJsonArray("mandates").stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getString("role").equals("STEWARD") && m.getString("scopeKind").equals("CHAPTER"))
                .map(m -> m.getString("scopeSlug"))
                .findFirst();
    }

    /** The chapters this caller belongs to (any status but left). */
    static List<String> chaptersOf(Caller caller) {
        return caller.get("api/v1/me").expect(200).json().getJsonArray("memberships").stream()
                .map(JsonValue::asJsonObject)
                .map(m -> m.getString("chapterSlug"))
                .toList();
    }

    /** The member rows of the chapter as the steward sees them, searched by display name. */
    JsonObject membersNamed(String name) {
        return steward.get("api/v1/chapters/" + chapter + "/members?size=100&name=" + java.net.URLEncoder.encode(
                name, java.nio.charset.StandardCharsets.UTF_8)).expect(200).json();
    }

    /** The status of one member in the chapter, as the steward sees the member list. */
    Optional<String> statusOf(String id) {
        int page = 0;
        while (true) {
            JsonObject rows = steward.get("api/v1/chapters/" + chapter + "/members?size=100&page=" + page).expect(200).json();
            for (JsonValue row : rows.getJsonArray("items")) {
                if (row.asJsonObject().getString("memberId").equals(id)) {
                    return Optional.of(row.asJsonObject().getString("status"));
                }
            }
            if ((long) (page + 1) * 100 >= rows.getJsonNumber("total").longValue()) {
                return Optional.empty();
            }
            page++;
        }
    }

    /** How many entries the chapter's audit trail holds. */
    long auditCount() {
        return steward.get("api/v1/chapters/" + chapter + "/audit?size=1").expect(200).json()
                .getJsonNumber("total").longValue();
    }

    /** The pending join requests of the chapter. */
    List<JsonObject> pendingRequests() {
        return steward.get("api/v1/chapters/" + chapter + "/join-requests").expect(200).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }
}
