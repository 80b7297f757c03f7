package org.unionhall.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a member (a person with a sign-in account). A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record MemberId(UUID value) {

    /** @param value the UUID; never null */
    public MemberId {
        Objects.requireNonNull(value, "MemberId value");
    }

    /** A new random id. */
    public static MemberId generate() {
        return new MemberId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static MemberId of(String value) {
        return new MemberId(Check.uuid(value, "member"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
