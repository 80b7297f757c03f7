package org.unionhall.web.view.motion;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.ChapterSummary;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.MemberSummary;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionView;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.motion.NominationView;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.motion.NominationId;
import org.unionhall.domain.motion.NominationStatus;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * One motion ({@code ?id=}): its text, where it stands, who seconded, its amendments, its full
 * history and result, and the actions the caller may take: submit, second, amend, open for
 * amendments, schedule, open the vote, withdraw; for an officer election, stand as candidate,
 * nominate another member and answer a nomination. When a secret ballot decides it, where the
 * ballot stands and the caller's way to it: the key ceremony for its trustees, the booth for
 * members, the result page for everyone.
 */
@Named
@ViewScoped
public class MotionBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MotionService motions;

    @Inject
    private ElectionService elections;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String id;
    private MotionView motion;
    private String amendmentTitle;
    private String amendmentText;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String statement;
    private String createdAmendment;
    private ElectionView ballot;
    private String nomineeName;
    private boolean confirmOpen;
    private String draftTitle;
    private String draftText;
    private List<MemberSummary> nomineeMatches = List.of();

    /** Loads the motion; a draft of someone else or an unknown id gives the 404 page. */
    public void load() {
        Pages.load(() -> motion = motions.motion(member.actor(), motionId()));
        loadBallot();
    }

    private void loadBallot() {
        ballot = motion == null ? null : motion.electionId()
                .map(e -> elections.view(Optional.of(member.actor()), ElectionId.of(e))).orElse(null);
    }

    private MotionId motionId() {
        return MotionId.of(id);
    }

    private void act(Runnable change, String done) {
        if (Pages.act(change, done)) {
            motion = motions.motion(member.actor(), motionId());
            loadBallot();
        }
    }

    /** The proposer saves the draft's new title and text. */
    public void editDraft() {
        act(() -> motions.editDraft(member.actor(), motionId(), draftTitle, draftText), "Your changes to the draft are saved.");
    }

    /** The proposer submits the draft. */
    public void submit() {
        act(() -> motions.submit(member.actor(), motionId()), "Submitted. Members have been asked to second it.");
    }

    /** The caller seconds. */
    public void second() {
        act(() -> motions.second(member.actor(), motionId()), "You seconded this motion.");
    }

    /** A steward opens it for amendments. */
    public void openForAmendments() {
        act(() -> motions.openForAmendments(member.actor(), motionId()), "Members may now propose amendments.");
    }

    /** The caller proposes an amendment and goes to its page. */
    public String amend() {
        if (Pages.act(() -> createdAmendment = motions.amend(member.actor(), motionId(), amendmentTitle,
                amendmentText).id(), "Your amendment is saved as a draft. Submit it to ask for seconds.")) {
            Pages.keepMessagesForNextPage();
            return "/motions/view?faces-redirect=true&id=" + createdAmendment;
        }
        return null;
    }

    /** A steward schedules the vote: from the start of the opening day (or now) to the end of the closing day. */
    public void schedule() {
        Optional<Instant> opens = Optional.ofNullable(opensOn).map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
        Optional<Instant> closes = Optional.ofNullable(closesOn)
                .map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        act(() -> motions.schedule(member.actor(), motionId(), opens, closes), "The vote is scheduled.");
    }

    /** A steward opens the vote now. */
    public void openVoting() {
        act(() -> {
            Pages.requireConfirmed(confirmOpen, "opening the vote");
            motions.openVoting(member.actor(), motionId());
        }, "The vote is open.");
    }

    /** The proposer withdraws the motion. */
    public void withdraw() {
        act(() -> motions.withdraw(member.actor(), motionId()), "The motion is withdrawn.");
    }

    /** The caller stands as a candidate in this officer election (and must still accept). */
    public void standAsCandidate() {
        act(() -> motions.nominate(member.actor(), motionId(), member.actor().memberId()),
                "You are nominated. Accept with a candidate statement to be on the ballot.");
    }

    /**
     * Finds active members of the motion's scope whose name contains what the caller typed, to
     * nominate one of them (at most ten from each chapter).
     */
    public void findNominees() {
        nomineeMatches = List.of();
        if (nomineeName == null || nomineeName.isBlank()) {
            say(FacesMessage.SEVERITY_ERROR, "Type part of the member's name first.");
            return;
        }
        try {
            List<String> chapters = motion.scope() == MotionScope.CHAPTER ? List.of(motion.scopeSlug())
                    : directory.chapters(member.actor(), motion.scopeSlug()).stream().map(ChapterSummary::slug).toList();
            Map<String, MemberSummary> found = new LinkedHashMap<>();
            for (String chapter : chapters) {
                directory.members(member.actor(), chapter, 0, 10, Optional.of(nomineeName.strip())).items().stream()
                        .filter(m -> m.status() == MembershipStatus.ACTIVE)
                        .forEach(m -> found.putIfAbsent(m.memberId(), m));
            }
            nomineeMatches = new ArrayList<>(found.values());
            if (nomineeMatches.isEmpty()) {
                say(FacesMessage.SEVERITY_WARN, "No active member of " + motion.scopeName() + " has \""
                        + nomineeName.strip() + "\" in their name.");
            }
        } catch (DomainException refused) {
            say(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
    }

    private static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** The caller nominates another member of the scope, who then accepts or declines. */
    public void nominate(MemberSummary nominee) {
        act(() -> motions.nominate(member.actor(), motionId(), MemberId.of(nominee.memberId())),
                nominee.displayName() + " is nominated and has been told; they accept with a candidate statement "
                        + "or decline.");
        nomineeMatches = List.of();
        nomineeName = null;
    }

    /** The caller accepts their own nomination. */
    public void accept(NominationView nomination) {
        act(() -> motions.acceptNomination(member.actor(), NominationId.of(nomination.id()), statement),
                "You stand as a candidate.");
    }

    /** The caller declines their own nomination. */
    public void decline(NominationView nomination) {
        act(() -> motions.declineNomination(member.actor(), NominationId.of(nomination.id())),
                "You declined the nomination.");
    }

    /** Whether the nomination is the caller's own and still waits for an answer. */
    public boolean mine(NominationView nomination) {
        return nomination.nomineeId().equals(member.actor().memberId().toString())
                && nomination.status() == NominationStatus.AWAITING_ANSWER;
    }

    /** Whether the bylaws send this motion to a secret member ballot. */
    public boolean isSecretBallot() {
        return motion != null && motion.decidedBy().map(b -> b == DecisionBody.SECRET_BALLOT).orElse(false);
    }

    /** Whether none of the actions of "What you can do" is open to the caller now. */
    public boolean isNothingToDo() {
        if (motion == null) {
            return true;
        }
        MotionView.Viewer v = motion.viewer();
        boolean stewardStep = v.isSteward()
                && (motion.status() == MotionStatus.SECONDED || motion.status() == MotionStatus.OPEN_FOR_AMENDMENTS);
        return !v.maySubmit() && !v.maySecond() && !v.mayAmend() && !v.mayWithdraw() && !stewardStep
                && !isMayOpenVoting() && !isRollCall() && !isTrusteeCalled() && !isRegistrationOpenToMe()
                && !isVotingOpenToMe() && !isRegistered();
    }

    /** Whether this motion has (or had) a congress roll call. */
    public boolean isRollCall() {
        return motion != null && motion.decidedBy().filter(b -> b == DecisionBody.CONGRESS).isPresent()
                && (motion.status() == MotionStatus.VOTING || motion.result().isPresent());
    }

    /** Where the secret ballot deciding this motion stands, with the caller's own status; null when none. */
    public ElectionView getBallot() {
        return ballot;
    }

    /** Whether the caller is a trustee of the ballot and the ceremony or their decryption waits for them. */
    public boolean isTrusteeCalled() {
        if (ballot == null || ballot.me().trusteeIndex().isEmpty()) {
            return false;
        }
        int mine = ballot.me().trusteeIndex().get();
        return ballot.phase() == ElectionPhase.CEREMONY || (ballot.phase() == ElectionPhase.CLOSED
                && ballot.trustees().stream().anyMatch(t -> t.index() == mine && !t.decrypted()));
    }

    /** Whether a steward may open the vote now: a congress vote any time, a secret ballot once registration is open. */
    public boolean isMayOpenVoting() {
        return motion != null && motion.viewer().isSteward() && motion.status() == MotionStatus.SCHEDULED
                && (!isSecretBallot() || (ballot != null && ballot.phase() == ElectionPhase.REGISTRATION));
    }

    /** Whether the caller may register a voting key now and has not yet. */
    public boolean isRegistrationOpenToMe() {
        return ballot != null && ballot.phase() == ElectionPhase.REGISTRATION && ballot.me().eligible()
                && !ballot.me().registered();
    }

    /** Whether the caller has registered a voting key and waits for voting to open. */
    public boolean isRegistered() {
        return ballot != null && ballot.phase() == ElectionPhase.REGISTRATION && ballot.me().registered();
    }

    /** Whether the caller may vote now (they registered before voting opened). */
    public boolean isVotingOpenToMe() {
        return ballot != null && ballot.phase() == ElectionPhase.OPEN && ballot.me().registered();
    }

    /** How many trustees have done the current step of the ceremony, or decrypted once voting closed. */
    public long trusteesDone(String step) {
        if (ballot == null) {
            return 0;
        }
        return ballot.trustees().stream().filter(t -> switch (step) {
            case "announced" -> t.announced();
            case "shares" -> t.sharesSent();
            default -> t.decrypted();
        }).count();
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public void setNomineeName(String nomineeName) {
        this.nomineeName = nomineeName;
    }

    /** Members found by {@link #findNominees()}. */
    public List<MemberSummary> getNomineeMatches() {
        return nomineeMatches;
    }

    public MotionView getMotion() {
        return motion;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAmendmentTitle() {
        return amendmentTitle;
    }

    public void setAmendmentTitle(String amendmentTitle) {
        this.amendmentTitle = amendmentTitle;
    }

    public String getAmendmentText() {
        return amendmentText;
    }

    public void setAmendmentText(String amendmentText) {
        this.amendmentText = amendmentText;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    /** Whether the steward ticked that the vote opens now (and a secret ballot's registration ends). */
    public boolean isConfirmOpen() {
        return confirmOpen;
    }

    public void setConfirmOpen(boolean confirmOpen) {
        this.confirmOpen = confirmOpen;
    }

    /** The draft's title in the edit form: as saved, until the proposer changes it. */
    public String getDraftTitle() {
        return draftTitle != null ? draftTitle : motion == null ? "" : motion.title();
    }

    public void setDraftTitle(String draftTitle) {
        this.draftTitle = draftTitle;
    }

    /** The draft's text in the edit form: as saved, until the proposer changes it. */
    public String getDraftText() {
        return draftText != null ? draftText : motion == null ? "" : motion.text();
    }

    public void setDraftText(String draftText) {
        this.draftText = draftText;
    }
}
