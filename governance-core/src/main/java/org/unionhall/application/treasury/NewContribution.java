package org.unionhall.application.treasury;

import java.time.LocalDate;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.GiverKind;

/**
 * A contribution a treasurer records, as typed; the service checks every part.
 *
 * @param id the id of its transfer, a UUID the client chose: sent again with the same details it
 *           is a retry
 * @param member the member's id, for a member's contribution
 * @param instance the instance's id, for an instance's
 * @param fund the fund's account id
 * @param amount a decimal such as {@code 12.50}
 * @param currency the ISO 4217 code the amount is in: the ledger's
 * @param publicName the name the giver chose to be thanked under publicly; null to stay unnamed
 *                   (an instance that gives one is also named in the ledger)
 * @param pledge the pledge it pays; null for none
 */
public record NewContribution(String id, ContributionKind kind, GiverKind giver, String member, String instance,
                              String fund, String amount, String currency, LocalDate receivedOn, String publicName,
                              String pledge) {
}
