package org.unionhall.web.view.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionView;
import org.unionhall.application.election.ReceiptVerdict;
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
import org.unionhall.domain.shared.PeopleCount;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * An election's result: the count of each option, turnout against the eligible members (counts
 * of people below five read "fewer than 5", see {@link PeopleCount}) (and
 * against the member quorum of the bylaws when the ballot decides a motion), whether the motion
 * carried, and the report of the verifier the server ran on the published record, with the
 * record to download. A steward of the scope may close voting from here while it is open.
 * Anyone, signed in or not, checks a receipt here against the board as it stands: the form is a
 * GET (a receipt is at most 1,024 characters), since visitors may only read these pages.
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
    private String receipt;
    private boolean confirmClose;
    private Optional<ReceiptVerdict> verdict = Optional.empty();

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
        if (isReceiptCheckable() && receipt != null && !receipt.isBlank()) {
            verdict = Optional.of(elections.checkReceipt(ElectionId.of(election), receipt));
        }
    }

    /** Whether a receipt can be checked: the election has a board, that is voting has opened. */
    public boolean isReceiptCheckable() {
        return result != null && switch (result.phase()) {
            case OPEN, CLOSED, PUBLISHED -> true;
            default -> false;
        };
    }

    /** The receipt as pasted, kept in the form. */
    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    /** The verdict on the pasted receipt, or null when none was given. */
    public ReceiptVerdict getVerdict() {
        return verdict.orElse(null);
    }

    /** Whether the verdict is the good one: the receipted ballot is on the board where the receipt says. */
    public boolean isReceiptConfirmed() {
        return verdict.map(v -> v.outcome() == ReceiptVerdict.Outcome.CONFIRMED).orElse(false);
    }

    /**
     * The verdict in a voter's words. A rejected receipt is said to prove nothing against the
     * server; a contradicted one is the server's own signed word against its board.
     */
    public String getVerdictText() {
        return verdict.map(v -> {
            long seq = v.seq().orElse(0);
            String code = v.code().orElse("");
            String challenged = "challenged".equals(v.state().orElse("")) ? " (a challenged ballot, never counted)" : "";
            return switch (v.outcome()) {
                case CONFIRMED -> "Your ballot is on the board at entry " + seq + challenged + " with tracking code "
                        + code + ", after the same board your receipt saw.";
                case UNREADABLE -> "This is not a receipt: it cannot be read. Paste the whole receipt as the booth "
                        + "showed it, or choose the file you downloaded.";
                case NO_BOARD_KEY -> "This election has no board key (protocol version 1), so no receipt can be "
                        + "checked against it.";
                case OTHER_ELECTION -> "This receipt is for another election. Check it on the result page of the "
                        + "election where you voted.";
                case FORGED -> "Forged: the board key of this election did not sign this receipt. It was not made by "
                        + "this election's server, or it was changed since, so it proves nothing against the server.";
                case MISSING -> "Missing: the server signed that it accepted this ballot at entry " + seq
                        + ", but the board does not hold it." + contradiction();
                case MOVED -> "Moved: the server signed that it accepted this ballot at entry " + seq
                        + ", but the board holds it at entry " + v.foundAt().orElse(0) + "." + contradiction();
                case FORK -> "Fork: the board before entry " + seq + " is not the board your receipt saw: entries "
                        + "before yours were changed, removed or added since." + contradiction();
                case STATE_CHANGED -> "State changed: the board holds this ballot at entry " + v.foundAt().orElse(0)
                        + ", but not as the " + v.state().orElse("") + " ballot your receipt names."
                        + contradiction();
            };
        }).orElse("");
    }

    private static String contradiction() {
        return " Your receipt carries this election's board key signature, so it is the server's own word against its "
                + "board: keep the receipt and tell your union's stewards.";
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
        Pages.act(() -> {
            Pages.requireConfirmed(confirmClose, "closing voting");
            elections.close(member.actor(), ElectionId.of(election));
        },
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

    /**
     * Turnout in percent of the eligible members, one decimal; empty when unknown, and when either
     * count is below five (the small-group rule: a percentage would give the numbers back).
     */
    public String getTurnoutPercent() {
        if (result.turnout().suppressed() || result.eligible().map(PeopleCount::suppressed).orElse(true)) {
            return "";
        }
        return result.eligibleCount().filter(n -> n > 0)
                .map(n -> String.format(java.util.Locale.ROOT, "%.1f", 100.0 * result.ballotsCounted() / n))
                .orElse("");
    }

    /** The members who voted, in words: "fewer than 5" below five. */
    public String getVoted() {
        return result.turnout().text();
    }

    /** The eligible members, in words: "fewer than 5" below five; empty before voting opened. */
    public String getEligible() {
        return result.eligible().map(PeopleCount::text).orElse("");
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

    /** Whether the steward ticked that no ballot is taken after closing. */
    public boolean isConfirmClose() {
        return confirmClose;
    }

    public void setConfirmClose(boolean confirmClose) {
        this.confirmClose = confirmClose;
    }
}
