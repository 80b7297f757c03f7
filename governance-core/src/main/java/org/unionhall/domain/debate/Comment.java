package org.unionhall.domain.debate;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * One comment in the debate on a motion (or an amendment, which is a motion too), or a reply to
 * one. Its text is kept as typed, line breaks included, and shown escaped. Its author may edit it
 * for {@link #EDIT_WINDOW} after posting; a steward may hide it with a reason, which the thread
 * shows in its place. It is never deleted.
 */
@Entity
@Table(name = "motion_comment")
@Access(AccessType.FIELD)
public class Comment {
    /** How long after posting its author may still edit a comment. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    /** The longest comment, in characters. */
    public static final int MAX_LENGTH = 5000;
    /** The longest quote of the comment answered, in characters. */
    public static final int MAX_QUOTE = 1000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "motion_id", nullable = false, length = 36)
    private String motionId;

    @Column(name = "reply_to", length = 36)
    private String replyTo;

    @Column(name = "author_id", nullable = false, length = 36)
    private String authorId;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "quote", length = MAX_QUOTE)
    private String quote;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by", length = 36)
    private String hiddenBy;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    /** For JPA only. */
    protected Comment() {
    }

    private Comment(CommentId id, Motion motion, Optional<Comment> parent, MemberId author, String text,
                    Optional<String> quote, Instant now) {
        if (motion.status().closed()) {
            throw new RuleViolation("\"" + motion.title() + "\" is " + motion.status().label().toLowerCase()
                    + "; its debate stays readable but takes no new comment.");
        }
        this.id = Objects.requireNonNull(id).toString();
        this.motionId = motion.id().toString();
        this.authorId = author.toString();
        this.body = text(text);
        this.postedAt = Objects.requireNonNull(now);
        if (parent.isPresent()) {
            Comment p = parent.get();
            if (!p.motionId.equals(motionId)) {
                throw new InvalidInput("A reply answers a comment on the same motion.");
            }
            this.replyTo = p.replyTo == null ? p.id : p.replyTo;
            String q = quote.map(s -> Check.note(s, "The quote", MAX_QUOTE)).orElse("");
            if (!q.isEmpty()) {
                if (p.hidden() || !p.body.contains(q)) {
                    throw new InvalidInput("A quote must be a passage of the comment you answer, as written there.");
                }
                this.quote = q;
            }
        }
    }

    /** A new comment on the motion. */
    public static Comment post(CommentId id, Motion motion, MemberId author, String text, Instant now) {
        return new Comment(id, motion, Optional.empty(), author, text, Optional.empty(), now);
    }

    /**
     * A reply to a comment, optionally quoting a passage of it; a reply to a reply answers the
     * same first comment, so the thread stays one level deep.
     */
    public static Comment reply(CommentId id, Motion motion, Comment parent, MemberId author, String text,
                                Optional<String> quote, Instant now) {
        return new Comment(id, motion, Optional.of(parent), author, text, quote, now);
    }

    private static String text(String text) {
        String t = Check.note(text, "The comment", MAX_LENGTH);
        if (t.isEmpty()) {
            throw new InvalidInput("The comment is empty: write something first.");
        }
        return t;
    }

    /** Whether the request that would make this comment again is the same one (a retry, a double click). */
    public boolean sameAs(MotionId motion, Optional<CommentId> parent, MemberId author, String text) {
        return motionId.equals(motion.toString()) && authorId.equals(author.toString())
                && Objects.equals(replyTo, parent.map(Object::toString).orElse(null))
                && body.equals(Optional.ofNullable(text).map(String::strip).orElse(""));
    }

    /** The author edits the text within {@link #EDIT_WINDOW} of posting, while the motion is open. */
    public void edit(MemberId by, Motion motion, String text, Instant now) {
        if (!authorId.equals(by.toString())) {
            throw new AccessDenied("Only its author may edit a comment.");
        }
        if (hidden()) {
            throw new RuleViolation("A steward hid this comment; it cannot be edited.");
        }
        if (motion.status().closed()) {
            throw new RuleViolation("The motion is " + motion.status().label().toLowerCase()
                    + "; its debate can no longer change.");
        }
        if (now.isAfter(editableUntil())) {
            throw new RuleViolation("A comment can be edited for " + EDIT_WINDOW.toMinutes()
                    + " minutes after posting; that time is over.");
        }
        String t = text(text);
        if (!t.equals(body)) {
            body = t;
            editedAt = now;
        }
    }

    /** A steward hides the comment with a reason, which the thread shows in its place. */
    public void hide(MemberId steward, String reason, Instant now) {
        String why = Check.reason(reason);
        if (hidden()) {
            throw new RuleViolation("This comment is already hidden.");
        }
        hiddenAt = now;
        hiddenBy = steward.toString();
        hiddenReason = why;
    }

    /** Its id. */
    public CommentId id() {
        return CommentId.of(id);
    }

    /** The motion debated. */
    public MotionId motionId() {
        return MotionId.of(motionId);
    }

    /** The comment this one answers, for a reply. */
    public Optional<CommentId> replyTo() {
        return Optional.ofNullable(replyTo).map(CommentId::of);
    }

    /** Who wrote it. */
    public MemberId author() {
        return MemberId.of(authorId);
    }

    /** The text, as typed (line breaks kept). */
    public String body() {
        return body;
    }

    /** The passage quoted from the comment answered. */
    public Optional<String> quote() {
        return Optional.ofNullable(quote);
    }

    /** When it was posted. */
    public Instant postedAt() {
        return postedAt;
    }

    /** When it was last edited. */
    public Optional<Instant> editedAt() {
        return Optional.ofNullable(editedAt);
    }

    /** Until when its author may edit it. */
    public Instant editableUntil() {
        return postedAt.plus(EDIT_WINDOW);
    }

    /** Whether a steward hid it. */
    public boolean hidden() {
        return hiddenAt != null;
    }

    /** Why a steward hid it. */
    public Optional<String> hiddenReason() {
        return Optional.ofNullable(hiddenReason);
    }

    /** Which steward hid it. */
    public Optional<MemberId> hiddenBy() {
        return Optional.ofNullable(hiddenBy).map(MemberId::of);
    }

    /** When a steward hid it. */
    public Optional<Instant> hiddenAt() {
        return Optional.ofNullable(hiddenAt);
    }
}
