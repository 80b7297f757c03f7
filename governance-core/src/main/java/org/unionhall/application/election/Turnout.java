package org.unionhall.application.election;

import java.util.List;
import java.util.Optional;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.membership.MemberId;

/**
 * Who has taken part in a secret ballot so far, from the voter list alone ("has voted", never
 * which ballot nor which choice): what a quorum warning needs.
 *
 * @param phase where the election stands
 * @param eligible eligible members counted when voting opened (empty before)
 * @param voted members marked as having voted
 * @param registeredNotVoted members who registered a voting key and have not voted yet
 */
public record Turnout(ElectionPhase phase, Optional<Long> eligible, long voted, List<MemberId> registeredNotVoted) {

    /** Copies the list. */
    public Turnout {
        registeredNotVoted = List.copyOf(registeredNotVoted);
    }
}
