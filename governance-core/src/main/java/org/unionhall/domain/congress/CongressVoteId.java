package org.unionhall.domain.congress;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of one roll-call vote of a union congress. A random UUID; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record CongressVoteId(UUID value) {

    /** @param value the UUID; never null */
    public CongressVoteId {
        Objects.requireNonNull(value, "CongressVoteId value");
    }

    /** A new random id. */
    public static CongressVoteId generate() {
        return new CongressVoteId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static CongressVoteId of(String value) {
        return new CongressVoteId(Check.uuid(value, "congress vote"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
