package org.unionhall.domain.notification;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of one notification shown to one member. A random UUID; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record NotificationId(UUID value) {

    /** @param value the UUID; never null */
    public NotificationId {
        Objects.requireNonNull(value, "NotificationId value");
    }

    /** A new random id. */
    public static NotificationId generate() {
        return new NotificationId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static NotificationId of(String value) {
        return new NotificationId(Check.uuid(value, "notification"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
