package org.unionhall.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a union. A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record UnionId(UUID value) {

    /** @param value the UUID; never null */
    public UnionId {
        Objects.requireNonNull(value, "UnionId value");
    }

    /** A new random id. */
    public static UnionId generate() {
        return new UnionId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static UnionId of(String value) {
        return new UnionId(Check.uuid(value, "union"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
