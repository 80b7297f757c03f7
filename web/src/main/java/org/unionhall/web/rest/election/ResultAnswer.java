package org.unionhall.web.rest.election;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.application.election.ResultView;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.shared.PeopleCount;

/**
 * An election's result as the API shows it to anyone: the result view with its counts of people
 * under the small-group rule. {@code turnout} and {@code eligible} read {@code {"count": 12,
 * "text": "12"}}, or {@code {"fewerThan": 5, "text": "fewer than 5"}} below five. The counts per
 * option and the total weight are the decision and stay whole; the exact number of ballots
 * counted is in the election record ({@code /tally}, {@code /record}), which is the proof.
 *
 * @param id the election id
 * @param title the title
 * @param subjectKind what it decided
 * @param subjectId the motion or officer election
 * @param phase where it stands (counts only when published)
 * @param contests the counts per contest (empty before publication)
 * @param turnout the members whose last ballot was counted
 * @param totalWeight the total weight of the counted ballots
 * @param eligible the eligible members when voting opened (empty before)
 * @param eligibleBasis who was counted as eligible, in words
 * @param opensAt when voting was scheduled to open
 * @param closesAt when voting was scheduled to close
 * @param openedAt when voting actually opened
 * @param closedAt when voting actually closed
 * @param report the verification report of the published record
 * @param publishedAt when it was published
 */
public record ResultAnswer(String id, String title, SubjectKind subjectKind, String subjectId, ElectionPhase phase,
                           List<ResultView.ContestResult> contests, PeopleCount turnout, long totalWeight,
                           Optional<PeopleCount> eligible, Optional<String> eligibleBasis, Instant opensAt,
                           Instant closesAt, Optional<Instant> openedAt, Optional<Instant> closedAt,
                           Optional<ResultView.ReportView> report, Optional<Instant> publishedAt) {

    /** The answer for a result. */
    static ResultAnswer of(ResultView r) {
        return new ResultAnswer(r.id(), r.title(), r.subjectKind(), r.subjectId(), r.phase(), r.contests(),
                r.turnout(), r.totalWeight(), r.eligible(), r.eligibleBasis(), r.opensAt(), r.closesAt(),
                r.openedAt(), r.closedAt(), r.report(), r.publishedAt());
    }
}
