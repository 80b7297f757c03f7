package org.unionhall.application.treasury;

import java.util.List;

/**
 * A union's ledger with its accounts, as members read it.
 *
 * @param currency the ISO 4217 code of its one currency
 * @param transferCount how many rows it holds
 * @param headHash the hash of its last row, in hex (64 zeros while empty)
 */
public record LedgerView(String id, String unionSlug, String unionName, String currency, long transferCount,
                         String headHash, List<LedgerAccountView> accounts) {

    /** Copies the list. */
    public LedgerView {
        accounts = List.copyOf(accounts);
    }

    /** The account with this name, if any. */
    public java.util.Optional<LedgerAccountView> account(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
