package org.unionhall.application.election;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.shared.PeopleCount;

/**
 * The outcome of an election as the result page shows it.
 *
 * @param id the election id
 * @param title the title
 * @param subjectKind what it decided
 * @param subjectId the motion or officer election
 * @param phase where it stands (counts only when published)
 * @param contests the counts per contest (empty before publication)
 * @param ballotsCounted credentials whose last ballot was counted (turnout), as the record holds it;
 *                       what a page or the API shows is {@link #turnout()}
 * @param totalWeight their total weight
 * @param eligibleCount eligible members when voting opened; shown as {@link #eligible()}
 * @param eligibleBasis who was counted as eligible, in words
 * @param opensAt when voting was scheduled to open
 * @param closesAt when voting was scheduled to close
 * @param openedAt when voting actually opened
 * @param closedAt when voting actually closed
 * @param report the verification report of the published record
 * @param publishedAt when it was published
 */
public record ResultView(String id, String title, SubjectKind subjectKind, String subjectId, ElectionPhase phase,
                         List<ContestResult> contests, long ballotsCounted, long totalWeight,
                         Optional<Long> eligibleCount, Optional<String> eligibleBasis, Instant opensAt,
                         Instant closesAt, Optional<Instant> openedAt, Optional<Instant> closedAt,
                         Optional<ReportView> report, Optional<Instant> publishedAt) {

    /** The members who voted as anyone may see them: "fewer than 5" below five. */
    public PeopleCount turnout() {
        return PeopleCount.shown(ballotsCounted);
    }

    /** The eligible members as anyone may see them: "fewer than 5" below five; empty before voting opened. */
    public Optional<PeopleCount> eligible() {
        return eligibleCount.map(PeopleCount::shown);
    }

    /**
     * The counts of one contest.
     *
     * @param id the contest id
     * @param question its question
     * @param options the options in order
     * @param counts the weighted count of each option
     */
    public record ContestResult(String id, String question, List<String> options, List<Long> counts) {
    }

    /**
     * The verifier's report.
     *
     * @param passed every check passed
     * @param checks the labelled checks in order
     */
    public record ReportView(boolean passed, List<CheckView> checks) {
    }

    /**
     * One check of the verifier (protocol §11).
     *
     * @param id V1..V16
     * @param section protocol section
     * @param title short title
     * @param meaning what it means in plain words
     * @param status passed, failed or not yet
     * @param checked items checked
     * @param failed items failed
     * @param failures the first failures in words
     */
    public record CheckView(String id, String section, String title, String meaning, String status, long checked,
                            long failed, List<String> failures) {
    }
}
