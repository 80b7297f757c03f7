package org.unionhall.domain.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.bylaws.BylawsTerms;
import org.unionhall.domain.bylaws.TreasuryRules;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/** The rules of a grant request that need no database: amounts, the bylaws' approvals, the steps. */
class GrantRequestTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    final MemberId requester = MemberId.generate();
    final MemberId first = MemberId.generate();
    final MemberId second = MemberId.generate();
    final LedgerAccountId payee = LedgerAccountId.generate();

    GrantRequest labour(String hours, long rateCents) {
        return GrantRequest.moderationLabour(UnionId.generate(), requester, InstanceId.generate(), "Night shifts",
                "Reports and appeals.", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"),
                new BigDecimal(hours), Amount.of("EUR", rateCents), NOW);
    }

    @Test
    void hoursTimesTheRateIsRoundedHalfUpToTheCent() {
        assertEquals(Amount.of("EUR", 25_000), labour("12.5", 2_000).amount());
        assertEquals(Amount.of("EUR", 24_648), labour("12.33", 1_999).amount(), "12.33 × 19.99 = 246.4767");
        assertEquals(Amount.of("EUR", 1), labour("0.01", 50).amount(), "0.5 cent rounds up");
        assertThrows(InvalidInput.class, () -> labour("1.005", 2_000), "at most two decimals of an hour");
        assertThrows(InvalidInput.class, () -> labour("10001", 2_000));
        assertThrows(InvalidInput.class, () -> labour("0", 2_000));
    }

    @Test
    void upToTheBylawsAmountOneApprovalSufficesAboveItTheirNumber() {
        TreasuryRules rules = new TreasuryRules(3, 10_000, 100_000, false);
        GrantRequest small = labour("5", 2_000);
        small.submit(requester, rules, 1, NOW);
        assertEquals(1, small.approvalsNeeded());
        assertTrue(small.approve(first, payee, NOW));

        GrantRequest large = labour("10", 2_000);
        large.submit(requester, rules, 1, NOW);
        assertEquals(3, large.approvalsNeeded());
        assertFalse(large.approve(first, payee, NOW));
        assertFalse(large.approve(second, payee, NOW));
        assertEquals(GrantStatus.SUBMITTED, large.status());

        GrantRequest tooLarge = labour("100", 2_000);
        assertThrows(RuleViolation.class, () -> tooLarge.submit(requester, rules, 1, NOW));
    }

    @Test
    void theBylawsTreasuryRulesAreCheckedAndFoundingTermsCarryTheDefaults() {
        assertEquals(TreasuryRules.founding(), BylawsTerms.founding().treasury());
        assertEquals(2, TreasuryRules.founding().approvalsFor(1));
        assertThrows(InvalidInput.class, () -> new TreasuryRules(0, 0, 1, false));
        assertThrows(InvalidInput.class, () -> new TreasuryRules(2, 500, 100, false), "members' limit below one approval's");
        TreasuryRules publicPage = new TreasuryRules(2, 0, 1_000, true);
        assertEquals(publicPage, BylawsTerms.founding().withTreasury(publicPage).treasury());
    }

    @Test
    void theStepsOfARequestMakeTransfersWhoseIdsAreTheRequestsOwn() {
        GrantRequest request = labour("2", 2_000);
        request.submit(requester, TreasuryRules.founding(), 1, NOW);
        request.approve(first, payee, NOW);
        request.approve(second, payee, NOW);
        LedgerAccountId fund = LedgerAccountId.generate();
        TransferOrder.Pending reservation = request.reservation(fund);
        assertEquals(request.id().transfer("reservation"), reservation.id());
        assertEquals(reservation.id(), request.reservation(fund).id(), "the same step, the same id");
        assertEquals("grant:" + request.id(), reservation.reference());
        assertEquals(GrantRequest.RESERVATION, reservation.timeout().orElseThrow());
        assertThrows(RuleViolation.class, () -> request.pay(first, NOW), "an approver pays not");
        assertThrows(RuleViolation.class, () -> request.pay(requester, NOW), "the requester pays not");
        assertThrows(RuleViolation.class, () -> request.pay(MemberId.generate(), NOW.plus(GrantRequest.RESERVATION)),
                "an approval that ran out pays not");
        TransferOrder.PostPending payment = request.pay(MemberId.generate(), NOW);
        assertEquals(reservation.id(), payment.pending());
        assertEquals(GrantStatus.PAID, request.status());
        assertThrows(RuleViolation.class, () -> request.withdraw(requester, NOW));
    }

    @Test
    void aRequestTheMembersCarriedIsApprovedWithoutTreasurersAndHeldUntilPaid() {
        TreasuryRules rules = new TreasuryRules(2, 0, 10_000, false);
        GrantRequest request = labour("10", 2_000);
        assertThrows(RuleViolation.class, () -> request.submit(requester, rules, 1, NOW), "above the limit");
        MotionId motion = MotionId.generate();
        request.referToMembers(requester, rules, 1, payee, motion, NOW);
        assertEquals(GrantStatus.WITH_MEMBERS, request.status());
        assertTrue(request.reservation(LedgerAccountId.generate()).timeout().isEmpty(), "held until they decide");
        assertThrows(RuleViolation.class, () -> request.approve(first, payee, NOW));
        assertThrows(RuleViolation.class, () -> request.settle(MotionStatus.VOTING, NOW), "not decided yet");
        assertTrue(request.settle(MotionStatus.CARRIED, NOW).isEmpty());
        assertEquals(GrantStatus.APPROVED, request.status());
        assertThrows(RuleViolation.class, () -> request.reject(first, "no", NOW), "the members decided");
        assertThrows(RuleViolation.class, () -> request.settle(MotionStatus.CARRIED, NOW), "settled once");
        assertEquals(GrantStatus.PAID, pay(request));
    }

    private GrantStatus pay(GrantRequest request) {
        request.pay(first, NOW.plus(java.time.Duration.ofDays(400)));
        return request.status();
    }
}
