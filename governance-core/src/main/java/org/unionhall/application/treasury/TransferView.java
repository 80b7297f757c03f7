package org.unionhall.application.treasury;

import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.treasury.TransferKind;

/**
 * One row of a ledger, with everything its hash covers, so that a reader can re-verify it.
 *
 * @param amount in minor units
 * @param amountText the amount as a decimal with its currency
 * @param pendingId for a post, void or expiry: the reservation it resolves
 * @param correctsId for a reversal: the transfer it corrects
 */
public record TransferView(String id, long sequence, TransferKind kind, String debitAccountId,
                           String debitAccountName, String creditAccountId, String creditAccountName, long amount,
                           String amountText, Optional<String> pendingId, Optional<String> correctsId,
                           Optional<Long> timeoutSeconds, Optional<Instant> expiresAt, boolean linked,
                           String reference, Instant recordedAt, String previousHash, String hash) {
}
