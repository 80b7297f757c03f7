package org.unionhall.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;

/**
 * Sends hostile values to every path and query parameter and every body field of every
 * operation the application describes at {@code /openapi}, so an endpoint added later is swept
 * without anyone listing it: text where numbers go, numbers where text goes, numbers beyond an
 * {@code int} and a {@code long}, fractions, negative and largest page numbers, null, lists,
 * objects, nesting far deeper than a body needs, a key twice, fields the body does not have,
 * invalid UTF-8, very long text and bodies over 1 MB. Each answer is judged by {@link #judge}:
 * never a 5xx; every refusal a problem+json a person can read; and where the value cannot be
 * what the field or parameter is declared to be, a refusal with 400, 413 or 422.
 */
final class HostileSweep {

    /** An answer that breaks a rule, for the report. */
    record Failure(String request, int status, String body) {
        @Override
        public String toString() {
            return request + " -> " + status + " " + body.substring(0, Math.min(body.length(), 300));
        }
    }

    /** One hostile value in a JSON body, as raw JSON text, and what it is, for the report. */
    record Hostile(String label, String json) {
    }

    private static final int DEEP = 50_000;

    /**
     * Keys of the protocol's own objects (announcements, complaints, partial decryptions), which
     * the API passes to the election service whole: their fields get the hostile values too.
     */
    private static final List<String> PROTOCOL_FIELDS = List.of("trustee", "from", "to", "partials", "proof");

    /** Values that cannot be the JSON type of any field, besides their own type. */
    static final List<Hostile> FIELD_VALUES = List.of(
            new Hostile("a number", "5"),
            new Hostile("a negative number", "-1"),
            new Hostile("a fraction", "1.5"),
            new Hostile("a number beyond an int", "99999999999"),
            new Hostile("the largest long", "9223372036854775807"),
            new Hostile("a number beyond a long", "9223372036854775808"),
            new Hostile("a number below a long", "-9223372036854775809"),
            new Hostile("a huge exponent", "1e400"),
            new Hostile("a thousand digits", "1" + "0".repeat(1000)),
            new Hostile("two thousand digits", "1" + "0".repeat(2000)),
            new Hostile("text", "\"text\""),
            new Hostile("empty text", "\"\""),
            new Hostile("text of control characters", "\"\\u0000\\u001b\\u202e\""),
            new Hostile("a lone surrogate", "\"\\ud800\""),
            new Hostile("100,000 characters", "\"" + "x".repeat(100_000) + "\""),
            new Hostile("null", "null"),
            new Hostile("true", "true"),
            new Hostile("an empty list", "[]"),
            new Hostile("a mixed list", "[1,\"a\",null,{},[]]"),
            new Hostile("100,000 numbers", "[" + "0,".repeat(99_999) + "0]"),
            new Hostile("an empty object", "{}"),
            new Hostile("an object", "{\"hostile\":1}"),
            new Hostile("40 nested lists", "[".repeat(40) + "]".repeat(40)));

    /** Values for path and query parameters, already encoded for the address. */
    static final List<String> PARAMETER_VALUES = List.of("0", "-1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "1.5", "1e3", "abc", "null", "", "%20", "%FF%FE", "%00",
            "%C3%BC", "%2F", "..", "x".repeat(4000));

    /**
     * Escapes the HTTP server itself refuses in an address (a NUL, bytes that are not UTF-8) with
     * a bare 400, before the application could answer in problem+json.
     */
    private static final Set<String> REFUSED_BY_THE_HTTP_SERVER = Set.of("%FF%FE", "%00");

    private static final Set<String> NUMBERS_ONLY = Set.of("0", "-1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808");

    private final Api api;
    private final JsonObject openApi;
    private final Map<String, String> pathValues;
    private final Map<String, String> textValues;
    private final Function<String, Caller> callerFor;
    private final List<Failure> failures = new ArrayList<>();
    private int requests;

