package org.unionhall.application.motion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.congress.CongressVoteStatus;
import org.unionhall.domain.congress.Instruction;
import org.unionhall.domain.motion.MotionStatus;

/**
 * The public roll call of a congress vote: the weight table, every vote with the chapter's
 * instruction beside it, and the weighted result.
 *
 * @param motionId the motion voted on
 * @param motionTitle its title
 * @param status open or closed
 * @param recordDate the day the membership counts were certified for
 * @param sessionDay the congress session it belongs to
 * @param openedAt when it opened
 * @param closesAt when it closes
 * @param chapters the weight table: each chapter's certified count, delegates and instruction
 * @param seats each delegate's weight and whether it was cast
 * @param rollCall every vote, in the order cast
 * @param inFavour weight for
 * @param against weight against
 * @param abstaining weight abstaining
 * @param totalWeight the weight of every seat
 * @param quorumPercent the quorum, percent of the total weight, under the motion's bylaws version
 * @param quorumMet whether the weight cast reaches it
 * @param thresholdLabel the support needed, in words
 * @param outcome carried or failed once decided
 * @param viewerWeight the caller's own seat weight, if they hold a seat
 * @param viewerHasVoted whether the caller voted on their own seat
 * @param viewerProxies proxies the caller holds that cover this vote and are not used yet
 */
public record CongressView(String motionId, String motionTitle, CongressVoteStatus status, LocalDate recordDate,
                           LocalDate sessionDay, Instant openedAt, Instant closesAt, List<ChapterWeight> chapters,
                           List<SeatLine> seats, List<RollCallLine> rollCall, long inFavour, long against,
                           long abstaining, long totalWeight, int quorumPercent, boolean quorumMet,
                           String thresholdLabel, Optional<MotionStatus> outcome, Optional<Long> viewerWeight,
                           boolean viewerHasVoted, List<ProxyView> viewerProxies) {

    /**
     * One row of the weight table.
     *
     * @param chapterId the chapter
     * @param chapterSlug its short name
     * @param chapterName its name
     * @param membersCertified active members at the record date: its weight
     * @param delegates how many delegates share it
     * @param instruction its instruction to them, if any
     * @param mayInstruct whether the caller, a steward of the chapter or of its union, may instruct them
     */
    public record ChapterWeight(String chapterId, String chapterSlug, String chapterName, long membersCertified, int delegates,
                                Optional<Instruction> instruction, boolean mayInstruct) {
    }

    /**
     * One delegate's seat.
     *
     * @param memberId the delegate
     * @param name their name
     * @param chapterName their chapter
     * @param weight their weight
     * @param cast whether their weight was cast (by them or by proxy)
     * @param proxyHolder who holds this seat's vote by a proxy covering this roll call, if anyone
     */
    public record SeatLine(String memberId, String name, String chapterName, long weight, boolean cast,
                           Optional<String> proxyHolder) {
    }

    /**
     * One line of the roll call.
     *
     * @param voterName who cast it
     * @param seatOfName whose seat's weight it carries
     * @param chapterName that seat's chapter
     * @param choice for, against or abstain
     * @param weight the weight
     * @param byProxy whether cast under a proxy
     * @param overridden whether the seat's holder voted themselves afterwards (then it does not count)
     * @param instruction the chapter's instruction, shown beside the vote
     * @param followsInstruction whether the vote follows it (empty when none was given)
     * @param castAt when
     */
    public record RollCallLine(String voterName, String seatOfName, String chapterName, Choice choice, long weight,
                               boolean byProxy, boolean overridden, Optional<Instruction> instruction,
                               Optional<Boolean> followsInstruction, Instant castAt) {
    }
}
