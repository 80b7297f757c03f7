/**
 * The treasury's double-entry ledger: one {@link org.unionhall.domain.treasury.Ledger} per union
 * (and one per federation) in one ISO 4217 currency; accounts of four kinds (funds, the bank
 * account, contributors, payees) with running balances; immutable, hash-chained
 * {@link org.unionhall.domain.treasury.Transfer} rows with client-chosen ids, two-phase
 * reservations, linked batches and reversals; signed checkpoints; and the
 * {@link org.unionhall.domain.treasury.LedgerVerifier} that re-checks all of it from the rows. The
 * semantics follow TigerBeetle's; docs/ledger.md is the outsider's description, precise enough to
 * re-verify an export. {@link org.unionhall.domain.treasury.Contribution} and
 * {@link org.unionhall.domain.treasury.Pledge} keep who gave the money of a contribution transfer,
 * apart from the ledger, which never names a giver.
 */
package org.unionhall.domain.treasury;
