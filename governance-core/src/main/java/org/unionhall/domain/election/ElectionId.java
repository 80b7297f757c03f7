package org.unionhall.domain.election;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a secret member ballot. A random UUID; its string form is also the {@code election}
 * field of the manifest (protocol §8.1), so it appears in the published record.
 */
public record ElectionId(UUID value) {

    /** @param value never null */
    public ElectionId {
        Objects.requireNonNull(value, "ElectionId value");
    }

    /** A new random id. */
    public static ElectionId generate() {
        return new ElectionId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static ElectionId of(String value) {
        return new ElectionId(Check.uuid(value, "election"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
