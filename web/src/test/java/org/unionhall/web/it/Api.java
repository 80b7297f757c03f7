package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small client of the deployed application over real HTTP/1.1 ({@code java.net.http}, as a
 * browser speaks to a server without TLS): callers
 * with HTTP Basic credentials or with the session cookie of a sign-in through the sign-in page,
 * and answers with their JSON parsed.
 */
public final class Api {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "union-demo-2026";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final Set<URI> READY = ConcurrentHashMap.newKeySet();

    /**
     * @param deployment the application's base URL as Arquillian reports it; waits until the
     *     application answers (Payara can report a deployment a moment before it serves it)
     */
    public Api(URL deployment) {
        String url = deployment.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        if (!READY.contains(base)) {
            awaitReady();
            READY.add(base);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int upInARow = 0;
        while (upInARow < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Unionhall did not become ready within 120 s at " + base);
            }
            Answer health = tryGet("/health/ready");
            Answer api = tryGet("api/v1/me");
            boolean up = health != null && health.status() == 200 && health.body().contains("\"database\"")
                    && api != null && api.status() == 401 && api.mediaType().equals("application/problem+json");
            upInARow = up ? upInARow + 1 : 0;
            try {
                Thread.sleep(up ? 100 : 500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Answer tryGet(String path) {
        try {
            return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build());
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /**
     * The absolute URI of a path: relative to the application ({@code api/v1/me}) or, with a
     * leading slash, to the server ({@code /health}).
     */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /** The server's own origin, as a browser on Unionhall would send it. */
    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    /** A caller who sends HTTP Basic credentials with every request. */
    public Caller basic(String email, String password) {
        String token = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Caller(Map.of("Authorization", "Basic " + token));
    }

    /** A demo member, by e-mail, with HTTP Basic. */
    public Caller demo(String email) {
        return basic(email, DEMO_PASSWORD);
    }

    /** Nobody: no credentials, no session. */
    public Caller anonymous() {
        return new Caller(Map.of());
    }

    /** A caller holding only a session cookie with the given value. */
    public Caller withSessionCookie(String value) {
        return new Caller(Map.of("Cookie", "UNIONHALL_SESSION=" + value));
    }

    /**
     * Signs in through the sign-in page like a browser (the JSF form with its view state) and
     * returns a caller holding the new session cookie.
     */
    public Caller signInOnPage(String email, String password) {
        Answer page = anonymous().get("login.xhtml");
        assertEquals(200, page.status(), "the sign-in page answers");
        String before = sessionCookie(page.headers()).orElseThrow(() -> new AssertionError("no session cookie"));
        Map<String, String> form = new LinkedHashMap<>();
        Matcher inputs = Pattern.compile("<input[^>]*>").matcher(page.body());
        while (inputs.find()) {
            String input = inputs.group();
            String name = attribute(input, "name");
            if (name == null) {
                continue;
            }
            if (name.endsWith("email")) {
                form.put(name, email);
            } else if (name.endsWith("password")) {
                form.put(name, password);
            } else if ("hidden".equals(attribute(input, "type"))) {
                form.put(name, Optional.ofNullable(attribute(input, "value")).orElse(""));
            }
        }
        Matcher button = Pattern.compile("<button[^>]*name=\"([^\"]*submit[^\"]*)\"").matcher(page.body());
        assertTrue(button.find(), "the sign-in page has a submit button");
        form.put(button.group(1), "");
        StringBuilder encoded = new StringBuilder();
        form.forEach((k, v) -> encoded.append(encoded.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest post = HttpRequest.newBuilder(uri("login.xhtml"))
                .header("Cookie", "UNIONHALL_SESSION=" + before)
                .header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString()))
                .build();
        Answer signedIn = send(post);
        assertEquals(302, signedIn.status(), "a good sign-in redirects to the dashboard: " + signedIn.body());
        String after = sessionCookie(signedIn.headers())
                .orElseThrow(() -> new AssertionError("the session id must change at sign-in"));
        assertTrue(!after.equals(before), "the session id changed at sign-in");
        return withSessionCookie(after);
    }

    /**
     * Signs in once through {@code POST /api/v1/session}, as a program making many calls does,
     * and returns a caller holding the session cookies: the password is checked once, not on
     * every call as with HTTP Basic.
     */
    public Caller signInWithApi(String email, String password) {
        Answer signedIn = anonymous().post("api/v1/session", Json.createObjectBuilder().add("email", email)
                .add("password", password).build()).expect(204);
        String cookies = String.join("; ", signedIn.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("UNIONHALL_SESSION=") || c.startsWith("UNIONHALL_SIGNIN="))
                .toList());
        assertTrue(cookies.contains("UNIONHALL_SESSION="), "signing in sets the session cookie");
        return new Caller(Map.of("Cookie", cookies));
    }

    /** The session cookie a response sets, if any. */
    public static Optional<String> sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("UNIONHALL_SESSION="))
                .map(c -> c.substring("UNIONHALL_SESSION=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&").replace("&#58;", ":") : null;
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Somebody calling the application, with fixed headers on every request. */
    public final class Caller {
        private final Map<String, String> headers;

        Caller(Map<String, String> headers) {
            this.headers = Map.copyOf(headers);
        }

        /** A request builder with this caller's headers. */
        public HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
            headers.forEach(builder::header);
            return builder;
        }

        /** GET, asking for JSON. */
        public Answer get(String path) {
            return send(request(path).header("Accept", "application/json").GET().build());
        }

        /** POST of a JSON body from the application's own origin. */
        public Answer post(String path, String json) {
            return send(request(path).header("Content-Type", "application/json").header("Origin", origin())
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        /** PUT of a JSON body from the application's own origin. */
        public Answer put(String path, String json) {
            return send(request(path).header("Content-Type", "application/json").header("Origin", origin())
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        /** POST of a file's bytes as the body, with its media type, from the application's own origin. */
        public Answer upload(String path, String mediaType, byte[] content) {
            return send(request(path).header("Content-Type", mediaType).header("Origin", origin())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
        }

        /** DELETE from the application's own origin. */
        public Answer delete(String path) {
            return send(request(path).header("Origin", origin()).DELETE().build());
        }

        /** POST of a JSON object. */
        public Answer post(String path, JsonObject json) {
            return post(path, json.toString());
        }

        /** Sends any request built from {@link #request}. */
        public Answer send(HttpRequest request) {
            return Api.this.send(request);
        }
    }

    /**
     * One answer.
     *
     * @param status HTTP status
     * @param headers response headers
     * @param body the body as text
     */
    public record Answer(int status, HttpHeaders headers, String body) {

        /** The body as a JSON object. */
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        /** The body as a JSON array. */
        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        /** The body as any JSON value. */
        public JsonValue value() {
            return Json.createReader(new StringReader(body)).readValue();
        }

        /** The Content-Type without parameters. */
        public String mediaType() {
            return headers.firstValue("Content-Type").map(t -> t.split(";")[0].strip()).orElse("");
        }

        /** Asserts the status, showing the body when it differs. */
        public Answer expect(int expected) {
            assertEquals(expected, status, () -> "HTTP status; body: " + body);
            return this;
        }

        /**
         * Asserts an RFC 9457 problem with this status: problem+json, the status repeated in the
         * body, a type, a title and a detail written for a person.
         */
        public JsonObject problem(int expected) {
            expect(expected);
            assertEquals("application/problem+json", mediaType(), "problem media type; body: " + body);
            JsonObject problem = json();
            assertEquals(expected, problem.getInt("status"));
            assertTrue(problem.getString("type").startsWith("urn:unionhall:problem:"), body);
            assertTrue(!problem.getString("title").isBlank(), body);
            assertTrue(problem.getString("detail").length() > 10, "a detail a person understands: " + body);
            return problem;
        }
    }
}
