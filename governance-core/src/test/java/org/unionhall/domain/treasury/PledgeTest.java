package org.unionhall.domain.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/** A pledge's rules and where it stands, period by period. */
class PledgeTest {
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final LocalDate MARCH = LocalDate.parse("2026-03-20");
    private final Ledger ledger = Ledger.ofUnion(new UnionId(UUID.randomUUID()), Currency.getInstance("EUR"), NOW);
    private final LedgerAccount fund = ledger.openAccount(AccountKind.FUND, "General", NOW);
    private final MemberId member = new MemberId(UUID.randomUUID());

    private Pledge monthly(long cents) {
        return new Pledge(ledger, Giver.member(member), fund, ContributionKind.DUES, Amount.of("EUR", cents),
                PledgePeriod.MONTHLY, MARCH, member, NOW);
    }

    @Test
    void aPledgeIsPaidDueOrOverdueByWhatTheContributionsNamingItGave() {
        Pledge pledge = monthly(1_000);
        assertEquals(LocalDate.parse("2026-03-01"), pledge.startsOn());
        assertEquals(PledgeStanding.DUE, pledge.standing(MARCH, 0, 0), "new this month: due, not overdue");
        assertEquals(PledgeStanding.DUE, pledge.standing(MARCH, 999, 0));
        assertEquals(PledgeStanding.PAID, pledge.standing(MARCH, 1_000, 0));
        LocalDate april = LocalDate.parse("2026-04-30");
        assertEquals(PledgeStanding.DUE, pledge.standing(april, 0, 1_000), "March paid, April still open");
        assertEquals(PledgeStanding.OVERDUE, pledge.standing(april, 0, 500), "March ended without its amount");
        assertEquals(PledgeStanding.PAID, pledge.standing(april, 1_500, 0));
        pledge.cancel(NOW);
        assertEquals(PledgeStanding.CANCELLED, pledge.standing(april, 1_500, 0));
        assertEquals("This pledge was cancelled already.",
                assertThrows(RuleViolation.class, () -> pledge.cancel(NOW)).getMessage());
    }

    @Test
    void periodsAreCalendarMonthsAndYears() {
        assertEquals(LocalDate.parse("2026-01-01"), PledgePeriod.YEARLY.start(MARCH));
        assertEquals(LocalDate.parse("2025-01-01"), PledgePeriod.YEARLY.previous(LocalDate.parse("2026-01-01")));
        assertEquals("2026", PledgePeriod.YEARLY.label(MARCH));
        assertEquals(LocalDate.parse("2026-02-01"), PledgePeriod.MONTHLY.previous(PledgePeriod.MONTHLY.start(MARCH)));
        assertEquals("2026-03", PledgePeriod.MONTHLY.label(MARCH));
    }

    @Test
    void onlyMembersPledgeDuesAndNobodyPledgesAnonymouslyOrOutsideAFund() {
        InstanceId instance = new InstanceId(UUID.randomUUID());
        assertEquals("Only members pay dues; record a donation instead.", assertThrows(RuleViolation.class,
                () -> new Pledge(ledger, Giver.instance(instance), fund, ContributionKind.DUES, Amount.of("EUR", 5),
                        PledgePeriod.YEARLY, MARCH, member, NOW)).getMessage());
        assertThrows(RuleViolation.class, () -> new Pledge(ledger, Giver.anonymous(), fund, ContributionKind.DONATION,
                Amount.of("EUR", 5), PledgePeriod.YEARLY, MARCH, member, NOW));
        LedgerAccount bank = ledger.openAccount(AccountKind.BANK, "Bank account", NOW);
        assertThrows(InvalidInput.class, () -> new Pledge(ledger, Giver.member(member), bank, ContributionKind.DUES,
                Amount.of("EUR", 5), PledgePeriod.MONTHLY, MARCH, member, NOW));
        assertThrows(InvalidInput.class, () -> new Pledge(ledger, Giver.member(member), fund, ContributionKind.DUES,
                Amount.of("USD", 5), PledgePeriod.MONTHLY, MARCH, member, NOW));
    }
}
