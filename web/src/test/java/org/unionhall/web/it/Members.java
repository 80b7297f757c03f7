package org.unionhall.web.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;

/**
 * Demo members calling the REST API with a session each (one Argon2id sign-in instead of one per
 * request). A restarted server has forgotten every session: a 401 signs the member in again and
 * repeats the call once.
 */
public final class Members {
    private final Api api;
    private final Map<String, Caller> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    public Members(Api api) {
        this.api = api;
    }

    /** A demo member's e-mail from their handle ({@code chloe}). */
    static String email(String handle) {
        return handle + "@unionhall.example";
    }

    Answer get(String handle, String path) {
        Answer answer = session(handle).get(path);
        if (answer.status() == 401) {
            sessions.remove(handle);
            answer = session(handle).get(path);
        }
        return answer;
    }

    Answer post(String handle, String path, String json) {
        Answer answer = session(handle).post(path, json);
        if (answer.status() == 401) {
            sessions.remove(handle);
            answer = session(handle).post(path, json);
        }
        return answer;
    }

    /** The member's session, signing in when there is none. */
    Caller session(String handle) {
        return sessions.computeIfAbsent(handle, h -> {
            Answer signedIn = api.anonymous().post("api/v1/session", "{\"email\":\"" + email(h) + "\",\"password\":\""
                    + Api.DEMO_PASSWORD + "\"}").expect(204);
            return api.withSessionCookie(Api.sessionCookie(signedIn.headers())
                    .orElseThrow(() -> new AssertionError("no session cookie for " + h)));
        });
    }

    String idOf(String handle) {
        return ids.computeIfAbsent(handle, h -> get(h, "api/v1/me").expect(200).json().getString("memberId"));
    }
}
