package org.unionhall.domain.bylaws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

class BylawsTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    final FederationId federation = FederationId.generate();
    final UnionId union = UnionId.generate();

    static Map<MotionKind, KindRule> rules(DecisionBody body, Threshold threshold) {
        Map<MotionKind, KindRule> rules = new EnumMap<>(MotionKind.class);
        for (MotionKind kind : MotionKind.values()) {
            rules.put(kind, new KindRule(body, threshold));
        }
        return rules;
    }

    @Test
    void thresholdsAreCountedInWholeNumbers() {
        assertTrue(Threshold.SIMPLE.reached(5, 4, 100));
        assertFalse(Threshold.SIMPLE.reached(5, 5, 0));
        assertTrue(Threshold.ABSOLUTE.reached(6, 0, 5));
        assertFalse(Threshold.ABSOLUTE.reached(5, 0, 5));
        assertTrue(Threshold.TWO_THIRDS.reached(2, 1, 9));
        assertFalse(Threshold.TWO_THIRDS.reached(199, 101, 0));
        assertTrue(Threshold.TWO_THIRDS.reached(200, 100, 0));
        assertFalse(Threshold.TWO_THIRDS.reached(0, 0, 3));
    }

    @Test
    void theQuorumCountsAbstentionsAndUsesTheBodysShare() {
        BylawsTerms terms = BylawsTerms.founding();
        Decision congress = terms.decide(MotionKind.BUDGET, DecisionBody.CONGRESS, new Tally(30, 10, 10, 100));
        assertTrue(congress.quorumMet());
        assertTrue(congress.carried());
        Decision thin = terms.decide(MotionKind.BUDGET, DecisionBody.CONGRESS, new Tally(30, 10, 9, 100));
        assertFalse(thin.quorumMet());
        assertFalse(thin.carried());
        assertTrue(thin.explanation().contains("Quorum of 50% not met"), thin.explanation());
        Decision ballot = terms.decide(MotionKind.GENERAL, DecisionBody.SECRET_BALLOT, new Tally(20, 4, 1, 100));
        assertTrue(ballot.carried());
        Decision few = terms.decide(MotionKind.GENERAL, DecisionBody.SECRET_BALLOT, new Tally(20, 4, 0, 100));
        assertFalse(few.quorumMet());
        assertTrue(few.explanation().contains("Quorum of 25% not met"), few.explanation());
    }

    @Test
    void aBylawsAmendmentNeedsTwoThirdsUnderTheFoundingTerms() {
        BylawsTerms terms = BylawsTerms.founding();
        assertFalse(terms.decide(MotionKind.BYLAWS_AMENDMENT, DecisionBody.SECRET_BALLOT, new Tally(65, 35, 0, 100))
                .carried());
        assertTrue(terms.decide(MotionKind.BYLAWS_AMENDMENT, DecisionBody.SECRET_BALLOT, new Tally(67, 33, 0, 100))
                .carried());
        assertEquals(DecisionBody.SECRET_BALLOT, terms.ruleFor(MotionKind.BYLAWS_AMENDMENT).body());
    }

    @Test
    void membersDecideGeneralMotionsInSecretAndTheCongressWeighsBudgets() {
        BylawsTerms terms = BylawsTerms.founding();
        assertEquals(new KindRule(DecisionBody.SECRET_BALLOT, Threshold.SIMPLE), terms.ruleFor(MotionKind.GENERAL));
        assertEquals(new KindRule(DecisionBody.CONGRESS, Threshold.SIMPLE), terms.ruleFor(MotionKind.BUDGET));
        assertEquals(new KindRule(DecisionBody.SECRET_BALLOT, Threshold.SIMPLE),
                terms.ruleFor(MotionKind.OFFICER_ELECTION));
        assertEquals(new KindRule(DecisionBody.CONGRESS, Threshold.SIMPLE), terms.ruleFor(MotionKind.AMENDMENT));
        assertEquals(3, terms.trustees());
        assertEquals(2, terms.trusteeThreshold());
    }

    @Test
    void termsRefuseValuesOutOfRangeAndMissingRules() {
        Map<MotionKind, KindRule> all = rules(DecisionBody.CONGRESS, Threshold.SIMPLE);
        assertThrows(InvalidInput.class, () -> new BylawsTerms(101, 50, 2, 14, 7, 3, 2, all));
        assertThrows(InvalidInput.class, () -> new BylawsTerms(25, 50, 2, 0, 7, 3, 2, all));
        assertThrows(InvalidInput.class, () -> new BylawsTerms(25, 50, 2, 14, 7, 3, 4, all));
        Map<MotionKind, KindRule> partial = new EnumMap<>(all);
        partial.remove(MotionKind.BUDGET);
        InvalidInput missing = assertThrows(InvalidInput.class, () -> new BylawsTerms(25, 50, 2, 14, 7, 3, 2, partial));
        assertTrue(missing.getMessage().contains("budget motion"));
    }

    @Test
    void aCarriedProposalBecomesTheNextVersionAndSupersedesTheCurrent() {
        Bylaws first = Bylaws.foundingOfUnion(federation, union, BylawsTerms.founding(), NOW);
        assertEquals(Optional.of(1), first.number());
        assertEquals(BylawsStatus.IN_FORCE, first.status());
        Bylaws proposal = first.proposeNext(new BylawsTerms(10, 40, 1, 7, 5, 5, 3,
                rules(DecisionBody.CONGRESS, Threshold.ABSOLUTE)), NOW);
        assertEquals(Optional.empty(), proposal.number());
        assertEquals(BylawsStatus.PROPOSED, proposal.status());
        proposal.adoptAfter(first, "motion-1", NOW.plusSeconds(60));
        assertEquals(Optional.of(2), proposal.number());
        assertEquals(BylawsStatus.IN_FORCE, proposal.status());
        assertEquals(BylawsStatus.SUPERSEDED, first.status());
        assertEquals(Optional.of("motion-1"), proposal.adoptedByMotion());
        assertThrows(RuleViolation.class, () -> first.proposeNext(BylawsTerms.founding(), NOW));
        assertThrows(RuleViolation.class, () -> proposal.adoptAfter(first, "again", NOW));
    }

    @Test
    void aProposalFollowsOnlyTheBylawsInForceOfItsOwnScope() {
        Bylaws mine = Bylaws.foundingOfUnion(federation, union, BylawsTerms.founding(), NOW);
        Bylaws other = Bylaws.foundingOfUnion(federation, UnionId.generate(), BylawsTerms.founding(), NOW);
        Bylaws proposal = mine.proposeNext(BylawsTerms.founding(), NOW);
        assertThrows(RuleViolation.class, () -> proposal.adoptAfter(other, "m", NOW));
        proposal.reject();
        assertEquals(BylawsStatus.REJECTED, proposal.status());
        assertThrows(RuleViolation.class, () -> proposal.adoptAfter(mine, "m", NOW));
    }

    @Test
    void aTallyCannotHoldMoreThanCouldBeCast() {
        assertThrows(InvalidInput.class, () -> new Tally(5, 5, 1, 10));
        assertThrows(InvalidInput.class, () -> new Tally(-1, 0, 0, 10));
    }
}
