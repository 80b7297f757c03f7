/**
 * The member REST API for a union's ledger ({@code /api/v1/unions/{union}/ledger}): balances,
 * rows, verification, checkpoints and exports for the union's members; opening the ledger and
 * accounts, recording transfers and signing checkpoints for its treasurers. Amounts go in and out
 * as decimal strings of the ledger's currency, never as JSON numbers. Resources are thin: they
 * check the shape of the body, call {@link org.unionhall.application.treasury.TreasuryLedgerService}
 * with the signed-in {@link org.unionhall.application.Actor}, and leave every refusal to the
 * problem+json mapping of {@code org.unionhall.web.rest}.
 */
package org.unionhall.web.rest.treasury;
