package org.unionhall.web.view.motion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.motion.BylawsProposal;
import org.unionhall.application.motion.BylawsView;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.TreasuryTerms;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Threshold;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * The form for a bylaws amendment of a union ({@code ?union=}): the whole proposed next version,
 * prefilled with the version in force, plus a title and the reasons. Saving drafts the amendment
 * and goes to its page, where it is submitted for seconds like any motion.
 */
@Named
@ViewScoped
public class BylawsAmendmentBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MotionService motions;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String union;
    private String unionName;
    private BylawsView inForce;
    private String title;
    private String text;
    private int memberQuorumPercent;
    private int congressQuorumPercent;
    private int secondsNeeded;
    private int secondingDays;
    private int votingDays;
    private int trustees;
    private int trusteeThreshold;
    private List<RuleRow> rules = new ArrayList<>();
    private int grantApprovals;
    private long grantSingleApprovalUpTo;
    private long grantMotionAbove;
    private boolean fundPagePublic;
    private String createdId;

    /** How one kind of motion would be decided under the proposed version; edited in the form. */
    public static final class RuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final MotionKind kind;
        private DecisionBody body;
        private Threshold threshold;

        RuleRow(MotionKind kind, DecisionBody body, Threshold threshold) {
            this.kind = kind;
            this.body = body;
            this.threshold = threshold;
        }

        public MotionKind getKind() {
            return kind;
        }

        public DecisionBody getBody() {
            return body;
        }

        public void setBody(DecisionBody body) {
            this.body = body;
        }

        public Threshold getThreshold() {
            return threshold;
        }

        public void setThreshold(Threshold threshold) {
            this.threshold = threshold;
        }
    }

    /** Loads the bylaws in force into the form; anyone who is not a member of the union gets the 403 page. */
    public void load() {
        Pages.load(() -> {
            unionName = directory.union(member.actor(), union).name();
            inForce = motions.bylaws(member.actor(), union);
            return inForce;
        });
        if (inForce == null) {
            return;
        }
        memberQuorumPercent = inForce.memberQuorumPercent();
        congressQuorumPercent = inForce.congressQuorumPercent();
        secondsNeeded = inForce.secondsNeeded();
        secondingDays = inForce.secondingDays();
        votingDays = inForce.votingDays();
        trustees = inForce.trustees();
        trusteeThreshold = inForce.trusteeThreshold();
        rules = new ArrayList<>(inForce.rules().stream()
                .map(r -> new RuleRow(r.kind(), r.body(), r.threshold())).toList());
        grantApprovals = inForce.treasury().grantApprovals();
        grantSingleApprovalUpTo = inForce.treasury().grantSingleApprovalUpTo();
        grantMotionAbove = inForce.treasury().grantMotionAbove();
        fundPagePublic = inForce.treasury().fundPagePublic();
    }

    /** Drafts the amendment and goes to its page. */
    public String propose() {
        Map<MotionKind, DecisionBody> bodies = new EnumMap<>(MotionKind.class);
        Map<MotionKind, Threshold> thresholds = new EnumMap<>(MotionKind.class);
        for (RuleRow r : rules) {
            bodies.put(r.getKind(), r.getBody());
            thresholds.put(r.getKind(), r.getThreshold());
        }
        BylawsProposal proposal = new BylawsProposal(memberQuorumPercent, congressQuorumPercent, secondsNeeded,
                secondingDays, votingDays, trustees, trusteeThreshold, bodies, thresholds,
                new TreasuryTerms(grantApprovals, grantSingleApprovalUpTo, grantMotionAbove, fundPagePublic));
        if (Pages.act(() -> createdId = motions.proposeBylawsAmendment(member.actor(), union, title, text, proposal)
                .id(), "Your bylaws amendment is saved as a draft. Submit it to ask for seconds.")) {
            Pages.keepMessagesForNextPage();
            return "/motions/view?faces-redirect=true&id=" + createdId;
        }
        return null;
    }

    /** Who may decide, by name. */
    public Map<String, DecisionBody> getBodies() {
        return Pages.byLabel(DecisionBody::label, DecisionBody.values());
    }

    /** The majorities, by name. */
    public Map<String, Threshold> getThresholds() {
        return Pages.byLabel(Threshold::label, Threshold.values());
    }

    /** How a bylaws amendment is decided under the version in force, in words. */
    public String getDecidedHow() {
        return inForce.rules().stream().filter(r -> r.kind() == MotionKind.BYLAWS_AMENDMENT).findFirst()
                .map(r -> r.body().label().toLowerCase(java.util.Locale.ROOT) + ", " + r.threshold().label())
                .orElse("");
    }

    public BylawsView getInForce() {
        return inForce;
    }

    public String getUnionName() {
        return unionName;
    }

    public String getUnion() {
        return union;
    }

    public void setUnion(String union) {
        this.union = union;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getMemberQuorumPercent() {
        return memberQuorumPercent;
    }

    public void setMemberQuorumPercent(int memberQuorumPercent) {
        this.memberQuorumPercent = memberQuorumPercent;
    }

    public int getCongressQuorumPercent() {
        return congressQuorumPercent;
    }

    public void setCongressQuorumPercent(int congressQuorumPercent) {
        this.congressQuorumPercent = congressQuorumPercent;
    }

    public int getSecondsNeeded() {
        return secondsNeeded;
    }

    public void setSecondsNeeded(int secondsNeeded) {
        this.secondsNeeded = secondsNeeded;
    }

    public int getSecondingDays() {
        return secondingDays;
    }

    public void setSecondingDays(int secondingDays) {
        this.secondingDays = secondingDays;
    }

    public int getVotingDays() {
        return votingDays;
    }

    public void setVotingDays(int votingDays) {
        this.votingDays = votingDays;
    }

    public int getTrustees() {
        return trustees;
    }

    public void setTrustees(int trustees) {
        this.trustees = trustees;
    }

    public int getTrusteeThreshold() {
        return trusteeThreshold;
    }

    public void setTrusteeThreshold(int trusteeThreshold) {
        this.trusteeThreshold = trusteeThreshold;
    }

    /** The rule rows, one per kind of motion. */
    public List<RuleRow> getRules() {
        return rules;
    }

    public int getGrantApprovals() {
        return grantApprovals;
    }

    public void setGrantApprovals(int grantApprovals) {
        this.grantApprovals = grantApprovals;
    }

    public long getGrantSingleApprovalUpTo() {
        return grantSingleApprovalUpTo;
    }

    public void setGrantSingleApprovalUpTo(long grantSingleApprovalUpTo) {
        this.grantSingleApprovalUpTo = grantSingleApprovalUpTo;
    }

    public long getGrantMotionAbove() {
        return grantMotionAbove;
    }

    public void setGrantMotionAbove(long grantMotionAbove) {
        this.grantMotionAbove = grantMotionAbove;
    }

    public boolean isFundPagePublic() {
        return fundPagePublic;
    }

    public void setFundPagePublic(boolean fundPagePublic) {
        this.fundPagePublic = fundPagePublic;
    }
}
