package org.unionhall.domain.congress;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a proxy one delegate gave another. A random UUID; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record ProxyId(UUID value) {

    /** @param value the UUID; never null */
    public ProxyId {
        Objects.requireNonNull(value, "ProxyId value");
    }

    /** A new random id. */
    public static ProxyId generate() {
        return new ProxyId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static ProxyId of(String value) {
        return new ProxyId(Check.uuid(value, "proxy"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
