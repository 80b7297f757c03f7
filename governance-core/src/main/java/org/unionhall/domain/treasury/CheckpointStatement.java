package org.unionhall.domain.treasury;

import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a checkpoint states and the installation signs: a ledger's head (how many rows, the hash of
 * the last) and its trial balance (every account's four sums) at one moment. Its {@link #bytes()}
 * are the canonical encoding of docs/ledger.md, "Checkpoints": the exact message of the Ed25519
 * signature, so anyone with the installation's public key can check a published checkpoint.
 *
 * @param balances one line per account of the ledger, in any order (encoded sorted by the account id's canonical text, which is the order of its bytes)
 */
public record CheckpointStatement(LedgerId ledger, Currency currency, long transferCount, String headHash,
                                  Instant takenAt, List<CheckpointBalance> balances) {

    /** Copies the lines, sorted by account id as they are encoded. */
    public CheckpointStatement {
        Objects.requireNonNull(ledger);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(headHash);
        Objects.requireNonNull(takenAt);
        balances = balances.stream().sorted(Comparator.comparing(b -> b.account().toString())).toList();
    }

    /** The signed message. */
    public byte[] bytes() {
        ChainEncoding encoding = new ChainEncoding(ChainEncoding.CHECKPOINT_TAG)
                .id(ledger.value())
                .ascii(currency.getCurrencyCode())
                .number(transferCount)
                .hash(headHash)
                .instant(takenAt)
                .count(balances.size());
        for (CheckpointBalance line : balances) {
            Balances b = line.balances();
            encoding.id(line.account().value()).number(b.debitsPending()).number(b.debitsPosted())
                    .number(b.creditsPending()).number(b.creditsPosted());
        }
        return encoding.bytes();
    }
}
