package org.unionhall.domain.bylaws;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of one version (or proposed version) of a union's or the federation's bylaws. A random UUID; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record BylawsId(UUID value) {

    /** @param value the UUID; never null */
    public BylawsId {
        Objects.requireNonNull(value, "BylawsId value");
    }

    /** A new random id. */
    public static BylawsId generate() {
        return new BylawsId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static BylawsId of(String value) {
        return new BylawsId(Check.uuid(value, "bylaws"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
