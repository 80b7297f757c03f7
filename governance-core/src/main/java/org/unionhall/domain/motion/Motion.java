package org.unionhall.domain.motion;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.BylawsId;
import org.unionhall.domain.bylaws.Decision;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A proposal put to the members of a chapter, a union or the federation, and its way to a
 * decision. The motion guards its own workflow:
 * <pre>
 * DRAFT → SUBMITTED → SECONDED → OPEN_FOR_AMENDMENTS → SCHEDULED → VOTING → CARRIED | FAILED
 *          SUBMITTED → LAPSED (not seconded in time)
 *          SCHEDULED | VOTING → FAILED (its secret ballot was cancelled; nothing was counted)
 * any state before VOTING → WITHDRAWN (by the proposer)
 * </pre>
 * On submission it records the bylaws version in force; seconds, the deciding body, the
 * threshold and the quorum all come from that version, even if the bylaws change later. An
 * amendment is itself a motion (kind {@code AMENDMENT}) with a parent; the parent cannot be
 * scheduled while one of its amendments is undecided, and a carried amendment replaces the
 * parent's text.
 */
@Entity
@Table(name = "motion")
@Access(AccessType.FIELD)
public class Motion {
    /** The longest motion text. */
    public static final int MAX_TEXT = 10_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MotionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 20)
    private MotionScope scope;

    @Column(name = "federation_id", nullable = false, length = 36)
    private String federationId;

    @Column(name = "union_id", length = 36)
    private String unionId;

    @Column(name = "chapter_id", length = 36)
    private String chapterId;

    @Column(name = "parent_id", length = 36)
    private String parentId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "proposer_id", nullable = false, length = 36)
    private String proposerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private MotionStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "bylaws_id", length = 36)
    private String bylawsId;

    @Column(name = "bylaws_number")
    private Integer bylawsNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", length = 20)
    private DecisionBody decidedBy;

    @Column(name = "seconds_needed")
    private Integer secondsNeeded;

    @Column(name = "seconds_due")
    private Instant secondsDue;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "motion_second", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    private List<Seconding> seconds = new ArrayList<>();

    @Column(name = "voting_opens")
    private Instant votingOpens;

    @Column(name = "voting_closes")
    private Instant votingCloses;

    @Column(name = "election_id", length = 36)
    private String electionId;

    @Column(name = "proposed_bylaws_id", length = 36)
    private String proposedBylawsId;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_method", length = 20)
    private ElectionMethod electionMethod;

    @Column(name = "office_seats")
    private Integer officeSeats;

    @Column(name = "result_for")
    private Long resultFor;

    @Column(name = "result_against")
    private Long resultAgainst;

    @Column(name = "result_abstain")
    private Long resultAbstain;

    @Column(name = "result_eligible")
    private Long resultEligible;

    @Column(name = "quorum_met")
    private Boolean quorumMet;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "motion_event", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    private List<MotionEvent> history = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Motion() {
    }

    private Motion(MotionKind kind, MotionScope scope, FederationId federation, Optional<UnionId> union,
                   Optional<ChapterId> chapter, Optional<MotionId> parent, String title, String text,
                   MemberId proposer, Instant now) {
        this.id = MotionId.generate().toString();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.scope = Objects.requireNonNull(scope, "scope");
        if ((scope == MotionScope.FEDERATION) != union.isEmpty() || (scope == MotionScope.CHAPTER) != chapter.isPresent()) {
            throw new IllegalArgumentException("scope " + scope + " does not match union/chapter");
        }
        this.federationId = federation.toString();
        this.unionId = union.map(UnionId::toString).orElse(null);
        this.chapterId = chapter.map(ChapterId::toString).orElse(null);
        this.parentId = parent.map(MotionId::toString).orElse(null);
        this.title = checkedTitle(title);
        this.text = checkedText(text);
        this.proposerId = proposer.toString();
        this.createdAt = Objects.requireNonNull(now);
        this.status = MotionStatus.DRAFT;
        record(now, Optional.of(proposer), "Drafted \"" + this.title + "\"");
    }

    /**
     * A new draft motion.
     *
     * @param memberOfScope whether the proposer is an active member of the scope
     * @param union empty for a federation motion
     * @param chapter present for a chapter motion only
     */
    public static Motion draft(MotionKind kind, MotionScope scope, FederationId federation, Optional<UnionId> union,
                               Optional<ChapterId> chapter, String title, String text, MemberId proposer,
                               boolean memberOfScope, Instant now) {
        if (kind == MotionKind.AMENDMENT) {
            throw new RuleViolation("An amendment is proposed on the motion it amends.");
        }
        requireMember(memberOfScope, "propose a motion here");
        return new Motion(kind, scope, federation, union, chapter, Optional.empty(), title, text, proposer, now);
    }

    /**
     * A new draft officer election.
     *
     * @param seats how many are elected (1 for one-of-n and approval)
     */
    public static Motion draftElection(MotionScope scope, FederationId federation, Optional<UnionId> union,
                                       Optional<ChapterId> chapter, String office, String text, ElectionMethod method,
                                       int seats, MemberId proposer, boolean memberOfScope, Instant now) {
        requireMember(memberOfScope, "call an election here");
        Objects.requireNonNull(method, "method");
        if (seats < 1 || seats > 20) {
            throw new InvalidInput("An election fills between 1 and 20 seats; " + seats + " is not possible.");
        }
        if (method != ElectionMethod.K_SEAT_APPROVAL && seats != 1) {
            throw new InvalidInput("An election counted by " + method.label() + " fills one seat; to fill " + seats
                    + ", count by " + ElectionMethod.K_SEAT_APPROVAL.label() + ".");
        }
        Motion motion = new Motion(MotionKind.OFFICER_ELECTION, scope, federation, union, chapter, Optional.empty(),
                office, text, proposer, now);
        motion.electionMethod = method;
        motion.officeSeats = seats;
        return motion;
    }

    /** The proposer rewrites the title and text of their draft; once submitted, only amendments change it. */
    public void editDraft(MemberId by, String newTitle, String newText, Instant now) {
        requireProposer(by, "edit");
        requireStatus(MotionStatus.DRAFT, "edited");
        String checkedTitle = checkedTitle(newTitle);
        String checkedText = checkedText(newText);
        this.title = checkedTitle;
        this.text = checkedText;
        record(now, Optional.of(by), "Draft edited");
    }

    private static String checkedTitle(String title) {
        return Check.text(title, "The title", 200);
    }

    private static String checkedText(String text) {
        String checked = Check.note(text, "The text of the motion", MAX_TEXT);
        if (checked.isEmpty()) {
            throw new InvalidInput("The text of the motion is required.");
        }
        return checked;
    }

    /** Submits the draft under the bylaws in force; seconds are counted from now. */
    public void submit(MemberId by, Bylaws bylaws, Instant now) {
        requireProposer(by, "submit");
        requireStatus(MotionStatus.DRAFT, "submitted");
        if (bylaws.number().isEmpty()) {
            throw new RuleViolation("A motion is decided under bylaws in force, not under a proposal.");
        }
        this.bylawsId = bylaws.id().toString();
        this.bylawsNumber = bylaws.number().get();
        this.decidedBy = bylaws.terms().ruleFor(kind).body();
        this.secondsNeeded = bylaws.terms().secondsNeeded();
        this.secondsDue = now.plus(Duration.ofDays(bylaws.terms().secondingDays()));
        this.submittedAt = now;
        this.status = MotionStatus.SUBMITTED;
        record(now, Optional.of(by), "Submitted under bylaws version " + bylawsNumber + "; needs " + secondsNeeded
                + " second" + (secondsNeeded == 1 ? "" : "s") + " by " + Moments.inWords(secondsDue));
        if (secondsNeeded == 0) {
            becomeSeconded(now);
        }
    }

    /**
     * A member seconds the motion. Refused for the proposer, for anyone who is not an active
     * member of the scope, for a second second by the same member, and after the time allowed.
     */
    public void second(MemberId by, boolean memberOfScope, Instant now) {
        if (by.toString().equals(proposerId)) {
            throw new RuleViolation("You cannot second your own motion; another member must.");
        }
        requireMember(memberOfScope, "second this motion");
        if (status != MotionStatus.SUBMITTED) {
            throw new RuleViolation(status == MotionStatus.DRAFT ? "This motion is still a draft."
                    : "This motion is not waiting for seconds (it is " + status.label().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        if (now.isAfter(secondsDue)) {
            throw new RuleViolation("The time to second this motion ended at " + Moments.inWords(secondsDue) + ".");
        }
        if (seconds.stream().anyMatch(s -> s.member().equals(by))) {
            throw new RuleViolation("You already seconded this motion.");
        }
        seconds.add(new Seconding(by, now));
        record(now, Optional.of(by), "Seconded (" + seconds.size() + " of " + secondsNeeded + ")");
        if (seconds.size() >= secondsNeeded) {
            becomeSeconded(now);
        }
    }

    private void becomeSeconded(Instant now) {
        status = MotionStatus.SECONDED;
        record(now, Optional.empty(), "Seconded enough to go forward");
    }

    /** A motion that waited past its seconding time without enough seconds lapses. */
    public boolean lapseIfUnseconded(Instant now) {
        if (status == MotionStatus.SUBMITTED && now.isAfter(secondsDue)) {
            status = MotionStatus.LAPSED;
            record(now, Optional.empty(), "Lapsed: " + seconds.size() + " of " + secondsNeeded
                    + " seconds by " + Moments.inWords(secondsDue));
            return true;
        }
        return false;
    }

    /** A steward opens the seconded motion for amendments. */
    public void openForAmendments(MemberId steward, Instant now) {
        requireStatus(MotionStatus.SECONDED, "opened for amendments");
        status = MotionStatus.OPEN_FOR_AMENDMENTS;
        record(now, Optional.of(steward), "Opened for amendments");
    }

    /**
     * A member proposes to replace this motion's text. Allowed only while this motion is open for
     * amendments (an amendment to an amendment needs the amendment to be open in turn).
     *
     * @return the amendment, a draft motion of kind {@code AMENDMENT}
     */
    public Motion amend(MemberId by, boolean memberOfScope, String amendmentTitle, String newText, Instant now) {
        requireMember(memberOfScope, "amend this motion");
        if (status != MotionStatus.OPEN_FOR_AMENDMENTS) {
            throw new RuleViolation(status.closed()
                    ? "This motion is closed (" + status.label().toLowerCase(java.util.Locale.ROOT) + "); it can no longer be amended."
                    : "Amendments can be proposed only while the motion is open for amendments; it is "
                    + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        Motion amendment = new Motion(MotionKind.AMENDMENT, scope, federationId(), unionId(), chapterId(),
                Optional.of(id()), amendmentTitle, newText, by, now);
        record(now, Optional.of(by), "Amendment proposed: \"" + amendment.title + "\"");
        return amendment;
    }

    /**
     * A steward schedules the vote. Refused while an amendment to this motion is undecided.
     *
     * @param amendments every amendment whose parent is this motion
     */
    public void schedule(MemberId steward, Collection<Motion> amendments, Instant opens, Instant closes, Instant now) {
        if (status != MotionStatus.SECONDED && status != MotionStatus.OPEN_FOR_AMENDMENTS) {
            throw new RuleViolation("Only a seconded motion can be scheduled; this one is "
                    + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        for (Motion a : amendments) {
            if (id.equals(a.parentId) && !a.status.closed()) {
                throw new RuleViolation("The amendment \"" + a.title + "\" is not decided yet; amendments are "
                        + "decided before the motion they amend.");
            }
        }
        Check.present(opens, "The opening time");
        Check.present(closes, "The closing time");
        if (!closes.isAfter(opens)) {
            throw new InvalidInput("The vote must close after it opens.");
        }
        if (closes.isBefore(now)) {
            throw new InvalidInput("The closing time is already past.");
        }
        this.votingOpens = opens;
        this.votingCloses = closes;
        status = MotionStatus.SCHEDULED;
        record(now, Optional.of(steward), "Scheduled: " + decidedBy.label().toLowerCase(java.util.Locale.ROOT)
                + " from " + Moments.inWords(opens) + " to " + Moments.inWords(closes));
    }

    /** Records the secret ballot prepared for this motion. */
    public void attachElection(String election, Instant now) {
        requireStatus(MotionStatus.SCHEDULED, "given a ballot");
        this.electionId = Check.text(election, "The election id", 36);
        record(now, Optional.empty(), "Secret ballot prepared");
    }

    /** Records the bylaws proposal a bylaws amendment carries. */
    public void carryProposal(Bylaws proposal) {
        if (kind != MotionKind.BYLAWS_AMENDMENT) {
            throw new RuleViolation("Only a bylaws amendment proposes new bylaws.");
        }
        requireStatus(MotionStatus.DRAFT, "given a proposal");
        this.proposedBylawsId = proposal.id().toString();
    }

    /** The vote opens. */
    public void openVoting(Optional<MemberId> by, Instant now) {
        requireStatus(MotionStatus.SCHEDULED, "opened for voting");
        status = MotionStatus.VOTING;
        record(now, by, "Voting opened");
    }

    /** The count is in: carried or failed, with the figures and the reasoning of the bylaws. */
    public void decide(Decision decision, Instant now) {
        requireStatus(MotionStatus.VOTING, "decided");
        this.resultFor = decision.tally().inFavour();
        this.resultAgainst = decision.tally().against();
        this.resultAbstain = decision.tally().abstaining();
        this.resultEligible = decision.tally().eligible();
        this.quorumMet = decision.quorumMet();
        this.decisionNote = decision.explanation().length() > 500 ? decision.explanation().substring(0, 500)
                : decision.explanation();
        status = decision.carried() ? MotionStatus.CARRIED : MotionStatus.FAILED;
        record(now, Optional.empty(), (decision.carried() ? "Carried. " : "Failed. ") + decision.explanation());
    }

    /**
     * The count of an officer election is in: carried (the office is filled) when the quorum was
     * met and someone was elected, failed otherwise.
     *
     * @param elected the names of those elected, in order of votes
     * @param turnout voters whose ballot was counted
     * @param eligible eligible voters
     * @param quorumPercent the quorum of the recorded bylaws version
     */
    public void electionDecided(List<String> elected, long turnout, long eligible, int quorumPercent, Instant now) {
        requireStatus(MotionStatus.VOTING, "decided");
        if (kind != MotionKind.OFFICER_ELECTION) {
            throw new RuleViolation("Only an officer election elects people.");
        }
        boolean quorum = turnout > 0 && turnout * 100 >= (long) quorumPercent * eligible;
        this.resultFor = turnout;
        this.resultAgainst = 0L;
        this.resultAbstain = 0L;
        this.resultEligible = Math.max(eligible, turnout);
        this.quorumMet = quorum;
        String note = (elected.isEmpty() ? "Nobody elected" : "Elected: " + String.join(", ", elected)) + ". Turnout "
                + turnout + " of " + eligible + " eligible voters; quorum of " + quorumPercent + "% "
                + (quorum ? "met" : "not met") + ".";
        this.decisionNote = note.length() > 500 ? note.substring(0, 500) : note;
        status = quorum && !elected.isEmpty() ? MotionStatus.CARRIED : MotionStatus.FAILED;
        record(now, Optional.empty(), (status == MotionStatus.CARRIED ? "Carried. " : "Failed. ") + note);
    }

    /**
     * The secret ballot deciding this motion was cancelled before anything was counted: the
     * motion fails with the reason in its history and decision note (an officer election elects
     * nobody). Only a motion decided by secret ballot whose ballot was prepared, still scheduled
     * or in its vote, ends this way; the result figures stay empty, since nothing was counted.
     */
    public void ballotCancelled(BallotCancellation why, Instant now) {
        Objects.requireNonNull(why, "why");
        String standing = status.label().toLowerCase(java.util.Locale.ROOT);
        if (status.closed()) {
            throw new RuleViolation("This motion has already ended (" + standing
                    + "); a cancelled ballot changes nothing.");
        }
        if (status != MotionStatus.SCHEDULED && status != MotionStatus.VOTING) {
            throw new RuleViolation("This motion is " + standing + "; only a scheduled motion or one in its vote ends "
                    + "when its secret ballot is cancelled.");
        }
        if (decidedBy != DecisionBody.SECRET_BALLOT || electionId == null) {
            throw new RuleViolation("This motion is not decided by a secret ballot of its own, so no cancelled "
                    + "ballot can end it.");
        }
        String note = (kind == MotionKind.OFFICER_ELECTION ? "Nobody elected. " : "") + why.reason();
        this.decisionNote = note;
        status = MotionStatus.FAILED;
        record(now, Optional.empty(), "Failed. " + note);
    }

    /** A carried amendment replaces this motion's text. */
    public void applyAmendment(Motion amendment, Instant now) {
        if (!id.equals(amendment.parentId) || amendment.status != MotionStatus.CARRIED) {
            throw new RuleViolation("Only a carried amendment of this motion changes its text.");
        }
        if (status.closed() || status == MotionStatus.VOTING) {
            throw new RuleViolation("This motion can no longer be amended.");
        }
        this.text = amendment.text;
        record(now, Optional.empty(), "Text replaced by the carried amendment \"" + amendment.title + "\"");
    }

    /** The proposer withdraws the motion before the vote. */
    public void withdraw(MemberId by, Instant now) {
        requireProposer(by, "withdraw");
        if (status == MotionStatus.VOTING || status.closed()) {
            throw new RuleViolation("A motion can be withdrawn only before its vote; this one is "
                    + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        status = MotionStatus.WITHDRAWN;
        record(now, Optional.of(by), "Withdrawn by the proposer");
    }

    private void requireProposer(MemberId by, String verb) {
        if (!by.toString().equals(proposerId)) {
            throw new AccessDenied("Only the proposer can " + verb + " this motion.");
        }
    }

    private static void requireMember(boolean memberOfScope, String what) {
        if (!memberOfScope) {
            throw new RuleViolation("Only active members of this scope can " + what + ".");
        }
    }

    private void requireStatus(MotionStatus expected, String verb) {
        if (status != expected) {
            throw new RuleViolation("This motion is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; only a " + expected.label().toLowerCase(java.util.Locale.ROOT) + " motion can be " + verb + ".");
        }
    }

    private void record(Instant at, Optional<MemberId> actor, String what) {
        history.add(new MotionEvent(at, actor, what));
    }

    /** Its id. */
    public MotionId id() {
        return MotionId.of(id);
    }

    /** Its kind. */
    public MotionKind kind() {
        return kind;
    }

    /** Chapter, union or federation. */
    public MotionScope scope() {
        return scope;
    }

    /** The federation. */
    public FederationId federationId() {
        return FederationId.of(federationId);
    }

    /** The union; empty for a federation motion. */
    public Optional<UnionId> unionId() {
        return Optional.ofNullable(unionId).map(UnionId::of);
    }

    /** The chapter, for a chapter motion. */
    public Optional<ChapterId> chapterId() {
        return Optional.ofNullable(chapterId).map(ChapterId::of);
    }

    /** The motion this amends, for an amendment. */
    public Optional<MotionId> parentId() {
        return Optional.ofNullable(parentId).map(MotionId::of);
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The text. */
    public String text() {
        return text;
    }

    /** Who proposed it. */
    public MemberId proposer() {
        return MemberId.of(proposerId);
    }

    /** Where it stands. */
    public MotionStatus status() {
        return status;
    }

    /** When it was drafted. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When it was submitted. */
    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** The bylaws version it is decided under, from submission on. */
    public Optional<BylawsId> bylawsId() {
        return Optional.ofNullable(bylawsId).map(BylawsId::of);
    }

    /** The number of that bylaws version. */
    public Optional<Integer> bylawsNumber() {
        return Optional.ofNullable(bylawsNumber);
    }

    /** Who decides it, from submission on. */
    public Optional<DecisionBody> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    /** Seconds needed, from submission on. */
    public int secondsNeeded() {
        return secondsNeeded == null ? 0 : secondsNeeded;
    }

    /** The end of the time to second. */
    public Optional<Instant> secondsDue() {
        return Optional.ofNullable(secondsDue);
    }

    /** The seconds received, oldest first. */
    public List<Seconding> seconds() {
        return List.copyOf(seconds);
    }

    /** When the vote opens. */
    public Optional<Instant> votingOpens() {
        return Optional.ofNullable(votingOpens);
    }

    /** When the vote closes. */
    public Optional<Instant> votingCloses() {
        return Optional.ofNullable(votingCloses);
    }

    /** The secret ballot, for a motion decided by the members. */
    public Optional<String> electionId() {
        return Optional.ofNullable(electionId);
    }

    /** The proposed bylaws, for a bylaws amendment. */
    public Optional<BylawsId> proposedBylawsId() {
        return Optional.ofNullable(proposedBylawsId).map(BylawsId::of);
    }

    /** The counting method, for an officer election. */
    public Optional<ElectionMethod> electionMethod() {
        return Optional.ofNullable(electionMethod);
    }

    /** Seats to fill, for an officer election. */
    public int officeSeats() {
        return officeSeats == null ? 0 : officeSeats;
    }

    /** The decision's figures, once decided. */
    public Optional<org.unionhall.domain.bylaws.Tally> result() {
        return resultFor == null ? Optional.empty()
                : Optional.of(new org.unionhall.domain.bylaws.Tally(resultFor, resultAgainst, resultAbstain, resultEligible));
    }

    /** Whether the quorum was met, once decided. */
    public Optional<Boolean> quorumMet() {
        return Optional.ofNullable(quorumMet);
    }

    /** The bylaws' reasoning, once decided. */
    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }

    /** Every step, oldest first. */
    public List<MotionEvent> history() {
        return List.copyOf(history);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Motion other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
