package org.unionhall.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a request to join a chapter. A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record JoinRequestId(UUID value) {

    /** @param value the UUID; never null */
    public JoinRequestId {
        Objects.requireNonNull(value, "JoinRequestId value");
    }

    /** A new random id. */
    public static JoinRequestId generate() {
        return new JoinRequestId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static JoinRequestId of(String value) {
        return new JoinRequestId(Check.uuid(value, "join request"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
