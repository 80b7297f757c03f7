package org.unionhall.web.view.motion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.unionhall.application.motion.CommentView;
import org.unionhall.application.motion.DebateService;
import org.unionhall.application.motion.DebateView;
import org.unionhall.application.motion.WriteComment;
import org.unionhall.domain.debate.CommentId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * The "Debate" section of a motion's page: the thread, a form to comment, a reply form under each
 * comment (which may quote it), the edit form of one's own recent comment, a steward's hide form,
 * and follow or stop following. Each form carries a token chosen when the page was shown, so a
 * double click posts one comment.
 */
@Named
@ViewScoped
public class DebateBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DebateService debates;

    @Inject
    private MotionBacking page;

    @Inject
    private CurrentActor member;

    private DebateView debate;
    private String text;
    private String token = UUID.randomUUID().toString();
    private final Map<String, String> replies = new HashMap<>();
    private final Map<String, String> quotes = new HashMap<>();
    private final Map<String, String> edits = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();

    /**
     * Reloads the thread before each rendering, after whatever the request changed (here or in
     * the motion's own form). Between a rendering and the next request the thread shown stays
     * as it was, so each form acts on the comment it was shown with.
     */
    public void refresh() {
        debate = null;
    }

    /** The thread as last shown. */
    public DebateView getDebate() {
        if (debate == null && page.getMotion() != null) {
            try {
                debate = debates.debate(member.actor(), motionId());
            } catch (DomainException hidden) {
                return null;
            }
        }
        return debate;
    }

    private MotionId motionId() {
        return MotionId.of(page.getId());
    }

    private boolean after(boolean done) {
        if (done) {
            debate = null;
            token = UUID.randomUUID().toString();
        }
        return done;
    }

    /** Posts a comment. */
    public void comment() {
        String id = token;
        if (after(Pages.act(() -> debates.comment(member.actor(), motionId(), new WriteComment(id, text, null,
                null)), "Your comment is posted."))) {
            text = null;
        }
    }

    /** Posts a reply to the comment, with the quote given for it. */
    public void reply(String comment) {
        String id = token;
        if (after(Pages.act(() -> debates.comment(member.actor(), motionId(), new WriteComment(id,
                replies.get(comment), comment, quotes.get(comment))), "Your reply is posted."))) {
            replies.remove(comment);
            quotes.remove(comment);
        }
    }

    /** Saves the new text of one's own comment. */
    public void edit(String comment) {
        if (after(Pages.act(() -> debates.edit(member.actor(), motionId(), CommentId.of(comment),
                edits.get(comment)), "Your comment is changed."))) {
            edits.remove(comment);
        }
    }

    /** A steward hides the comment with the reason given for it. */
    public void hide(String comment) {
        if (after(Pages.act(() -> debates.hide(member.actor(), motionId(), CommentId.of(comment),
                reasons.get(comment)), "The comment is hidden; the reason shows in its place."))) {
            reasons.remove(comment);
        }
    }

    /** Follows the motion, or stops following it. */
    public void toggleFollowing() {
        boolean follow = getDebate() == null || !getDebate().following();
        after(Pages.act(() -> debates.follow(member.actor(), motionId(), follow), follow
                ? "You follow this motion: you will be told of each new comment."
                : "You no longer follow this motion."));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Map<String, String> getReplies() {
        return replies;
    }

    public Map<String, String> getQuotes() {
        return quotes;
    }

    /** Texts being edited, by comment id; an entry starts as the comment's text. */
    public Map<String, String> getEdits() {
        DebateView d = getDebate();
        if (d != null) {
            d.comments().forEach(c -> {
                prefill(c);
                c.replies().forEach(this::prefill);
            });
        }
        return edits;
    }

    private void prefill(CommentView c) {
        if (c.editable()) {
            edits.putIfAbsent(c.id(), c.text().orElse(""));
        }
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
