package org.unionhall.domain.motion;

import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;

/** Nominations for officer elections. */
public interface Nominations {

    /** The nomination with this id. */
    Optional<Nomination> find(NominationId id);

    /** The nominations of an election, oldest first. */
    List<Nomination> ofElection(MotionId election);

    /** Nominations waiting for this member's answer. */
    List<Nomination> awaitingAnswerOf(MemberId nominee);

    /** Stores a new nomination. */
    void add(Nomination nomination);
}
