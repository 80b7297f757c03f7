package org.unionhall.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a chapter of a union. A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record ChapterId(UUID value) {

    /** @param value the UUID; never null */
    public ChapterId {
        Objects.requireNonNull(value, "ChapterId value");
    }

    /** A new random id. */
    public static ChapterId generate() {
        return new ChapterId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static ChapterId of(String value) {
        return new ChapterId(Check.uuid(value, "chapter"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
