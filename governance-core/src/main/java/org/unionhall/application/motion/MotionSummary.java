package org.unionhall.application.motion;

import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.motion.MotionStatus;

/**
 * A motion in a list.
 *
 * @param id its id
 * @param kind its kind
 * @param title its title
 * @param status where it stands
 * @param proposerName who proposed it
 * @param createdAt when it was drafted
 * @param secondsReceived seconds so far
 * @param secondsNeeded seconds needed (0 before submission)
 * @param decidedBy who decides it, from submission on
 * @param votingCloses when its vote closes, once scheduled
 */
public record MotionSummary(String id, MotionKind kind, String title, MotionStatus status, String proposerName,
                            Instant createdAt, int secondsReceived, int secondsNeeded,
                            Optional<DecisionBody> decidedBy, Optional<Instant> votingCloses) {
}
