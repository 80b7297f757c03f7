package org.unionhall.web.view.motion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.motion.NominationView;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.NominationId;
import org.unionhall.domain.motion.NominationStatus;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * One motion ({@code ?id=}): its text, where it stands, who seconded, its amendments, its full
 * history and result, and the actions the caller may take: submit, second, amend, open for
 * amendments, schedule, open the vote, withdraw; for an officer election, stand as candidate and
 * answer a nomination.
 */
@Named
@ViewScoped
public class MotionBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MotionService motions;

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

    /** Loads the motion; a draft of someone else or an unknown id gives the 404 page. */
    public void load() {
        Pages.load(() -> motion = motions.motion(member.actor(), motionId()));
    }

    private MotionId motionId() {
        return MotionId.of(id);
    }

    private void act(Runnable change, String done) {
        if (Pages.act(change, done)) {
            motion = motions.motion(member.actor(), motionId());
        }
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
        act(() -> motions.openVoting(member.actor(), motionId()), "The vote is open.");
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

    /** Whether this motion has (or had) a congress roll call. */
    public boolean isRollCall() {
        return motion != null && motion.decidedBy().map(b -> b.name().equals("CONGRESS")).orElse(false)
                && (motion.status().name().equals("VOTING") || motion.result().isPresent());
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
}
