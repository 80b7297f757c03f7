package org.unionhall.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a federation of unions. A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record FederationId(UUID value) {

    /** @param value the UUID; never null */
    public FederationId {
        Objects.requireNonNull(value, "FederationId value");
    }

    /** A new random id. */
    public static FederationId generate() {
        return new FederationId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static FederationId of(String value) {
        return new FederationId(Check.uuid(value, "federation"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
