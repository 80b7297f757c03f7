package org.unionhall.web.rest.motion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.application.motion.TreasuryTerms;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Threshold;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.congress.Instruction;
import org.unionhall.domain.congress.ProxyScope;
import org.unionhall.domain.motion.ElectionMethod;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.web.rest.InvalidFields;

/**
 * The JSON bodies of the motion, congress and nomination API. Each is checked before a service
 * is called, so a missing or overlong value answers 422 naming the field and nothing is written.
 */
public final class MotionBodies {

    private MotionBodies() {
    }

    /**
     * A new motion (a draft).
     *
     * @param kind GENERAL or BUDGET
     * @param scope CHAPTER, UNION or FEDERATION
     * @param scopeSlug the chapter's, union's or federation's short name
     * @param title a short title
     * @param text the motion's text
     */
    @Schema(name = "ProposeMotionBody")
    public record ProposeBody(@Schema(required = true) MotionKind kind, @Schema(required = true) MotionScope scope,
                              @Schema(required = true, maxLength = 60) String scopeSlug,
                              @Schema(required = true, maxLength = 200) String title,
                              @Schema(required = true, maxLength = 10000) String text) {
        static ProposeBody checked(ProposeBody b) {
            InvalidFields.of(b).present("kind", b == null ? null : b.kind()).present("scope", b.scope())
                    .required("scopeSlug", b.scopeSlug(), 60).required("title", b.title(), 200)
                    .required("text", b.text(), 10000).verify();
            return b;
        }
    }

    /**
     * A proposed amendment: a new text for the motion.
     *
     * @param title a short title of the amendment
     * @param text the motion's text as amended
     */
    @Schema(name = "AmendmentBody")
    public record AmendmentBody(@Schema(required = true, maxLength = 200) String title,
                                @Schema(required = true, maxLength = 10000) String text) {
        static AmendmentBody checked(AmendmentBody b) {
            InvalidFields.of(b).required("title", b.title(), 200).required("text", b.text(), 10000).verify();
            return b;
        }
    }

    /**
     * A draft's new title and text.
     *
     * @param title the motion's title
     * @param text the full text of the motion
     */
    @Schema(name = "DraftBody")
    public record DraftBody(@Schema(required = true, maxLength = 200) String title,
                            @Schema(required = true, maxLength = 10000) String text) {
        static DraftBody checked(DraftBody b) {
            InvalidFields.of(b).required("title", b.title(), 200).required("text", b.text(), 10000).verify();
            return b;
        }
    }

    /**
     * When a vote opens and closes; both optional (now, and the bylaws' voting period later).
     *
     * @param opensAt ISO-8601 instant, e.g. 2026-03-02T18:00:00Z
     * @param closesAt ISO-8601 instant
     */
    @Schema(name = "ScheduleBody")
    public record ScheduleBody(@Schema(example = "2026-03-02T18:00:00Z") Instant opensAt,
                               @Schema(example = "2026-03-09T18:00:00Z") Instant closesAt) {
    }

    /**
     * A bylaws amendment: the whole proposed next version.
     *
     * @param unionSlug the union
     * @param title a short title
     * @param text why and what changes
     * @param memberQuorumPercent quorum of a secret ballot (percent of eligible voters)
     * @param congressQuorumPercent quorum of a roll call (percent of delegate weight)
     * @param secondsNeeded seconds a motion needs
     * @param secondingDays days allowed for seconding
     * @param votingDays default voting period
     * @param trustees default number of trustees
     * @param trusteeThreshold default trustee threshold
     * @param bodies who decides each kind
     * @param thresholds the majority each kind needs
     * @param treasury grant approvals, the amount members decide, a public fund page; absent keeps
     *                 the rules in force
     */
    @Schema(name = "BylawsAmendmentBody")
    public record BylawsAmendmentBody(@Schema(required = true, maxLength = 60) String unionSlug,
                                      @Schema(required = true, maxLength = 200) String title,
                                      @Schema(required = true, maxLength = 10000) String text,
                                      @Schema(required = true) Integer memberQuorumPercent,
                                      @Schema(required = true) Integer congressQuorumPercent,
                                      @Schema(required = true) Integer secondsNeeded,
                                      @Schema(required = true) Integer secondingDays,
                                      @Schema(required = true) Integer votingDays,
                                      @Schema(required = true) Integer trustees,
                                      @Schema(required = true) Integer trusteeThreshold,
                                      @Schema(required = true) Map<MotionKind, DecisionBody> bodies,
                                      @Schema(required = true) Map<MotionKind, Threshold> thresholds,
                                      TreasuryTerms treasury) {
        static BylawsAmendmentBody checked(BylawsAmendmentBody b) {
            InvalidFields.of(b).required("unionSlug", b.unionSlug(), 60).required("title", b.title(), 200)
                    .required("text", b.text(), 10000).present("memberQuorumPercent", b.memberQuorumPercent())
                    .present("congressQuorumPercent", b.congressQuorumPercent())
                    .present("secondsNeeded", b.secondsNeeded()).present("secondingDays", b.secondingDays())
                    .present("votingDays", b.votingDays()).present("trustees", b.trustees())
                    .present("trusteeThreshold", b.trusteeThreshold()).present("bodies", b.bodies())
                    .present("thresholds", b.thresholds()).verify();
            return b;
        }
    }

