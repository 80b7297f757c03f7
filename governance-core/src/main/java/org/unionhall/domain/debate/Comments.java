package org.unionhall.domain.debate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.MotionId;

/** The debates of all motions, and who follows them. */
public interface Comments {

    /** The comment with this id. */
    Optional<Comment> find(CommentId id);

    /** A motion's comments and replies, oldest first. */
    List<Comment> ofMotion(MotionId motion);

    /** How many comments a motion has (hidden ones included). */
    long countOfMotion(MotionId motion);

    /** A member's own comments, oldest first (for their data export). */
    List<Comment> ofAuthor(MemberId author);

    /** Stores a new comment now, so a second with the same id is refused inside the call. */
    void add(Comment comment);

    /** A member's choice about following a motion, if they made one. */
    Optional<Following> following(MotionId motion, MemberId member);

    /** Members who chose to follow or not to follow a motion. */
    List<Following> followingsOf(MotionId motion);

    /** Stores a first choice. */
    void add(Following following);

    /**
     * Comments not hidden on motions (not drafts) of these unions whose text contains every word,
     * case-insensitively; newest first.
     */
    List<Comment> search(Collection<UnionId> unions, List<String> words, int limit);
}
