package org.unionhall.web.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    public static String email(String handle) {
        return handle + "@unionhall.example";
    }

    public Answer get(String handle, String path) {
        Answer answer = session(handle).get(path);
        if (answer.status() == 401) {
            sessions.remove(handle);
            answer = session(handle).get(path);
        }
        return answer;
    }

    public Answer post(String handle, String path, String json) {
        Answer answer = session(handle).post(path, json);
        if (answer.status() == 401) {
            sessions.remove(handle);
            answer = session(handle).post(path, json);
        }
        return answer;
    }

    /** The member's session, signing in when there is none. */
    public Caller session(String handle) {
        return sessions.computeIfAbsent(handle, this::signIn);
    }

    /** A new session of the member, besides the one kept here. */
    public Caller signIn(String handle) {
        Answer signedIn = api.anonymous().post("api/v1/session", "{\"email\":\"" + email(handle) + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\"}").expect(204);
        return api.withSessionCookie(Api.sessionCookie(signedIn.headers())
                .orElseThrow(() -> new AssertionError("no session cookie for " + handle)));
    }

    public String idOf(String handle) {
        return ids.computeIfAbsent(handle, h -> get(h, "api/v1/me").expect(200).json().getString("memberId"));
    }
}
