package org.unionhall.application.motion;

import java.time.Instant;
import org.unionhall.domain.motion.MotionStatus;

/**
 * One thing a search found: a motion, an amendment, or a comment in a motion's debate.
 *
 * @param what what was found
 * @param motionId the motion (or amendment) to open; a comment's motion
 * @param motionTitle its title
 * @param status where the motion stands
 * @param scopeName the chapter or union it belongs to
 * @param excerpt the start of the motion's text or of the comment
 * @param author who proposed the motion or wrote the comment
 * @param at when it was proposed or posted
 */
public record SearchHit(What what, String motionId, String motionTitle, MotionStatus status, String scopeName,
                        String excerpt, String author, Instant at) {

    /** What a hit is. */
    public enum What {
        /** A motion. */
        MOTION,
        /** An amendment to a motion. */
        AMENDMENT,
        /** A comment or reply in a motion's debate. */
        COMMENT
    }
}
