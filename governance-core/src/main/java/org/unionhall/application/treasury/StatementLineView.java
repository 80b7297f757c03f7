package org.unionhall.application.treasury;

import java.util.Optional;

/**
 * One line of a bank statement as importing reads it. The payer and the bank's reference are
 * shown to the treasurer here and never stored.
 *
 * @param line its line number in the file (the header is line 1)
 * @param date as written
 * @param amount as written
 * @param reason why it is refused
 * @param transferId the id its contribution has or will have in the ledger
 * @param pledgeId the pledge its reference names
 */
public record StatementLineView(int line, String date, String amount, String currency, String payer,
                                String reference, StatementLineStatus status, Optional<String> reason,
                                Optional<String> transferId, Optional<String> pledgeId) {
}
