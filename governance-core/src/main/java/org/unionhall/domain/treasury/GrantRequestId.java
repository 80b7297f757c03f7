package org.unionhall.domain.treasury;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/** Identity of a grant request: a UUID; {@link #toString()} gives its canonical form. */
public record GrantRequestId(UUID value) {

    /** @param value the UUID; never null */
    public GrantRequestId {
        Objects.requireNonNull(value, "GrantRequestId value");
    }

    /** A new random id. */
    public static GrantRequestId generate() {
        return new GrantRequestId(UUID.randomUUID());
    }

    /** Parses the canonical form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static GrantRequestId of(String value) {
        return new GrantRequestId(Check.uuid(value, "grant request"));
    }

    /**
     * The id of a transfer this request makes in the ledger: the name-based UUID (version 3) of
     * {@code unionhall/grant/<step>/v1:<request id>}, so that the step, however often it is tried,
     * is recorded once.
     *
     * @param step {@code reservation}, {@code payment} or {@code release}
     */
    public TransferId transfer(String step) {
        return new TransferId(UUID.nameUUIDFromBytes(("unionhall/grant/" + step + "/v1:" + value)
                .getBytes(StandardCharsets.US_ASCII)));
    }

    /** The reference its ledger transfers carry: {@code grant:<id>}. */
    public String reference() {
        return "grant:" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
