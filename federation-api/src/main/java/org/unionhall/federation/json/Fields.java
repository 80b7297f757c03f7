package org.unionhall.federation.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Typed reading of one JSON object's fields. Every refusal names the field and what it must be
 * ("{@code object} must be a string or an object"), so a sender can be told what was wrong.
 */
public final class Fields {

    private final ObjectNode node;
    private final String where;

    private Fields(ObjectNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /** The fields of {@code node}; {@code where} names it in messages ("" for the document). */
    public static Fields of(ObjectNode node, String where) {
        return new Fields(node, where);
    }

    /** The object read. */
    public ObjectNode node() {
        return node;
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The raw value of a field, or empty. */
    public Optional<JsonNode> raw(String field) {
        return has(field) ? Optional.of(node.get(field)) : Optional.empty();
    }

    public String string(String field) {
        return optionalString(field).orElseThrow(() -> missing(field, "a string"));
    }

    public Optional<String> optionalString(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw wrong(field, "a string");
        }
        return Optional.of(value.asText());
    }

    /** An absolute http(s) URI, the shape of every id. */
    public URI uri(String field) {
        return optionalUri(field).orElseThrow(() -> missing(field, "an absolute https URI"));
    }

    public Optional<URI> optionalUri(String field) {
        if (has(field) && !node.get(field).isTextual()) {
            throw wrong(field, "an absolute https URI");
        }
        return optionalString(field).map(text -> toUri(field, text));
    }

    /**
     * A single URI or an array of them (as {@code to} and {@code cc} may be); the compact forms
     * {@code as:Public} and {@code Public} stand for {@link Vocabulary#PUBLIC}.
     */
    public List<URI> uris(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode value = node.get(field);
        List<URI> result = new ArrayList<>();
        if (value.isTextual()) {
            result.add(audience(field, value.asText()));
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw wrong(field, "a URI or an array of URIs");
                }
                result.add(audience(field, item.asText()));
            }
        } else {
            throw wrong(field, "a URI or an array of URIs");
        }
        return List.copyOf(result);
    }

    /** A whole number; {@code 1.5}, {@code 1.0}, {@code "1"} and numbers beyond a long are refused. */
    public long integer(String field) {
        if (!has(field)) {
            throw missing(field, "an integer");
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(field, "an integer");
        }
        return value.longValue();
    }

    public Instant instant(String field) {
        return optionalInstant(field).orElseThrow(() -> missing(field, "a date-time such as 2026-12-08T00:00:00Z"));
    }

    public Optional<Instant> optionalInstant(String field) {
        return optionalString(field).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw wrong(field, "a date-time such as 2026-12-08T00:00:00Z");
            }
        });
    }

    public ObjectNode object(String field) {
        if (!has(field)) {
            throw missing(field, "an object");
        }
        JsonNode value = node.get(field);
        if (!value.isObject()) {
            throw wrong(field, "an object");
        }
        return (ObjectNode) value;
    }

    /** An array of strings. */
    public List<String> strings(String field) {
        if (!has(field)) {
            throw missing(field, "an array of strings");
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            throw wrong(field, "an array of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrong(field, "an array of strings");
            }
            result.add(item.asText());
        }
        return List.copyOf(result);
    }

    /** Refuses unless {@code type} is the string {@code expected}. */
    public void requireType(String expected) {
        String type = string("type");
        if (!type.equals(expected)) {
            throw new JsonFormatException(name("type") + " must be " + expected + ", not " + type);
        }
    }

    /** A refusal naming the field. */
    public JsonFormatException wrong(String field, String expected) {
        return new JsonFormatException(name(field) + " must be " + expected);
    }

    private JsonFormatException missing(String field, String expected) {
        return new JsonFormatException(name(field) + " is missing (it must be " + expected + ")");
    }

    /** The dotted place of a field in the document ({@code object.id}). */
    public String path(String field) {
        return where.isEmpty() ? field : where + "." + field;
    }

    private String name(String field) {
        return "`" + path(field) + "`";
    }

    private URI audience(String field, String text) {
        return "as:Public".equals(text) || "Public".equals(text) ? Vocabulary.PUBLIC : toUri(field, text);
    }

    private URI toUri(String field, String text) {
        return parseUri(path(field), text);
    }

    /** An absolute http(s) URI read from {@code text}, or a refusal naming the field at {@code path}. */
    public static URI parseUri(String path, String text) {
        JsonFormatException refusal = new JsonFormatException("`" + path + "` must be an absolute https URI");
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw refusal;
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refusal;
        }
    }
}
