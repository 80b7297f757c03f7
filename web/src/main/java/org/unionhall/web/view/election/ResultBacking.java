package org.unionhall.web.view.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionView;
import org.unionhall.application.election.ResultView;
import org.unionhall.application.motion.BylawsView;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionView;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * An election's result: the count of each option, turnout against the eligible members (and
 * against the member quorum of the bylaws when the ballot decides a motion), whether the motion
 * carried, and the report of the verifier the server ran on the published record, with the
 * record to download. A steward of the scope may close voting from here while it is open.
 */
@Named
@RequestScoped
public class ResultBacking {

    @Inject
    private ElectionService elections;

    @Inject
    private MotionService motions;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String election;
    private ElectionView view;
    private ResultView result;
    private Optional<MotionView> motion = Optional.empty();
    private Optional<Integer> quorumPercent = Optional.empty();
    private Boolean mayClose;

    /**
     * Loads the election and its result. A visitor (nobody signed in) gets the page without view
     * state, so no session: only a signed-in steward may post the close form.
     */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getUserPrincipal() == null) {
            faces.getViewRoot().setTransient(true);
        }
        Pages.load(() -> {
            ElectionId id = ElectionId.of(election);
            view = elections.view(Optional.empty(), id);
            result = elections.result(id);
            return result;
        });
        if (view != null && view.subjectKind() == SubjectKind.MOTION) {
            loadMotion();
        }
    }

    /**
     * The motion this ballot decides, and the member quorum of the bylaws version it is decided
     * under; nothing when the subject is not a motion of this installation or is not readable.
     */
    private void loadMotion() {
        try {
            MotionView m = motions.motion(member.actor(), MotionId.of(view.subjectId()));
            motion = Optional.of(m);
            String union = view.scopeKind() == ScopeKind.UNION ? view.scopeSlug()
                    : directory.chapter(member.actor(), view.scopeSlug()).unionSlug();
            quorumPercent = m.bylawsNumber().flatMap(n -> motions.bylawsHistory(member.actor(), union).stream()
                    .filter(b -> b.number().equals(Optional.of(n))).findFirst())
                    .map(BylawsView::memberQuorumPercent);
        } catch (DomainException notAMotion) {
            motion = Optional.empty();
        }
    }

    /**
     * Whether the close button shows: voting is open and the caller is a steward of the scope.
     * Anyone else who posts the form anyway is refused by the service, with its reason.
     */
    public boolean isMayClose() {
        if (mayClose == null) {
            mayClose = view != null && view.phase() == ElectionPhase.OPEN && stewardOfScope();
        }
        return mayClose;
    }

    private boolean stewardOfScope() {
        try {
            return elections.view(Optional.of(member.actor()), ElectionId.of(election)).me().steward();
        } catch (DomainException signedOutOrUnknown) {
            return false;
        }
    }

    /**
     * A steward closes voting now (the service refuses anyone else, with its reason); the page is
     * then loaded afresh, with the confirmation or the refusal.
     */
    public String close() {
        Pages.act(() -> elections.close(member.actor(), ElectionId.of(election)),
                "Voting is closed. The trustees can now decrypt the total; the result appears here once they have.");
        Pages.keepMessagesForNextPage();
        return "/elections/result?faces-redirect=true&e=" + election;
    }

    /** The motion decided by this ballot, or null. */
    public MotionView getMotion() {
        return motion.orElse(null);
    }

    /** Whether the motion carried, failed, or is not decided yet, in words. */
    public String getMotionOutcome() {
        return motion.map(m -> switch (m.status()) {
            case CARRIED -> "The motion carried.";
            case FAILED -> "The motion failed.";
            default -> "The motion is " + m.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".";
        }).orElse("");
    }

    /** The member quorum in percent of eligible voters, or null when there is none to show. */
    public Integer getQuorumPercent() {
        return quorumPercent.orElse(null);
    }

    /** Whether turnout reached the quorum. */
    public boolean isQuorumMet() {
        return quorumPercent.isPresent() && result.eligibleCount().isPresent()
                && result.ballotsCounted() * 100 >= (long) quorumPercent.get() * result.eligibleCount().get();
    }

    public String getE() {
        return election;
    }

    public void setE(String election) {
        this.election = election;
    }

    /** The election. */
    public ElectionView getView() {
        return view;
    }

    /** Its result. */
    public ResultView getResult() {
        return result;
    }

    /** Whether the result is published. */
    public boolean isPublished() {
        return result != null && result.phase() == ElectionPhase.PUBLISHED;
    }

    /** Turnout in percent of the eligible members, one decimal, or empty when unknown. */
    public String getTurnoutPercent() {
        return result.eligibleCount().filter(n -> n > 0)
                .map(n -> String.format(java.util.Locale.ROOT, "%.1f", 100.0 * result.ballotsCounted() / n))
                .orElse("");
    }

    /** Share of the counted weight for a count, in percent, one decimal. */
    public String share(long count) {
        return result.totalWeight() == 0 ? "0.0"
                : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * count / result.totalWeight());
    }

    /** Whether every check of the verification report passed. */
    public boolean isVerified() {
        return result.report().map(ResultView.ReportView::passed).orElse(false);
    }

    /** The report's checks, or none before publication. */
    public java.util.List<ResultView.CheckView> getChecks() {
        return result.report().map(ResultView.ReportView::checks).orElse(java.util.List.of());
    }

    /** A check's status in words. */
    public String statusWords(String status) {
        return switch (status) {
            case "PASSED" -> "passed";
            case "FAILED" -> "FAILED";
            default -> "not yet";
        };
    }
}
