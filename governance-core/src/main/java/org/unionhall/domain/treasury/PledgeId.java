package org.unionhall.domain.treasury;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/** Identity of a {@link Pledge}: a random UUID; {@link #toString()} gives its canonical form. */
public record PledgeId(UUID value) {

    /** @param value the UUID; never null */
    public PledgeId {
        Objects.requireNonNull(value, "PledgeId value");
    }

    /** A new random id. */
    public static PledgeId generate() {
        return new PledgeId(UUID.randomUUID());
    }

    /** Parses the canonical form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static PledgeId of(String value) {
        return new PledgeId(Check.uuid(value, "pledge"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
