package org.unionhall.domain.treasury;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/** Identity of a ledger: a UUID; {@link #toString()} gives its canonical form. */
public record LedgerId(UUID value) {

    /** @param value the UUID; never null */
    public LedgerId {
        Objects.requireNonNull(value, "LedgerId value");
    }

    /** A new random id. */
    public static LedgerId generate() {
        return new LedgerId(UUID.randomUUID());
    }

    /** Parses the canonical form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static LedgerId of(String value) {
        return new LedgerId(Check.uuid(value, "ledger"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
