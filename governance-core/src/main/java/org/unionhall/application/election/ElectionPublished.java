package org.unionhall.application.election;

import java.util.List;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.SubjectKind;

/**
 * CDI event fired when an election's result is published (after the record passed
 * verification): the motion workflow observes it to decide its motion under its bylaws.
 *
 * @param electionId the election
 * @param subjectKind what it decided
 * @param subjectId the motion or officer election
 * @param contests the counts per contest and option
 * @param turnout credentials whose ballot was counted
 * @param eligibleCount eligible members when voting opened
 */
public record ElectionPublished(ElectionId electionId, SubjectKind subjectKind, String subjectId,
                                List<ResultView.ContestResult> contests, long turnout, long eligibleCount) {
}
