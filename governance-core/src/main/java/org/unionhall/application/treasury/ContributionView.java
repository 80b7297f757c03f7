package org.unionhall.application.treasury;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.GiverKind;

/**
 * One contribution with who gave it: for the union's treasurers and the giver only.
 *
 * @param id the id of its ledger transfer
 * @param amount in minor units
 * @param amountText the amount as a decimal with its currency
 * @param publicName the name the giver chose to be thanked under publicly
 * @param pledgeId the pledge it pays
 * @param fromStatement whether it was read from a bank statement
 */
public record ContributionView(String id, ContributionKind kind, GiverKind giver, Optional<String> memberId,
                               Optional<String> memberName, Optional<String> instanceId,
                               Optional<String> instanceName, String fundId, String fundName, long amount,
                               String amountText, String currency, LocalDate receivedOn, Optional<String> publicName,
                               Optional<String> pledgeId, boolean fromStatement, Instant recordedAt) {
}