    /**
     * @param api the application
     * @param openApi its OpenAPI document
     * @param pathValues a real value for each path parameter by name (else a random id), so the
     *     hostile value of another parameter or field meets an existing thing
     * @param textValues a real value for text fields by name (slugs, member ids), else "Hostile input"
     * @param callerFor who calls an operation, by its path: a member with the power to call it
     */
    HostileSweep(Api api, JsonObject openApi, Map<String, String> pathValues, Map<String, String> textValues,
                 Function<String, Caller> callerFor) {
        this.api = api;
        this.openApi = openApi;
        this.pathValues = pathValues;
        this.textValues = textValues;
        this.callerFor = callerFor;
    }

    /** Sweeps every operation; returns the answers that broke a rule. */
    List<Failure> run() {
        JsonObject paths = openApi.getJsonObject("paths");
        for (String path : paths.keySet()) {
            JsonObject operations = paths.getJsonObject(path);
            for (String method : operations.keySet()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    sweep(method.toUpperCase(), path, operations.getJsonObject(method));
                }
            }
        }
        return failures;
    }

    /** How many requests the sweep sent. */
    int requests() {
        return requests;
    }

    private void sweep(String method, String path, JsonObject operation) {
        List<JsonObject> parameters = operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                        .map(p -> resolve(p, "parameters")).toList() : List.of();
        JsonObject declared = declaredBody(operation);
        JsonObject bodySchema = declared == null ? null : resolve(declared);
        String body = bodySchema == null ? null : base(bodySchema, "").toString();
        for (JsonObject parameter : parameters) {
            String name = parameter.getString("name");
            boolean integer = "integer".equals(schemaOf(parameter).getString("type", ""));
            for (String value : PARAMETER_VALUES) {
                String address = address(path, parameters, name, value);
                boolean mustRefuse = integer && "query".equals(parameter.getString("in"))
                        && !NUMBERS_ONLY.contains(value) && !value.equals("0");
                judge(method + " " + path + " with " + name + "=" + abbreviate(value),
                        send(method, path, address, body == null ? null : bytes(body)), mustRefuse,
                        REFUSED_BY_THE_HTTP_SERVER.contains(value));
            }
        }
        if (bodySchema == null) {
            return;
        }
        String address = address(path, parameters, null, null);
        boolean record = declared.containsKey("$ref");
        sweepFields(method, path, address, bodySchema, body, record);
        sweepWholeBody(method, path, address, body, record);
    }

    private void sweepFields(String method, String path, String address, JsonObject schema, String body,
                             boolean record) {
        Map<String, JsonObject> fields = new LinkedHashMap<>();
        fieldsOf(schema, "", fields);
        if (!record) {
            PROTOCOL_FIELDS.forEach(k -> fields.put(k, JsonValue.EMPTY_JSON_OBJECT));
        }
        JsonValue base = Json.createReader(new java.io.StringReader(body)).readValue();
        for (Map.Entry<String, JsonObject> field : fields.entrySet()) {
            boolean required = isRequired(schema, field.getKey());
            for (Hostile hostile : FIELD_VALUES) {
                String sent = replace(base, field.getKey(), hostile.json());
                boolean mustRefuse = hostile.label().startsWith("40 nested") || record
                        && (hostile.json().equals("null") ? required : !fits(field.getValue(), hostile.json()));
                judge(method + " " + path + " with " + field.getKey() + " = " + hostile.label(),
                        send(method, path, address, bytes(sent)), mustRefuse, false);
            }
        }
    }

    private void sweepWholeBody(String method, String path, String address, String body, boolean record) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("50,000 nested objects", bytes("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        bodies.put("50,000 nested lists", bytes("[".repeat(DEEP) + "]".repeat(DEEP)));
        bodies.put("a repeated key", bytes(repeatFirstKey(body)));
        bodies.put("invalid UTF-8", invalidUtf8(body));
        bodies.put("a list", bytes("[" + body + "]"));
        bodies.put("text", bytes("\"" + body.replace("\"", "'") + "\""));
        bodies.put("a number", bytes("5"));
        bodies.put("null", bytes("null"));
        bodies.put("nothing", new byte[0]);
        bodies.put("two values", bytes(body + " " + body));
        bodies.put("1.2 MB", bytes("{\"hostile\":\"" + "x".repeat(1_200_000) + "\"}"));
        if (record) {
            bodies.put("an unknown field", bytes(body.replaceFirst("\\{", "{\"hostileUnknownField\":1,")));
        }
        bodies.forEach((label, bytes) -> judge(method + " " + path + " with a body of " + label,
                send(method, path, address, bytes), true, false));
    }

    /**
     * Judges one answer: no 5xx; a 4xx is problem+json with a detail a person reads (unless the
     * HTTP server refused the address before the application saw it); and when the value cannot
     * be what was declared, a refusal with 400, 413 or 422.
     */
    private void judge(String request, Answer answer, boolean mustRefuse, boolean bareRefusalAllowed) {
        int status = answer.status();
        boolean fault = status >= 500;
        boolean bare = bareRefusalAllowed && status == 400 && answer.body().isEmpty();
        if (status >= 400 && !bare) {
            fault |= !answer.mediaType().equals("application/problem+json") || !readable(answer);
        }
        if (mustRefuse) {
            fault |= status != 400 && status != 413 && status != 422;
        }
        if (fault) {
            failures.add(new Failure(request, status, answer.body()));
        }
    }

    private static boolean readable(Answer answer) {
        try {
            JsonObject problem = answer.json();
            return problem.getInt("status") == answer.status() && problem.getString("detail").length() > 10;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Answer send(String method, String template, String address, byte[] body) {
        requests++;
        Caller caller = callerFor.apply(template);
        HttpRequest.Builder request = caller.request(address).header("Accept", "application/json")
                .header("Origin", api.origin());
        if (body == null) {
            request.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                    : HttpRequest.BodyPublishers.noBody());
            if (method.equals("POST")) {
                request.header("Content-Type", "application/json");
            }
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return caller.send(request.build());
    }

    /** The address with real values for every path parameter, and one parameter set to a raw value. */
    private String address(String path, List<JsonObject> parameters, String hostileName, String hostileValue) {
        String address = path;
        StringBuilder query = new StringBuilder();
        for (JsonObject p : parameters) {
            String name = p.getString("name");
            String value = name.equals(hostileName) ? hostileValue : null;
            if (p.getString("in").equals("path")) {
                address = address.replace("{" + name + "}", value != null ? value
                        : encode(pathValues.getOrDefault(name, UUID.randomUUID().toString())));
            } else if (p.getString("in").equals("query") && (value != null || p.getBoolean("required", false))) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(value != null ? value : encode(textValues.getOrDefault(name, "x")));
            }
        }
        return address.substring(1) + query;
    }

    /** The body's schema as declared: a reference to one of the API's body records, or inline. */
    private static JsonObject declaredBody(JsonObject operation) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        JsonObject json = content.getJsonObject("application/json");
        return json == null || !json.containsKey("schema") ? null : json.getJsonObject("schema");
    }

    private JsonObject resolve(JsonObject schema) {
        return resolve(schema, "schemas");
    }

    /** A schema or parameter, or the component it refers to ({@code #/components/parameters/page}). */
    private JsonObject resolve(JsonObject element, String components) {
        String ref = element.getString("$ref", null);
        if (ref == null) {
            return element;
        }
        return openApi.getJsonObject("components").getJsonObject(components)
                .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static JsonObject schemaOf(JsonObject parameter) {
        return parameter.containsKey("schema") ? parameter.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A value of the declared shape: the base every hostile value replaces one field of. */
    private JsonValue base(JsonObject declared, String name) {
        JsonObject schema = resolve(declared);
        String type = schema.getString("type", "object");
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        switch (type) {
            case "string" -> {
                String format = schema.getString("format", "");
                return Json.createValue(format.equals("date") ? "2030-01-01" : format.equals("date-time")
                        ? "2030-01-01T00:00:00Z" : textValues.getOrDefault(name, "Hostile input"));
            }
            case "integer", "number" -> {
                return Json.createValue(1);
            }
            case "boolean" -> {
                return JsonValue.TRUE;
            }
            case "array" -> {
                JsonArrayBuilder list = Json.createArrayBuilder();
                JsonObject items = schema.containsKey("items") ? resolve(schema.getJsonObject("items"))
                        : JsonValue.EMPTY_JSON_OBJECT;
                if (items.containsKey("properties") || "string".equals(items.getString("type", ""))) {
                    list.add(base(items, name));
                }
                return list.build();
            }
            default -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                if (schema.containsKey("properties")) {
                    schema.getJsonObject("properties").forEach((k, v) -> object.add(k, base(v.asJsonObject(), k)));
                }
                return object.build();
            }
        }
    }

    /** Every field of a body by its path ({@code contests[0].min}), with its declared schema. */
    private void fieldsOf(JsonObject declared, String prefix, Map<String, JsonObject> into) {
        JsonObject schema = resolve(declared);
        if (!schema.containsKey("properties")) {
            return;
        }
        schema.getJsonObject("properties").forEach((k, v) -> {
            JsonObject field = resolve(v.asJsonObject());
            into.put(prefix + k, field);
            fieldsOf(field, prefix + k + ".", into);
            if ("array".equals(field.getString("type", "")) && field.containsKey("items")) {
                fieldsOf(field.getJsonObject("items"), prefix + k + "[0].", into);
            }
        });
    }

    private boolean isRequired(JsonObject schema, String fieldPath) {
        if (fieldPath.contains(".")) {
            return true;
        }
        return schema.containsKey("required") && schema.getJsonArray("required").getValuesAs(
                jakarta.json.JsonString.class).stream().anyMatch(s -> s.getString().equals(fieldPath));
    }

    /** Whether a hostile value could be what the schema declares (then the server may accept it). */
    private static boolean fits(JsonObject schema, String json) {
        char first = json.charAt(0);
        boolean text = first == '"';
        boolean number = first == '-' || Character.isDigit(first);
        String type = schema.getString("type", "");
        if (schema.containsKey("enum") || "date".equals(schema.getString("format", ""))
                || "date-time".equals(schema.getString("format", ""))) {
            return false;
        }
        return switch (type) {
            case "string" -> text;
            case "integer" -> number && !json.contains(".") && !json.contains("e") && json.length() <= 19;
            case "number" -> number;
            case "boolean" -> first == 't' || first == 'f';
            case "array" -> first == '[';
            default -> first == '{';
        };
    }

    /** The body with the field at a path ({@code contests[0].min}, {@code ballot}) set to raw JSON. */
    private static String replace(JsonValue base, String fieldPath, String json) {
        String marker = "\"@@hostile@@\"";
        return set(base, fieldPath, Json.createValue("@@hostile@@")).toString().replace(marker, json);
    }

    private static JsonValue set(JsonValue into, String fieldPath, JsonValue value) {
        int dot = fieldPath.indexOf('.');
        String head = dot < 0 ? fieldPath : fieldPath.substring(0, dot);
        String rest = dot < 0 ? null : fieldPath.substring(dot + 1);
        boolean indexed = head.endsWith("[0]");
        String key = indexed ? head.substring(0, head.length() - 3) : head;
        JsonObjectBuilder object = Json.createObjectBuilder(into.asJsonObject());
        if (rest == null) {
            return object.add(key, value).build();
        }
        JsonValue child = into.asJsonObject().get(key);
        if (indexed) {
            JsonValue element = set(child.asJsonArray().get(0), rest, value);
            return object.add(key, Json.createArrayBuilder(child.asJsonArray()).set(0, element)).build();
        }
        return object.add(key, set(child, rest, value)).build();
    }

    private static String repeatFirstKey(String body) {
        int colon = body.indexOf("\":");
        if (!body.startsWith("{\"") || colon < 0) {
            return "{\"hostile\":1,\"hostile\":2}";
        }
        String key = body.substring(1, colon + 2);
        return "{" + key + "1," + body.substring(1);
    }

    private static byte[] invalidUtf8(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("{\"hostile\":\""));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
            (byte) 0x80});
        out.writeBytes(bytes("\"}"));
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        return value.length() <= 30 ? value : value.substring(0, 30) + "…";
    }
}
