package org.unionhall.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a membership (one member in one chapter). A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record MembershipId(UUID value) {

    /** @param value the UUID; never null */
    public MembershipId {
        Objects.requireNonNull(value, "MembershipId value");
    }

    /** A new random id. */
    public static MembershipId generate() {
        return new MembershipId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static MembershipId of(String value) {
        return new MembershipId(Check.uuid(value, "membership"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
