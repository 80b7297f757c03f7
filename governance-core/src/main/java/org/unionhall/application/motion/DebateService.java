package org.unionhall.application.motion;

import org.unionhall.application.Actor;
import org.unionhall.domain.debate.CommentId;
import org.unionhall.domain.motion.MotionId;

/**
 * The debate on motions and amendments. Whoever may see a motion (see {@link MotionService#motion})
 * reads its debate, comments and replies while it is open, and follows it; the author edits their
 * own comment for 15 minutes; a steward of the motion's scope hides a comment with a reason.
 */
public interface DebateService {

    /** Whoever may see the motion: its debate, oldest first, replies under the comment they answer. */
    DebateView debate(Actor actor, MotionId motion);

    /**
     * Whoever may see the motion, while it is open (submitted and not closed): posts a comment or a
     * reply. The author of the comment answered and the motion's followers are told (never the
     * writer; each once). The same request twice returns the first comment.
     */
    CommentView comment(Actor actor, MotionId motion, WriteComment comment);

    /** The comment's author, within 15 minutes of posting, while the motion is open: edits its text. */
    CommentView edit(Actor actor, MotionId motion, CommentId comment, String text);

    /** A steward of the motion's scope: hides a comment with a reason (kept in the audit trail). */
    CommentView hide(Actor actor, MotionId motion, CommentId comment, String reason);

    /** Whoever may see the motion: follows its debate (or stops); returns whether they now follow it. */
    boolean follow(Actor actor, MotionId motion, boolean follow);
}
