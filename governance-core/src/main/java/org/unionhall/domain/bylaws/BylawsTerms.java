package org.unionhall.domain.bylaws;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.unionhall.domain.shared.InvalidInput;

/**
 * The content of one version of the bylaws: quorum, seconds, voting period, the rule of each kind
 * of motion, the default number of trustees and their threshold, and the treasury's rules. Checked on construction and
 * never changed afterwards; a change is a new version.
 */
@Embeddable
@Access(AccessType.FIELD)
public class BylawsTerms {
    /** The most trustees an election may name. */
    public static final int MAX_TRUSTEES = 15;

    @Column(name = "member_quorum_percent", nullable = false)
    private int memberQuorumPercent;

    @Column(name = "congress_quorum_percent", nullable = false)
    private int congressQuorumPercent;

    @Column(name = "seconds_needed", nullable = false)
    private int secondsNeeded;

    @Column(name = "seconding_days", nullable = false)
    private int secondingDays;

    @Column(name = "voting_days", nullable = false)
    private int votingDays;

    @Column(name = "trustees", nullable = false)
    private int trustees;

    @Column(name = "trustee_threshold", nullable = false)
    private int trusteeThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "general_body", nullable = false, length = 20)
    private DecisionBody generalBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "general_threshold", nullable = false, length = 20)
    private Threshold generalThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_body", nullable = false, length = 20)
    private DecisionBody budgetBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_threshold", nullable = false, length = 20)
    private Threshold budgetThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "bylaws_body", nullable = false, length = 20)
    private DecisionBody bylawsBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "bylaws_threshold", nullable = false, length = 20)
    private Threshold bylawsThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_body", nullable = false, length = 20)
    private DecisionBody electionBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_threshold", nullable = false, length = 20)
    private Threshold electionThreshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "amendment_body", nullable = false, length = 20)
    private DecisionBody amendmentBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "amendment_threshold", nullable = false, length = 20)
    private Threshold amendmentThreshold;

    @Embedded
    private TreasuryRules treasury;

    /** For JPA only. */
    protected BylawsTerms() {
    }

    /**
     * @param memberQuorumPercent share of eligible voters (0..100) that must take part in a secret ballot
     * @param congressQuorumPercent share of the total delegate weight (0..100) that must take part in a roll call
     * @param secondsNeeded how many other members must second a motion (0..50)
     * @param secondingDays within how many days of submission (1..90)
     * @param votingDays how long a vote stays open by default (1..60)
     * @param trustees default number of trustees of a secret ballot (1..{@value #MAX_TRUSTEES})
     * @param trusteeThreshold how many of them suffice to decrypt (1..trustees)
     * @param rules the rule of every kind of motion; each kind must have one
     *
     * <p>The treasury's rules are those of {@link TreasuryRules#founding()}; {@link #withTreasury}
     * gives other ones.
     */
    public BylawsTerms(int memberQuorumPercent, int congressQuorumPercent, int secondsNeeded, int secondingDays,
                       int votingDays, int trustees, int trusteeThreshold, Map<MotionKind, KindRule> rules) {
        this.memberQuorumPercent = between(memberQuorumPercent, 0, 100, "The member quorum (percent of eligible voters)");
        this.congressQuorumPercent = between(congressQuorumPercent, 0, 100,
                "The congress quorum (percent of delegate weight)");
        this.secondsNeeded = between(secondsNeeded, 0, 50, "The number of seconds needed");
        this.secondingDays = between(secondingDays, 1, 90, "The days allowed for seconding");
        this.votingDays = between(votingDays, 1, 60, "The voting period in days");
        this.trustees = between(trustees, 1, MAX_TRUSTEES, "The number of trustees");
        this.trusteeThreshold = between(trusteeThreshold, 1, trustees,
                "The trustee threshold (how many trustees suffice to decrypt)");
        Objects.requireNonNull(rules, "rules");
        for (MotionKind kind : MotionKind.values()) {
            if (!rules.containsKey(kind) || rules.get(kind) == null) {
                throw new InvalidInput("The bylaws must say how a " + kind.inSentence() + " is decided.");
            }
        }
        this.generalBody = rules.get(MotionKind.GENERAL).body();
        this.generalThreshold = rules.get(MotionKind.GENERAL).threshold();
        this.budgetBody = rules.get(MotionKind.BUDGET).body();
        this.budgetThreshold = rules.get(MotionKind.BUDGET).threshold();
        this.bylawsBody = rules.get(MotionKind.BYLAWS_AMENDMENT).body();
        this.bylawsThreshold = rules.get(MotionKind.BYLAWS_AMENDMENT).threshold();
        this.electionBody = rules.get(MotionKind.OFFICER_ELECTION).body();
        this.electionThreshold = rules.get(MotionKind.OFFICER_ELECTION).threshold();
        this.amendmentBody = rules.get(MotionKind.AMENDMENT).body();
        this.amendmentThreshold = rules.get(MotionKind.AMENDMENT).threshold();
        this.treasury = TreasuryRules.founding();
    }

    /** These terms with other rules for the treasury. */
    public BylawsTerms withTreasury(TreasuryRules rules) {
        BylawsTerms copy = new BylawsTerms(memberQuorumPercent, congressQuorumPercent, secondsNeeded, secondingDays,
                votingDays, trustees, trusteeThreshold, rules());
        copy.treasury = Objects.requireNonNull(rules, "rules");
        return copy;
    }

    /** What the bylaws say about grants and the fund page. */
    public TreasuryRules treasury() {
        return treasury;
    }

    /**
     * The terms a new union starts with: a quarter of members or a half of delegate weight as
     * quorum, two seconds within 14 days, a week of voting, three trustees of whom two suffice.
     * Members decide policy themselves and in secret: general motions and officer elections go to
     * a secret member ballot with a simple majority, bylaws amendments with two thirds. Money is
     * weighed by the chapters: budget motions, and amendments, go to the delegate congress (each
     * chapter's vote weighted by its size) with a simple majority.
     */
    public static BylawsTerms founding() {
        Map<MotionKind, KindRule> rules = new EnumMap<>(MotionKind.class);
        rules.put(MotionKind.GENERAL, new KindRule(DecisionBody.SECRET_BALLOT, Threshold.SIMPLE));
        rules.put(MotionKind.BUDGET, new KindRule(DecisionBody.CONGRESS, Threshold.SIMPLE));
        rules.put(MotionKind.BYLAWS_AMENDMENT, new KindRule(DecisionBody.SECRET_BALLOT, Threshold.TWO_THIRDS));
        rules.put(MotionKind.OFFICER_ELECTION, new KindRule(DecisionBody.SECRET_BALLOT, Threshold.SIMPLE));
        rules.put(MotionKind.AMENDMENT, new KindRule(DecisionBody.CONGRESS, Threshold.SIMPLE));
        return new BylawsTerms(25, 50, 2, 14, 7, 3, 2, rules);
    }

    private static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInput(field + " must be between " + min + " and " + max + "; " + value + " is not.");
        }
        return value;
    }

    /** The rule for a kind of motion. */
    public KindRule ruleFor(MotionKind kind) {
        return switch (kind) {
            case GENERAL -> new KindRule(generalBody, generalThreshold);
            case BUDGET -> new KindRule(budgetBody, budgetThreshold);
            case BYLAWS_AMENDMENT -> new KindRule(bylawsBody, bylawsThreshold);
            case OFFICER_ELECTION -> new KindRule(electionBody, electionThreshold);
            case AMENDMENT -> new KindRule(amendmentBody, amendmentThreshold);
        };
    }

    /** Every kind's rule, in the order of {@link MotionKind}. */
    public Map<MotionKind, KindRule> rules() {
        Map<MotionKind, KindRule> rules = new EnumMap<>(MotionKind.class);
        for (MotionKind kind : MotionKind.values()) {
            rules.put(kind, ruleFor(kind));
        }
        return rules;
    }

    /**
     * Applies the rule of a kind of motion, decided by the given body, to a tally. The quorum is
     * met when the weight cast (abstentions included) is at least the quorum share of the
     * eligible weight; the comparison is done in whole numbers.
     */
    public Decision decide(MotionKind kind, DecisionBody body, Tally tally) {
        Threshold threshold = ruleFor(kind).threshold();
        int quorumPercent = body == DecisionBody.SECRET_BALLOT ? memberQuorumPercent : congressQuorumPercent;
        boolean quorum = tally.cast() * 100 >= (long) quorumPercent * tally.eligible() && tally.cast() > 0;
        boolean reached = threshold.reached(tally.inFavour(), tally.against(), tally.abstaining());
        String basis = body == DecisionBody.SECRET_BALLOT ? "eligible voters" : "delegate weight";
        String explanation = "For " + tally.inFavour() + ", against " + tally.against() + ", abstaining "
                + tally.abstaining() + " of " + tally.eligible() + " " + basis + ". Quorum of " + quorumPercent
                + "% " + (quorum ? "met" : "not met") + "; " + threshold.label() + " "
                + (reached ? "reached" : "not reached") + ".";
        return new Decision(tally, quorum, reached, explanation);
    }

    /** Share of eligible voters that must take part in a secret ballot, in percent. */
    public int memberQuorumPercent() {
        return memberQuorumPercent;
    }

    /** Share of the total delegate weight that must take part in a roll call, in percent. */
    public int congressQuorumPercent() {
        return congressQuorumPercent;
    }

    /** Seconds a motion needs. */
    public int secondsNeeded() {
        return secondsNeeded;
    }

    /** Days allowed for seconding after submission. */
    public int secondingDays() {
        return secondingDays;
    }

    /** Default voting period in days. */
    public int votingDays() {
        return votingDays;
    }

    /** Default number of trustees. */
    public int trustees() {
        return trustees;
    }

    /** Default trustee threshold. */
    public int trusteeThreshold() {
        return trusteeThreshold;
    }
}
