package org.unionhall.domain.audit;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of an entry of the audit trail. A random UUID, so ids never reveal how many exist or in which order they
 * were made; {@link #toString()} gives the form used in URLs and by the web layer.
 */
public record AuditEntryId(UUID value) {

    /** @param value the UUID; never null */
    public AuditEntryId {
        Objects.requireNonNull(value, "AuditEntryId value");
    }

    /** A new random id. */
    public static AuditEntryId generate() {
        return new AuditEntryId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static AuditEntryId of(String value) {
        return new AuditEntryId(Check.uuid(value, "audit entry"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
