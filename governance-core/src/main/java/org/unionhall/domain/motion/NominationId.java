package org.unionhall.domain.motion;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a nomination for an officer election. A random UUID; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record NominationId(UUID value) {

    /** @param value the UUID; never null */
    public NominationId {
        Objects.requireNonNull(value, "NominationId value");
    }

    /** A new random id. */
    public static NominationId generate() {
        return new NominationId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static NominationId of(String value) {
        return new NominationId(Check.uuid(value, "nomination"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
