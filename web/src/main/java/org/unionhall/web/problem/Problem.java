package org.unionhall.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}): a stable
 * {@code type} a program can switch on, a short {@code title}, the HTTP {@code status}, a
 * {@code detail} sentence a person understands, and for invalid input the offending
 * {@code fields}. Nothing in it echoes more than a few dozen characters of the input.
 *
 * @param type {@code urn:unionhall:problem:<kind>}
 * @param title short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, in plain words
 * @param instance the path of the request
 * @param fields the fields that were refused, with the reason for each (may be empty)
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> fields) {

    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The same, for JAX-RS. */
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private static final String TYPE_PREFIX = "urn:unionhall:problem:";

    /**
     * One refused field.
     *
     * @param field the field name as sent, e.g. {@code note}
     * @param message why it was refused
     */
    public record FieldError(String field, String message) {
    }

    /** Copies the field list. */
    public Problem {
        Objects.requireNonNull(type);
        fields = List.copyOf(fields);
    }

    /** A problem without field errors. */
    public static Problem of(int status, String kind, String title, String detail, String instance) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, instance, List.of());
    }

    /** This problem as a JAX-RS response. */
    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(toJson().toString()).build();
    }

    /**
     * This problem as a response that says how long to wait before asking again (a 429's
     * {@code Retry-After}, in whole seconds, at least one).
     */
    public Response toResponse(Duration wait) {
        return Response.fromResponse(toResponse()).header("Retry-After", Math.max(1, wait.toSeconds())).build();
    }

    /** A wait in the words of a refusal: "40 seconds", "15 minutes", "24 hours". */
    public static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds >= 7200 ? seconds / 3600 + " hours" : seconds >= 120 ? seconds / 60 + " minutes"
                : seconds + " seconds";
    }

    /** This problem as JSON. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!fields.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            fields.forEach(f -> list.add(Json.createObjectBuilder().add("field", f.field()).add("message", f.message())));
            json.add("fields", list);
        }
        return json.build();
    }

    /**
     * Writes this problem as the whole response, outside JAX-RS (authentication, filters), and
     * commits it so nothing later turns it into an HTML error page.
     */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write(toJson().toString());
        response.flushBuffer();
    }
}
