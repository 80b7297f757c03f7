package org.unionhall.domain.treasury;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/** Identity of a ledger account: a UUID; {@link #toString()} gives its canonical form. */
public record LedgerAccountId(UUID value) {

    /** @param value the UUID; never null */
    public LedgerAccountId {
        Objects.requireNonNull(value, "LedgerAccountId value");
    }

    /** A new random id. */
    public static LedgerAccountId generate() {
        return new LedgerAccountId(UUID.randomUUID());
    }

    /** Parses the canonical form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static LedgerAccountId of(String value) {
        return new LedgerAccountId(Check.uuid(value, "account"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