    /**
     * An officer election.
     *
     * @param scope CHAPTER, UNION or FEDERATION
     * @param scopeSlug its short name
     * @param office the office, e.g. Treasurer
     * @param text what the office does
     * @param method ONE_OF_N, APPROVAL or K_SEAT_APPROVAL
     * @param seats seats to fill
     */
    @Schema(name = "CallElectionBody")
    public record CallElectionBody(@Schema(required = true) MotionScope scope,
                                   @Schema(required = true, maxLength = 60) String scopeSlug,
                                   @Schema(required = true, maxLength = 200) String office,
                                   @Schema(required = true, maxLength = 10000) String text,
                                   @Schema(required = true) ElectionMethod method,
                                   @Schema(required = true, minimum = "1", maximum = "20") Integer seats) {
        static CallElectionBody checked(CallElectionBody b) {
            InvalidFields.of(b).present("scope", b == null ? null : b.scope()).required("scopeSlug", b.scopeSlug(), 60)
                    .required("office", b.office(), 200).required("text", b.text(), 10000)
                    .present("method", b.method()).present("seats", b.seats()).verify();
            return b;
        }
    }

    /**
     * A nomination.
     *
     * @param electionId the officer election (a motion id)
     * @param nomineeId the member nominated
     */
    @Schema(name = "NominateBody")
    public record NominateBody(@Schema(required = true, maxLength = 36) String electionId,
                               @Schema(required = true, maxLength = 36) String nomineeId) {
        static NominateBody checked(NominateBody b) {
            InvalidFields.of(b).required("electionId", b.electionId(), 36).required("nomineeId", b.nomineeId(), 36)
                    .verify();
            return b;
        }
    }

    /**
     * A nominee's acceptance.
     *
     * @param statement the candidate statement
     */
    @Schema(name = "AcceptNominationBody")
    public record AcceptBody(@Schema(maxLength = 2000) String statement) {
        static AcceptBody checked(AcceptBody b) {
            InvalidFields.of(b).optional("statement", b.statement(), 2000).verify();
            return b;
        }
    }

    /**
     * A delegate's own vote.
     *
     * @param choice FOR, AGAINST or ABSTAIN
     */
    @Schema(name = "CongressVoteBody")
    public record VoteBody(@Schema(required = true) Choice choice) {
        static VoteBody checked(VoteBody b) {
            InvalidFields.of(b).present("choice", b.choice()).verify();
            return b;
        }
    }

    /**
     * A proxy holder's vote for the giver, possibly split.
     *
     * @param proxyId the proxy
     * @param parts weight per choice, e.g. {"FOR": 70, "AGAINST": 30}; must add up to the proxy's weight
     */
    @Schema(name = "ProxyVoteBody")
    public record ProxyVoteBody(@Schema(required = true, maxLength = 36) String proxyId,
                                @Schema(required = true) Map<Choice, Long> parts) {
        static ProxyVoteBody checked(ProxyVoteBody b) {
            InvalidFields.of(b).required("proxyId", b.proxyId(), 36).present("parts", b.parts()).verify();
            return b;
        }
    }

    /**
     * A chapter's instruction to its delegates.
     *
     * @param chapterSlug the chapter
     * @param instruction FOR, AGAINST, ABSTAIN or FREE
     */
    @Schema(name = "InstructionBody")
    public record InstructionBody(@Schema(required = true, maxLength = 60) String chapterSlug,
                                  @Schema(required = true) Instruction instruction) {
        static InstructionBody checked(InstructionBody b) {
            InvalidFields.of(b).required("chapterSlug", b.chapterSlug(), 60).present("instruction", b.instruction())
                    .verify();
            return b;
        }
    }

    /**
     * A proxy to another delegate.
     *
     * @param holderId the delegate who will cast the weight
     * @param scope ONE_VOTE or SESSION
     * @param motionId the motion, for ONE_VOTE
     * @param sessionDay the day, for SESSION
     */
    @Schema(name = "GiveProxyBody")
    public record GiveProxyBody(@Schema(required = true, maxLength = 36) String holderId,
                                @Schema(required = true) ProxyScope scope,
                                @Schema(maxLength = 36) String motionId,
                                @Schema(example = "2026-03-02") LocalDate sessionDay) {
        static GiveProxyBody checked(GiveProxyBody b) {
            InvalidFields.of(b).required("holderId", b.holderId(), 36).present("scope", b.scope())
                    .optional("motionId", b.motionId(), 36).verify();
            return b;
        }
    }
}
