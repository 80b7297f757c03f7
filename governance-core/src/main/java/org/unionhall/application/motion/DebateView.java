package org.unionhall.application.motion;

import java.util.List;

/**
 * The debate on a motion or amendment, as the reader may see it.
 *
 * @param open whether it takes new comments (the motion is neither a draft nor closed)
 * @param mayComment whether the reader may comment now
 * @param following whether the reader follows the motion
 * @param steward whether the reader may hide comments
 * @param count how many comments and replies it has, hidden ones included
 * @param comments the comments, oldest first, each with its replies
 */
public record DebateView(String motionId, String motionTitle, boolean open, boolean mayComment, boolean following,
                         boolean steward, int count, List<CommentView> comments) {
}
