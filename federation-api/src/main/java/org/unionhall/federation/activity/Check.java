package org.unionhall.federation.activity;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.unionhall.federation.json.JsonFormatException;

/** The checks records make on construction; each refusal names the JSON field. */
final class Check {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Check() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new JsonFormatException("`" + field + "` is missing");
        }
        return value;
    }

    static String text(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new JsonFormatException("`" + field + "` must not be blank");
        }
        return value;
    }

    static long atLeast(long value, long least, String field) {
        if (value < least) {
            throw new JsonFormatException("`" + field + "` must be at least " + least + ", not " + value);
        }
        return value;
    }

    static String sha256Hex(String value, String field) {
        present(value, field);
        if (!SHA256_HEX.matcher(value).matches()) {
            throw new JsonFormatException("`" + field + "` must be a SHA-256 digest as 64 lowercase hex digits");
        }
        return value;
    }

    static List<String> options(List<String> options, String field) {
        List<String> copy = List.copyOf(present(options, field));
        if (copy.size() < 2 || copy.stream().distinct().count() != copy.size()
                || copy.stream().anyMatch(String::isBlank)) {
            throw new JsonFormatException("`" + field + "` must hold at least two different, non-blank options");
        }
        return copy;
    }

    static List<URI> uris(List<URI> values, String field) {
        present(values, field);
        values.forEach(v -> Objects.requireNonNull(v, field));
        return List.copyOf(values);
    }
}
