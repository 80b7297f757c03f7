package org.unionhall.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a Fediverse server a union works with. A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record InstanceId(UUID value) {

    /** @param value the UUID; never null */
    public InstanceId {
        Objects.requireNonNull(value, "InstanceId value");
    }

    /** A new random id. */
    public static InstanceId generate() {
        return new InstanceId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static InstanceId of(String value) {
        return new InstanceId(Check.uuid(value, "instance"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
