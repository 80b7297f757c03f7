/**
 * The treasury's ledger as the pages, the API and the installation's timers use it:
 * {@link org.unionhall.application.treasury.TreasuryLedgerService} for treasurers (record, open
 * accounts, sign checkpoints) and members (read balances and rows, verify the books), and
 * {@link org.unionhall.application.treasury.LedgerUpkeep} for the installation's own work
 * (expiring reservations, scheduled checkpoints); and
 * {@link org.unionhall.application.treasury.ContributionService}, which records dues, donations,
 * pledges and bank statements on it while keeping who gave out of the ledger. Each call is one
 * transaction under the ledger's row lock; each money action leaves an audit entry.
 */
package org.unionhall.application.treasury;
