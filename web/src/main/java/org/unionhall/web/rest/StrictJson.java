package org.unionhall.web.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unionhall.web.problem.Problem;

/**
 * Reads a request body as JSON the strict way, before anything binds it: UTF-8 only (RFC 8259
 * §8.1), one value and nothing after it, no key twice in one object (§4 leaves duplicates to the
 * reader; a second value would silently win), nesting no deeper than {@value #MAX_DEPTH} levels,
 * and no number longer than {@value #MAX_NUMBER_LENGTH} characters. The deepest body the API
 * takes, a ballot in its envelope (protocol §10.6), is six levels deep, so the limit leaves room
 * and still stops a megabyte of brackets before it costs anything. Every refusal is an
 * {@link UnreadableBody}.
 */
final class StrictJson {

    /** The deepest nesting of objects and arrays a body may have. */
    static final int MAX_DEPTH = 16;

    /** The longest number a body may hold, in characters; the longest the API reads, a long, has 20. */
    static final int MAX_NUMBER_LENGTH = 100;

    /** Looked up once: the service loader is slow and serialises threads on the class loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private StrictJson() {
    }

    /** The body as one JSON value. */
    static JsonValue parse(byte[] body) {
        String text = utf8(body);
        if (text.isBlank()) {
            throw new UnreadableBody("The body is empty: send a JSON object (at least {}).", List.of());
        }
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            JsonValue value = read(parser);
            if (parser.hasNext()) {
                throw new UnreadableBody("The body holds more than one JSON value: send one object.", List.of());
            }
            return value;
        } catch (JsonException | IllegalStateException | NumberFormatException e) {
            throw new UnreadableBody(notJson(e), List.of());
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableBody("The body is not valid UTF-8 text: send JSON encoded as UTF-8.", List.of());
        }
    }

    /** One container being filled: its builder, where it goes in its parent, and what it holds so far. */
    private static final class Open {
        final JsonObjectBuilder object;
        final JsonArrayBuilder array;
        final String path;
        final String keyInParent;
        final Set<String> keys = new HashSet<>();
        int size;

        Open(JsonObjectBuilder object, JsonArrayBuilder array, String path, String keyInParent) {
            this.object = object;
            this.array = array;
            this.path = path;
            this.keyInParent = keyInParent;
        }

        /** The path of the next value in this container, e.g. {@code contests[2]} or {@code parts.FOR}. */
        String child(String key) {
            if (object != null) {
                return path.isEmpty() ? key : path + "." + key;
            }
            return path + "[" + size + "]";
        }

        void add(String key, JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
            size++;
        }
    }

    private static JsonValue read(JsonParser parser) {
        Deque<Open> open = new ArrayDeque<>();
        String key = null;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() == MAX_DEPTH) {
                        throw new UnreadableBody("The body is nested more than " + MAX_DEPTH + " levels deep, deeper "
                                + "than any request of this API needs.", List.of());
                    }
                    String path = open.isEmpty() ? "" : open.peek().child(key);
                    open.push(event == JsonParser.Event.START_OBJECT
                            ? new Open(JSON.createObjectBuilder(), null, path, key)
                            : new Open(null, JSON.createArrayBuilder(), path, key));
                }
                case KEY_NAME -> {
                    key = parser.getString();
                    Open object = open.peek();
                    if (!object.keys.add(key)) {
                        String field = object.child(key);
                        throw new UnreadableBody("The field '" + field + "' appears twice: send each field once.",
                                List.of(new Problem.FieldError(field, "appears twice")));
                    }
                }
                case END_OBJECT, END_ARRAY -> {
                    Open done = open.pop();
                    JsonValue value = done.object != null ? done.object.build() : done.array.build();
                    if (open.isEmpty()) {
                        return value;
                    }
                    open.peek().add(done.keyInParent, value);
                }
                default -> {
                    if (event == JsonParser.Event.VALUE_NUMBER && parser.getString().length() > MAX_NUMBER_LENGTH) {
                        String field = open.isEmpty() ? "body" : open.peek().child(key);
                        throw new UnreadableBody("The field '" + field + "' holds a number of "
                                + parser.getString().length() + " characters; no number of this API needs more than "
                                + MAX_NUMBER_LENGTH + ".", List.of(new Problem.FieldError(field, "is a number too long")));
                    }
                    JsonValue value = parser.getValue();
                    if (open.isEmpty()) {
                        return value;
                    }
                    open.peek().add(key, value);
                }
            }
        }
        throw new UnreadableBody("The body ends before its JSON value does.", List.of());
    }

    private static String notJson(RuntimeException e) {
        String where = "";
        if (e instanceof jakarta.json.stream.JsonParsingException parsing && parsing.getLocation() != null) {
            JsonLocation at = parsing.getLocation();
            where = " (at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
        }
        return "The body is not valid JSON" + where + ": check brackets, quotes, commas and numbers.";
    }
}
