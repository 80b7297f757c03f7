package org.unionhall.application.treasury;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.GiverKind;
import org.unionhall.domain.treasury.PledgePeriod;
import org.unionhall.domain.treasury.PledgeStanding;

/**
 * A pledge and where it stands: for the union's treasurers and the member who made it.
 *
 * @param amount promised per period, in minor units
 * @param currentPeriod the period that holds today: {@code 2026-03} or {@code 2026}
 * @param paidThisPeriod what contributions naming it gave in the current period, in minor units
 */
public record PledgeView(String id, ContributionKind kind, GiverKind giver, Optional<String> memberId,
                         Optional<String> memberName, Optional<String> instanceId, Optional<String> instanceName,
                         String fundId, String fundName, long amount, String amountText, String currency,
                         PledgePeriod period, LocalDate startsOn, String currentPeriod, long paidThisPeriod,
                         PledgeStanding standing, Instant madeAt, Optional<Instant> cancelledAt) {
}
