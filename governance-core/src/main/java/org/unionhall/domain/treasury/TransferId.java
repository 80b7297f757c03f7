package org.unionhall.domain.treasury;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a transfer, chosen by the client that asks for it (a page, the API, a statement
 * import), so that a retry after a lost answer names the same transfer and is recorded once. A
 * UUID; {@link #toString()} gives its canonical form.
 */
public record TransferId(UUID value) {

    /** @param value the UUID; never null */
    public TransferId {
        Objects.requireNonNull(value, "TransferId value");
    }

    /** A new random id. */
    public static TransferId generate() {
        return new TransferId(UUID.randomUUID());
    }

    /** Parses the canonical form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static TransferId of(String value) {
        return new TransferId(Check.uuid(value, "transfer"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
