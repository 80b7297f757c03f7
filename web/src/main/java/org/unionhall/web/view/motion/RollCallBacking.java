package org.unionhall.web.view.motion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.motion.CongressService;
import org.unionhall.application.motion.CongressView;
import org.unionhall.application.motion.GiveProxy;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.motion.ProxyView;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.congress.CongressVoteStatus;
import org.unionhall.domain.congress.Instruction;
import org.unionhall.domain.congress.ProxyId;
import org.unionhall.domain.congress.ProxyScope;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * The public roll call of a congress vote ({@code ?motion=}): the weight table with each
 * chapter's instruction, every vote with the instruction beside it, the weighted result; for a
 * delegate, their own vote, the proxies they hold (split if they like) and giving their vote to
 * another delegate; for stewards, instructing a chapter and closing the roll call.
 */
@Named
@ViewScoped
public class RollCallBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CongressService congress;

    @Inject
    private MotionService motions;

    @Inject
    private CurrentActor member;

    private String motionId;
    private CongressView rollCall;
    private MotionView motion;
    private final Map<String, Map<Choice, String>> parts = new HashMap<>();
    private String instructChapter;
    private Instruction instruction;
    private boolean confirmClose;

    /** Loads the roll call; a motion without one gives the 404 page. */
    public void load() {
        Pages.load(this::reload);
    }

    private boolean reload() {
        motion = motions.motion(member.actor(), id());
        rollCall = congress.rollCall(member.actor(), id());
        for (ProxyView p : rollCall.viewerProxies()) {
            parts.computeIfAbsent(p.id(), k -> new EnumMap<>(Choice.class));
        }
        return true;
    }

    private MotionId id() {
        return MotionId.of(motionId);
    }

    private void act(Runnable change, String done) {
        if (Pages.act(change, done)) {
            reload();
        }
    }

    /** The caller casts their own weight. */
    public void vote(Choice choice) {
        act(() -> congress.vote(member.actor(), id(), choice), "Your vote (" + choice.label() + ") is recorded.");
    }

    /**
     * The caller casts a proxy's weight as split in the form. A refused split stays in the form, to
     * be corrected and sent again.
     */
    public void voteByProxy(ProxyView proxy) {
        Map<Choice, String> typed = parts.computeIfAbsent(proxy.id(), k -> new EnumMap<>(Choice.class));
        if (Pages.act(() -> congress.voteByProxy(member.actor(), id(), ProxyId.of(proxy.id()), weights(typed)),
                "The vote of " + proxy.giverName() + " is recorded.")) {
            typed.clear();
            reload();
        }
    }

    private static Map<Choice, Long> weights(Map<Choice, String> typed) {
        Map<Choice, Long> weights = new EnumMap<>(Choice.class);
        for (Map.Entry<Choice, String> e : typed.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                weights.put(e.getKey(), Long.parseLong(value));
            } catch (NumberFormatException notANumber) {
                throw new InvalidInput("The weight " + e.getKey().label() + " must be a whole number.");
            }
        }
        return weights;
    }

    /** The caller gives their vote on this motion to another delegate. */
    public void giveProxy(CongressView.SeatLine holder) {
        act(() -> congress.giveProxy(member.actor(), new GiveProxy(holder.memberId(), ProxyScope.ONE_VOTE,
                Optional.of(motionId), Optional.empty())), holder.name() + " now holds your vote on this motion.");
    }

    /** The caller gives their vote for the whole session of today to another delegate. */
    public void giveSessionProxy(CongressView.SeatLine holder) {
        LocalDate day = rollCall.sessionDay();
        act(() -> congress.giveProxy(member.actor(), new GiveProxy(holder.memberId(), ProxyScope.SESSION,
                Optional.empty(), Optional.of(day))), holder.name() + " now holds your vote for the session of " + day + ".");
    }

    /** A steward instructs a chapter's delegates. */
    public void instruct() {
        String chapter = instructChapter;
        act(() -> congress.instruct(member.actor(), id(), chapter, instruction), "The instruction is recorded.");
    }

    /** A steward closes the roll call. */
    public void close() {
        act(() -> {
            Pages.requireConfirmed(confirmClose, "closing the roll call");
            congress.close(member.actor(), id());
        }, "The roll call is closed and the motion decided.");
    }

    /** Whether the caller may give their vote to the delegate of this seat. */
    public boolean mayGiveTo(CongressView.SeatLine seat) {
        return rollCall.viewerWeight().isPresent() && !rollCall.viewerHasVoted()
                && !seat.memberId().equals(member.actor().memberId().toString())
                && rollCall.status() == CongressVoteStatus.OPEN;
    }

    /** The choices, for the vote buttons and the split form. */
    public Choice[] getChoices() {
        return Choice.values();
    }

    /** The instructions a steward may give. */
    /** The chapters whose delegates the caller may instruct now: their own as chapter steward, all as union steward. */
    public List<CongressView.ChapterWeight> getInstructableChapters() {
        return rollCall == null ? List.of()
                : rollCall.chapters().stream().filter(CongressView.ChapterWeight::mayInstruct).toList();
    }

    public Instruction[] getInstructions() {
        return Instruction.values();
    }

    public CongressView getRollCall() {
        return rollCall;
    }

    public MotionView getMotion() {
        return motion;
    }

    /** The weight typed for each choice of each proxy, by proxy id. */
    public Map<String, Map<Choice, String>> getParts() {
        return parts;
    }

    public String getMotionId() {
        return motionId;
    }

    public void setMotionId(String motionId) {
        this.motionId = motionId;
    }

    public String getInstructChapter() {
        return instructChapter;
    }

    public void setInstructChapter(String instructChapter) {
        this.instructChapter = instructChapter;
    }

    public Instruction getInstruction() {
        return instruction;
    }

    public void setInstruction(Instruction instruction) {
        this.instruction = instruction;
    }

    /** Whether the steward ticked that closing decides the motion with the votes cast so far. */
    public boolean isConfirmClose() {
        return confirmClose;
    }

    public void setConfirmClose(boolean confirmClose) {
        this.confirmClose = confirmClose;
    }
}
