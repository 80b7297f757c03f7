package org.unionhall.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a mandate (a role held for a term). A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record MandateId(UUID value) {

    /** @param value the UUID; never null */
    public MandateId {
        Objects.requireNonNull(value, "MandateId value");
    }

    /** A new random id. */
    public static MandateId generate() {
        return new MandateId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static MandateId of(String value) {
        return new MandateId(Check.uuid(value, "mandate"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
