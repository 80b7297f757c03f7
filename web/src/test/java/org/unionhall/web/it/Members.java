package org.unionhall.web.it;

import jakarta.json.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;

/**
 * Members calling the REST API with a session each (one Argon2id sign-in instead of one per
 * request): the demo members, or a new installation's with their own addresses and passwords.
 * A restarted server has forgotten every session: a 401 signs the member in again and repeats
 * the call once.
 */
public final class Members {
    private final Api api;
    private final Map<String, Caller> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final Function<String, String> emails;
    private final Function<String, String> passwords;
    private final Function<String, String> codes;

    /** The demo members. */
    public Members(Api api) {
        this(api, Members::email, handle -> Api.DEMO_PASSWORD, handle -> {
            throw new AssertionError(handle + " has no second factor in the demo");
        });
    }

    /**
     * People with their own addresses and passwords, by handle: a new installation's members.
     *
     * @param codes the code a member's authenticator shows now, asked for when the server wants one
     */
    public Members(Api api, Function<String, String> emails, Function<String, String> passwords,
                   Function<String, String> codes) {
        this.api = api;
        this.emails = emails;
        this.passwords = passwords;
        this.codes = codes;
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

    /**
     * A new session of the member, besides the one kept here: the password, then the code of a
     * member who turned on two-factor sign-in.
     */
    public Caller signIn(String handle) {
        Answer signedIn = api.anonymous().post("api/v1/session", Json.createObjectBuilder()
                .add("email", emails.apply(handle)).add("password", passwords.apply(handle)).build());
        if (signedIn.status() == 202) {
            String pending = signedIn.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("UNIONHALL_PENDING=")).map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst().orElseThrow(() -> new AssertionError("no pending sign-in for " + handle));
            signedIn = api.new Caller(Map.of("Cookie", pending)).post("api/v1/session/code",
                    Json.createObjectBuilder().add("code", codes.apply(handle)).build());
        }
        signedIn.expect(204);
        return api.withSessionCookie(Api.sessionCookie(signedIn.headers())
                .orElseThrow(() -> new AssertionError("no session cookie for " + handle)));
    }

    public String idOf(String handle) {
        return ids.computeIfAbsent(handle, h -> get(h, "api/v1/me").expect(200).json().getString("memberId"));
    }
}
