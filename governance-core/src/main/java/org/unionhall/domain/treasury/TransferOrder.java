package org.unionhall.domain.treasury;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.shared.InvalidInput;

/**
 * What a client asks a ledger to record: one transfer, or one leg of a linked batch. Every order
 * carries the id the client chose for the transfer ({@link TransferId}): sent again with the same
 * body it returns the transfer first recorded; sent with another body it is refused.
 *
 * <p>Each order may carry a reference: a short code (letters, digits and {@code . _ : / -}, at
 * most {@value #MAX_REFERENCE} characters) tying the transfer to something outside the ledger,
 * such as {@code grant:8c1f…}. It is part of the hashed row and can never be erased, so it must
 * never hold a name or other personal data; it holds ids.
 */
public sealed interface TransferOrder
        permits TransferOrder.Posted, TransferOrder.Pending, TransferOrder.PostPending, TransferOrder.VoidPending,
        TransferOrder.Reversal {
    /** The longest reference. */
    int MAX_REFERENCE = 64;
    /** The longest time a reservation may be held before it expires. */
    Duration MAX_TIMEOUT = Duration.ofDays(366);

    /** The id the client chose. */
    TransferId id();

    /** The reference, empty when none. */
    String reference();

    /** Moves the amount from the debit account to the credit account at once. */
    record Posted(TransferId id, LedgerAccountId debit, LedgerAccountId credit, Amount amount, String reference)
            implements TransferOrder {
        /** Checks the parts. */
        public Posted {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(debit, "debit");
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(amount, "amount");
            reference = checkReference(reference);
        }
    }

    /**
     * Reserves the amount: it counts against the debit account's limit until it is posted, voided
     * or, when a timeout is given, expires.
     *
     * @param timeout how long the reservation holds, whole seconds from 1 second to 366 days; empty
     *                for a reservation that holds until it is posted or voided
     */
    record Pending(TransferId id, LedgerAccountId debit, LedgerAccountId credit, Amount amount,
                   Optional<Duration> timeout, String reference) implements TransferOrder {
        /** Checks the parts. */
        public Pending {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(debit, "debit");
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(timeout, "timeout");
            timeout.ifPresent(t -> {
                if (t.compareTo(Duration.ofSeconds(1)) < 0 || t.compareTo(MAX_TIMEOUT) > 0 || t.getNano() != 0) {
                    throw new InvalidInput("A reservation's timeout is a whole number of seconds between 1 second "
                            + "and 366 days.");
                }
            });
            reference = checkReference(reference);
        }
    }

    /**
     * Posts a pending transfer: moves the amount given (all of the reserved amount when none is
     * given, at most that) between its accounts and releases the whole reservation.
     */
    record PostPending(TransferId id, TransferId pending, Optional<Amount> amount, String reference)
            implements TransferOrder {
        /** Checks the parts. */
        public PostPending {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(pending, "pending");
            Objects.requireNonNull(amount, "amount");
            reference = checkReference(reference);
        }
    }

    /** Voids a pending transfer: releases its reservation, and nothing moves. */
    record VoidPending(TransferId id, TransferId pending, String reference) implements TransferOrder {
        /** Checks the parts. */
        public VoidPending {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(pending, "pending");
            reference = checkReference(reference);
        }
    }

    /**
     * Corrects a transfer that moved money (posted, or posted from a reservation) by moving the
     * same amount back between the same accounts. A transfer is reversed at most once; a reversal
     * is itself a posted transfer and obeys the accounts' limits.
     */
    record Reversal(TransferId id, TransferId corrects, String reference) implements TransferOrder {
        /** Checks the parts. */
        public Reversal {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(corrects, "corrects");
            reference = checkReference(reference);
        }
    }

    /** A reference as stored: trimmed, empty when none, refused when it is not a short code. */
    private static String checkReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return "";
        }
        String trimmed = reference.strip();
        if (trimmed.length() > MAX_REFERENCE || !trimmed.matches("[A-Za-z0-9._:/-]+")) {
            throw new InvalidInput("A transfer's reference is a code of at most " + MAX_REFERENCE + " letters, "
                    + "digits and . _ : / - (an id, never a name).");
        }
        return trimmed;
    }
}
