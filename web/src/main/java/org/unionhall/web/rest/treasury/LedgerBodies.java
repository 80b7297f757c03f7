package org.unionhall.web.rest.treasury;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.LedgerAccount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferKind;
import org.unionhall.domain.treasury.TransferOrder;
import org.unionhall.web.rest.InvalidFields;

/**
 * The JSON bodies of the ledger API. Each is checked before the service is called, so a missing
 * or overlong value answers 422 naming the field and nothing is written.
 */
public final class LedgerBodies {
    /**
     * The currency amounts are read in while only the shape of an order is checked: one with the
     * most decimals a typed amount may have, so that only what no currency accepts is refused.
     */
    private static final Currency SHAPE_ONLY = Currency.getInstance("CLF");

    /** The most orders in one batch, as the ledger allows. */
    static final int MAX_BATCH = 1_000;

    private LedgerBodies() {
    }

    /**
     * Opening a union's ledger.
     *
     * @param currency ISO 4217 code with minor units, e.g. EUR
     */
    @Schema(name = "OpenLedgerBody")
    public record OpenBody(@Schema(required = true, maxLength = 3, example = "EUR") String currency) {
        static OpenBody checked(OpenBody b) {
            InvalidFields.of(b).required("currency", b.currency(), 3).verify();
            return b;
        }
    }

    /**
     * A new account.
     *
     * @param kind FUND, CONTRIBUTOR or PAYEE (the bank account comes with the ledger)
     * @param name unique in the ledger; for a contributor or payee, all the ledger keeps about them
     */
    @Schema(name = "LedgerAccountBody")
    public record AccountBody(@Schema(required = true) AccountKind kind,
                              @Schema(required = true, maxLength = LedgerAccount.MAX_NAME) String name) {
        static AccountBody checked(AccountBody b) {
            InvalidFields.of(b).present("kind", b == null ? null : b.kind())
                    .required("name", b.name(), LedgerAccount.MAX_NAME).verify();
            return b;
        }
    }

    /**
     * Linked transfers: all are recorded or none.
     *
     * @param transfers 1 to 1,000 orders, in the order they are applied
     */
    @Schema(name = "TransfersBody")
    public record TransfersBody(@Schema(required = true, maxItems = MAX_BATCH) List<TransferBody> transfers) {
        static TransfersBody checked(TransfersBody b) {
            InvalidFields.of(b).present("transfers", b.transfers()).verify();
            if (b.transfers().isEmpty() || b.transfers().size() > MAX_BATCH) {
                throw new InvalidInput("Give 1 to " + MAX_BATCH + " transfers in one batch.");
            }
            b.orders(null);
            return b;
        }

        /**
         * The orders, with amounts read in the ledger's currency; without a currency, only their
         * shape is checked (before the ledger is looked up, so that a malformed body is a 422
         * whatever the ledger) and the answer is empty.
         */
        List<TransferOrder> orders(Currency currency) {
            List<TransferOrder> orders = new ArrayList<>();
            for (int i = 0; i < transfers.size(); i++) {
                TransferBody t = transfers.get(i);
                if (t == null) {
                    throw new InvalidInput("Transfer " + (i + 1) + " is empty.");
                }
                try {
                    if (currency == null) {
                        t.shape();
                        continue;
                    }
                    orders.add(t.order(currency));
                } catch (InvalidInput e) {
                    throw transfers.size() == 1 ? e
                            : new InvalidInput("Transfer " + (i + 1) + " of " + transfers.size() + ": " + e.getMessage());
                }
            }
            return orders;
        }
    }

