package org.unionhall.federation.signature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The header fields of one HTTP message: names compare without regard to case, a name may carry
 * several values (one per received field line, in order), and the first spelling of a name is
 * kept for writing. Immutable.
 */
public final class HttpHeaders {

    private static final HttpHeaders EMPTY = new HttpHeaders(Map.of(), Map.of());

    private final Map<String, List<String>> values;
    private final Map<String, String> spellings;

    private HttpHeaders(Map<String, List<String>> values, Map<String, String> spellings) {
        this.values = values;
        this.spellings = spellings;
    }

    /** No header fields. */
    public static HttpHeaders empty() {
        return EMPTY;
    }

    /** A builder that adds field lines in order. */
    public static Builder builder() {
        return new Builder();
    }

    /** The values of {@code name}, in the order received; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(key(name), List.of());
    }

    /** The first value of {@code name}. */
    public Optional<String> first(String name) {
        List<String> found = all(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** True when at least one field line named {@code name} is present. */
    public boolean has(String name) {
        return values.containsKey(key(name));
    }

    /** The names present, as first spelled, in order of first appearance. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(spellings.values()));
    }

    /** These fields followed by all of {@code more}'s (values of a repeated name are appended). */
    public HttpHeaders with(HttpHeaders more) {
        Builder builder = toBuilder();
        for (String name : more.names()) {
            for (String value : more.all(name)) {
                builder.add(name, value);
            }
        }
        return builder.build();
    }

    /**
     * These fields with every name of {@code replacements} replaced by its values there: how a
     * request takes the headers a {@link RequestSigner} returns.
     */
    public HttpHeaders replacingAll(HttpHeaders replacements) {
        Builder builder = new Builder();
        for (String present : names()) {
            if (!replacements.has(present)) {
                all(present).forEach(v -> builder.add(present, v));
            }
        }
        for (String name : replacements.names()) {
            replacements.all(name).forEach(v -> builder.add(name, v));
        }
        return builder.build();
    }

    /** These fields without {@code name}, then {@code name} with the single value {@code value}. */
    public HttpHeaders replacing(String name, String value) {
        Builder builder = new Builder();
        for (String present : names()) {
            if (!key(present).equals(key(name))) {
                all(present).forEach(v -> builder.add(present, v));
            }
        }
        return builder.add(name, value).build();
    }

    private Builder toBuilder() {
        Builder builder = new Builder();
        for (String name : names()) {
            all(name).forEach(v -> builder.add(name, v));
        }
        return builder;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpHeaders h && values.equals(h.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return spellings.values() + "";
    }

    /** Collects field lines; {@link #build()} makes the immutable headers. */
    public static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, String> spellings = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds one field line. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a header field needs a name");
            }
            values.computeIfAbsent(key(name), k -> new ArrayList<>()).add(value);
            spellings.putIfAbsent(key(name), name);
            return this;
        }

        /** The headers collected so far. */
        public HttpHeaders build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new HttpHeaders(Collections.unmodifiableMap(copy),
                    Collections.unmodifiableMap(new LinkedHashMap<>(spellings)));
        }
    }
}
