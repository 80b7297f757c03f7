package org.unionhall.application.election;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.MemberId;

/**
 * What a secret member ballot needs to be prepared (by the motion workflow when a motion is
 * scheduled for a member ballot, or by the officer-election workflow).
 *
 * @param subjectKind what the ballot decides
 * @param subjectId the id of the motion or officer election (as a string)
 * @param title the title shown to members and written in the record
 * @param scopeSlug the union or chapter slug; the eligible voters are the active members of
 *                  that scope when voting opens
 * @param contests the questions, in order
 * @param trustees the members who hold the key shares, in trustee order 1..n
 * @param threshold how many trustees (t) are needed to decrypt
 * @param opensAt when voting opens (a steward may open earlier once registration is under way)
 * @param closesAt when voting closes
 */
public record PrepareElection(SubjectKind subjectKind, String subjectId, String title, String scopeSlug,
                              List<ContestSpec> contests, List<MemberId> trustees, int threshold, Instant opensAt,
                              Instant closesAt) {

    /** Copies the lists. */
    public PrepareElection {
        Objects.requireNonNull(contests, "contests");
        Objects.requireNonNull(trustees, "trustees");
        contests = List.copyOf(contests);
        trustees = List.copyOf(trustees);
    }
}