    /**
     * One transfer order.
     *
     * @param id the id the client chose (a UUID); sending it again with the same details is a retry
     * @param kind POSTED (with corrects: a reversal), PENDING, POST_PENDING or VOID_PENDING
     * @param debit the account debited (POSTED, PENDING)
     * @param credit the account credited (POSTED, PENDING)
     * @param amount a decimal string in the ledger's currency, e.g. "12.50" (POSTED, PENDING;
     *               optional for POST_PENDING: a part of the reservation)
     * @param timeoutSeconds for PENDING: how long the reservation holds, 1 s to 366 days
     * @param pending for POST_PENDING and VOID_PENDING: the reservation's id
     * @param corrects for a reversal (POSTED): the transfer it corrects
     * @param reference a code of at most 64 letters, digits and . _ : / - (an id, never a name)
     */
    @Schema(name = "TransferBody")
    public record TransferBody(@Schema(required = true, format = "uuid") String id,
                               @Schema(required = true) TransferKind kind,
                               @Schema(format = "uuid") String debit,
                               @Schema(format = "uuid") String credit,
                               @Schema(maxLength = 24, example = "12.50") String amount,
                               @Schema(minimum = "1", maximum = "31622400") Long timeoutSeconds,
                               @Schema(format = "uuid") String pending,
                               @Schema(format = "uuid") String corrects,
                               @Schema(maxLength = TransferOrder.MAX_REFERENCE) String reference) {

        TransferOrder order(Currency currency) {
            InvalidFields.of(this).required("id", id, 36).present("kind", kind).optional("debit", debit, 36)
                    .optional("credit", credit, 36).optional("amount", amount, 24).optional("pending", pending, 36)
                    .optional("corrects", corrects, 36).optional("reference", reference, TransferOrder.MAX_REFERENCE)
                    .verify();
            TransferId transfer = TransferId.of(id);
            String ref = reference == null ? "" : reference;
            return switch (kind) {
                case POSTED -> {
                    if (corrects != null) {
                        none("A reversal", "debit", debit, "credit", credit, "amount", amount, "pending", pending);
                        none("A reversal", "timeoutSeconds", timeoutSeconds);
                        yield new TransferOrder.Reversal(transfer, TransferId.of(corrects), ref);
                    }
                    none("A posted transfer", "pending", pending);
                    none("A posted transfer", "timeoutSeconds", timeoutSeconds);
                    yield new TransferOrder.Posted(transfer, account("debit", debit), account("credit", credit),
                            amount(currency), ref);
                }
                case PENDING -> {
                    none("A reservation", "pending", pending, "corrects", corrects);
                    yield new TransferOrder.Pending(transfer, account("debit", debit), account("credit", credit),
                            amount(currency), Optional.ofNullable(timeoutSeconds).map(Duration::ofSeconds), ref);
                }
                case POST_PENDING -> {
                    none("Posting a reservation", "debit", debit, "credit", credit, "corrects", corrects);
                    none("Posting a reservation", "timeoutSeconds", timeoutSeconds);
                    yield new TransferOrder.PostPending(transfer, reservation(),
                            amount == null ? Optional.empty() : Optional.of(amount(currency)), ref);
                }
                case VOID_PENDING -> {
                    none("Voiding a reservation", "debit", debit, "credit", credit, "amount", amount, "corrects",
                            corrects);
                    none("Voiding a reservation", "timeoutSeconds", timeoutSeconds);
                    yield new TransferOrder.VoidPending(transfer, reservation(), ref);
                }
                case EXPIRE_PENDING -> throw new InvalidInput("Reservations expire by themselves when their time "
                        + "is up; the installation records that, nobody orders it.");
            };
        }

        /** Refuses what is malformed whatever the ledger's currency. */
        void shape() {
            order(null);
        }

        private Amount amount(Currency currency) {
            if (amount == null) {
                throw new InvalidInput("The amount is required, as a decimal string such as \"12.50\".");
            }
            return Amount.parse(amount, currency == null ? SHAPE_ONLY : currency);
        }

        private TransferId reservation() {
            if (pending == null) {
                throw new InvalidInput("Name the reservation in \"pending\".");
            }
            return TransferId.of(pending);
        }

        private static LedgerAccountId account(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidInput("The " + field + " account is required.");
            }
            return LedgerAccountId.of(value.strip());
        }

        /** Refuses fields that do not belong to this kind of order, naming the first one given. */
        private static void none(String what, Object... namesAndValues) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i + 1] != null) {
                    throw new InvalidInput(what + " takes no \"" + namesAndValues[i] + "\".");
                }
            }
        }
    }
}
