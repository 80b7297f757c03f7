package org.unionhall.domain.motion;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a motion (or an amendment, which is a motion too). A random UUID; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record MotionId(UUID value) {

    /** @param value the UUID; never null */
    public MotionId {
        Objects.requireNonNull(value, "MotionId value");
    }

    /** A new random id. */
    public static MotionId generate() {
        return new MotionId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static MotionId of(String value) {
        return new MotionId(Check.uuid(value, "motion"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
