package org.unionhall.domain.congress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.motion.MotionId;

/** The roll calls of union congresses. */
public interface CongressVotes {

    /** The roll call on a motion. */
    Optional<CongressVote> ofMotion(MotionId motion);

    /** Open roll calls that close between the two instants. */
    List<CongressVote> openClosingBetween(Instant from, Instant to);

    /** Stores a new roll call; a second one for the same motion is refused by the database. */
    void add(CongressVote vote);
}
