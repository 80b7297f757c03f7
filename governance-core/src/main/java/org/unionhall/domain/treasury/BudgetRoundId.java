package org.unionhall.domain.treasury;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/** Identity of a participatory budget: a UUID; {@link #toString()} gives its canonical form. */
public record BudgetRoundId(UUID value) {

    /** @param value the UUID; never null */
    public BudgetRoundId {
        Objects.requireNonNull(value, "BudgetRoundId value");
    }

    /** A new random id. */
    public static BudgetRoundId generate() {
        return new BudgetRoundId(UUID.randomUUID());
    }

    /** Parses the canonical form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static BudgetRoundId of(String value) {
        return new BudgetRoundId(Check.uuid(value, "participatory budget"));
    }

    /**
     * The id of a transfer the budget makes in the ledger: the name-based UUID (version 3) of
     * {@code unionhall/budget/<step>/v1:<budget id>}, so that the step is recorded once however often
     * it is tried.
     *
     * @param step {@code reservation} or {@code release}
     */
    public TransferId transfer(String step) {
        return new TransferId(UUID.nameUUIDFromBytes(("unionhall/budget/" + step + "/v1:" + value)
                .getBytes(StandardCharsets.US_ASCII)));
    }

    /** The reference its ledger transfers carry: {@code budget:<id>}. */
    public String reference() {
        return "budget:" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
