package org.unionhall.domain.congress;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.RuleViolation;

/**
 * The public, weighted roll call of a union congress on one motion.
 *
 * <p><b>Weights.</b> Each chapter weighs its membership count certified at the record date (its
 * active members then), stored on the vote so later joining or leaving changes nothing. The
 * weight is shared among the chapter's delegates in office at the record date: each receives the
 * whole-number quotient, and the remainder goes one unit each to the first delegates
 * (longest-serving first); so 10 members and 3 delegates give 4, 3, 3. A chapter without
 * delegates has no seat and no weight.
 *
 * <p><b>Votes.</b> A delegate casts their own weight whole, once. A proxy holder casts a giver's
 * weight, split as they like among for, against and abstain, but the parts must add up to exactly
 * that weight. A delegate's own vote overrides a proxy: if the giver votes, the proxy lines for
 * their seat stop counting (they stay in the record, marked overridden); once the giver has voted,
 * a proxy vote for them is refused.
 */
@Entity
@Table(name = "congress_vote")
@Access(AccessType.FIELD)
public class CongressVote {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "motion_id", nullable = false, length = 36)
    private String motionId;

    @Column(name = "union_id", length = 36)
    private String unionId;

    @Column(name = "record_date", nullable = false)
    private LocalDate recordDate;

    @Column(name = "session_day", nullable = false)
    private LocalDate sessionDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CongressVoteStatus status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_chapter", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "position")
    private List<CertifiedChapter> chapters = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_seat", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "position")
    private List<Seat> seats = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_instruction", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "position")
    private List<ChapterInstruction> instructions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_ballot", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "position")
    private List<RollCallEntry> rollCall = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected CongressVote() {
    }

    private CongressVote(MotionId motion, Optional<UnionId> union, LocalDate recordDate, Instant now, Instant closes) {
        this.id = CongressVoteId.generate().toString();
        this.motionId = motion.toString();
        this.unionId = union.map(UnionId::toString).orElse(null);
        this.recordDate = Objects.requireNonNull(recordDate);
        this.sessionDay = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        this.openedAt = now;
        this.closesAt = Objects.requireNonNull(closes);
        this.status = CongressVoteStatus.OPEN;
    }

    /**
     * Opens the roll call with the chapters as they stood at the record date.
     *
     * @param union the union whose congress votes; empty for a federation congress of every union's chapters
     * @throws RuleViolation when no chapter has a delegate
     */
    public static CongressVote open(MotionId motion, Optional<UnionId> union, LocalDate recordDate, List<ChapterRoll> roll,
                                    Instant now, Instant closes) {
        if (!closes.isAfter(now)) {
            throw new InvalidInput("The roll call must close after it opens.");
        }
        CongressVote vote = new CongressVote(motion, union, recordDate, now, closes);
        for (ChapterRoll chapter : roll) {
            vote.chapters.add(new CertifiedChapter(chapter.chapter(), chapter.name(), chapter.certifiedMembers(),
                    chapter.delegates().size()));
            vote.seats.addAll(share(chapter));
        }
        if (vote.seats.isEmpty()) {
            throw new RuleViolation("No chapter has a delegate in office, so the congress cannot vote.");
        }
        return vote;
    }

    /** The split rule: quotient to everyone, remainder one unit each to the first delegates. */
    static List<Seat> share(ChapterRoll chapter) {
        int delegates = chapter.delegates().size();
        List<Seat> seats = new ArrayList<>();
        if (delegates == 0) {
            return seats;
        }
        long base = chapter.certifiedMembers() / delegates;
        long remainder = chapter.certifiedMembers() % delegates;
        for (int i = 0; i < delegates; i++) {
            seats.add(new Seat(chapter.delegates().get(i), chapter.chapter(), base + (i < remainder ? 1 : 0)));
        }
        return seats;
    }

    /**
     * A steward of the chapter sets the instruction to its delegates; a later instruction replaces
     * an earlier one, and both stay in the record.
     */
    public void instruct(ChapterId chapter, Instruction instruction, MemberId by, Instant now) {
        requireOpen();
        Objects.requireNonNull(instruction, "instruction");
        if (chapters.stream().noneMatch(c -> c.chapterId().equals(chapter))) {
            throw new RuleViolation("That chapter takes no part in this congress vote.");
        }
        instructions.add(new ChapterInstruction(chapter, instruction, by, now));
    }

    /** A delegate casts their own weight. */
    public RollCallEntry castOwn(MemberId voter, Choice choice, Instant now) {
        requireOpen(now);
        Objects.requireNonNull(choice, "choice");
        Seat seat = seatOf(voter).orElseThrow(() -> new AccessDenied(
                "You hold no seat in this congress vote; only the delegates in office at the record date "
                        + recordDate + " vote."));
        if (rollCall.stream().anyMatch(e -> e.seatOf().equals(voter) && e.voter().equals(voter))) {
            throw new RuleViolation("You already voted in this roll call.");
        }
        rollCall.stream().filter(e -> e.seatOf().equals(voter) && e.counts()).forEach(RollCallEntry::override);
        RollCallEntry entry = new RollCallEntry(voter, seat, choice, seat.weight(), Optional.empty(), now);
        rollCall.add(entry);
        return entry;
    }

    /**
     * A proxy holder casts the giver's weight, split into parts that add up to exactly that weight.
     *
     * @param parts weight per choice; zero parts are left out, and a part larger than the whole
     *              weight is invalid (however large: the sum is never taken of such parts)
     */
    public List<RollCallEntry> castByProxy(MemberId holder, Proxy proxy, Map<Choice, Long> parts, Instant now) {
        requireOpen(now);
        if (!proxy.holder().equals(holder)) {
            throw new RuleViolation("This proxy was given to another delegate.");
        }
        if (!proxy.covers(MotionId.of(motionId), sessionDay)) {
            throw new RuleViolation("This proxy does not cover this vote (or was revoked).");
        }
        MemberId giver = proxy.giver();
        Seat seat = seatOf(giver).orElseThrow(() -> new RuleViolation(
                "The delegate who gave this proxy holds no seat in this congress vote."));
        if (rollCall.stream().anyMatch(e -> e.seatOf().equals(giver) && e.voter().equals(giver))) {
            throw new RuleViolation("The delegate who gave this proxy already voted themselves; their own vote counts.");
        }
        if (rollCall.stream().anyMatch(e -> e.seatOf().equals(giver) && e.counts())) {
            throw new RuleViolation("This proxy was already used in this roll call.");
        }
        Map<Choice, Long> checked = new EnumMap<>(Choice.class);
        for (Map.Entry<Choice, Long> part : parts.entrySet()) {
            long w = part.getValue() == null ? 0 : part.getValue();
            if (w < 0) {
                throw new InvalidInput("A part of a proxy vote cannot be negative.");
            }
            if (w > 0) {
                checked.put(Objects.requireNonNull(part.getKey(), "choice"), w);
            }
        }
        long sum = 0;
        for (Map.Entry<Choice, Long> part : checked.entrySet()) {
            if (part.getValue() > seat.weight()) {
                throw new InvalidInput("The part " + part.getKey() + " (" + part.getValue() + ") is more than the "
                        + "proxy's whole weight of " + seat.weight() + ".");
            }
            sum += part.getValue();
        }
        if (sum > seat.weight()) {
            throw new RuleViolation("The parts add up to " + sum + ", more than the proxy's weight of "
                    + seat.weight() + ".");
        }
        if (sum < seat.weight()) {
            throw new RuleViolation("The parts add up to " + sum + "; they must add up to exactly the proxy's weight of "
                    + seat.weight() + ".");
        }
        List<RollCallEntry> cast = new ArrayList<>();
        for (Map.Entry<Choice, Long> part : checked.entrySet()) {
            RollCallEntry entry = new RollCallEntry(holder, seat, part.getKey(), part.getValue(),
                    Optional.of(proxy.id()), now);
            rollCall.add(entry);
            cast.add(entry);
        }
        return cast;
    }

    /** Closes the roll call and gives the weighted result. */
    public CongressResult close(Instant now) {
        requireOpen();
        status = CongressVoteStatus.CLOSED;
        closedAt = now;
        return result();
    }

    /** The weighted result so far (final once closed). */
    public CongressResult result() {
        long inFavour = 0;
        long against = 0;
        long abstaining = 0;
        for (RollCallEntry e : rollCall) {
            if (!e.counts()) {
                continue;
            }
            switch (e.choice()) {
                case FOR -> inFavour += e.weight();
                case AGAINST -> against += e.weight();
                case ABSTAIN -> abstaining += e.weight();
                default -> throw new IllegalStateException();
            }
        }
        return new CongressResult(inFavour, against, abstaining, totalWeight());
    }

    /** The weight of every seat. */
    public long totalWeight() {
        return seats.stream().mapToLong(Seat::weight).sum();
    }

    /** The seat of a delegate, if they hold one. */
    public Optional<Seat> seatOf(MemberId delegate) {
        return seats.stream().filter(s -> s.delegate().equals(delegate)).findFirst();
    }

    /** The instruction of a chapter in force: the latest one given, if any. */
    public Optional<ChapterInstruction> instructionOf(ChapterId chapter) {
        return instructions.stream().filter(i -> i.chapterId().equals(chapter)).reduce((first, later) -> later);
    }

    private void requireOpen() {
        if (status != CongressVoteStatus.OPEN) {
            throw new RuleViolation("This roll call is closed.");
        }
    }

    private void requireOpen(Instant now) {
        requireOpen();
        if (now.isAfter(closesAt)) {
            throw new RuleViolation("This roll call closed at " + Moments.inWords(closesAt) + "; the vote came too late.");
        }
    }

    /** Its id. */
    public CongressVoteId id() {
        return CongressVoteId.of(id);
    }

    /** The motion voted on. */
    public MotionId motionId() {
        return MotionId.of(motionId);
    }

    /** The union; empty for a federation congress. */
    public Optional<UnionId> unionId() {
        return Optional.ofNullable(unionId).map(UnionId::of);
    }

    /** The day the membership counts were certified for. */
    public LocalDate recordDate() {
        return recordDate;
    }

    /** The congress session (day, UTC) the vote opened in. */
    public LocalDate sessionDay() {
        return sessionDay;
    }

    /** Open or closed. */
    public CongressVoteStatus status() {
        return status;
    }

    /** When it opened. */
    public Instant openedAt() {
        return openedAt;
    }

    /** When it closes. */
    public Instant closesAt() {
        return closesAt;
    }

    /** When it was closed. */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** The chapters with their certified counts. */
    public List<CertifiedChapter> chapters() {
        return List.copyOf(chapters);
    }

    /** The seats with their weights. */
    public List<Seat> seats() {
        return List.copyOf(seats);
    }

    /** Every instruction given, oldest first (a later one for the same chapter replaces an earlier one). */
    public List<ChapterInstruction> instructions() {
        return List.copyOf(instructions);
    }

    /** Every line of the roll call, in the order cast. */
    public List<RollCallEntry> rollCall() {
        return List.copyOf(rollCall);
    }
}
