package org.unionhall.domain.election;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A secret member ballot: its subject, scope, manifest (election.json), trustees count and
 * threshold, times, and where it stands. It only moves forward through its phases, each move
 * guarded here, and keeps the head of its bulletin board so that entries are numbered and
 * chained one by one. It never holds a choice: only public values of the protocol.
 */
@Entity
@Table(name = "election")
@Access(AccessType.FIELD)
public class Election {
    /** Most trustees an election may name. */
    public static final int MAX_TRUSTEES = 20;
    /** Most questions on one ballot. */
    public static final int MAX_QUESTIONS = 20;
    /** Most options one question may offer (every option is encrypted and proved on every ballot). */
    public static final int MAX_OPTIONS = 50;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "chapter_id", length = 36)
    private String chapterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false, length = 100)
    private String subjectId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 20)
    private ElectionPhase phase;

    @Column(name = "trustee_count", nullable = false)
    private int trusteeCount;

    @Column(name = "threshold", nullable = false)
    private int threshold;

    @Column(name = "ceremony_round", nullable = false)
    private int ceremonyRound;

    @Column(name = "manifest_json", nullable = false, length = 100000)
    private String manifestJson;

    @Column(name = "context_json", length = 2000)
    private String contextJson;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "eligible_count")
    private Long eligibleCount;

    @Column(name = "eligible_basis", length = 300)
    private String eligibleBasis;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The board key's secret scalar (base64url), protocol version 2; it signs receipts only. */
    @Column(name = "board_secret", length = 43)
    private String boardSecret;

    @Column(name = "board_size", nullable = false)
    private long boardSize;

    @Column(name = "board_head", length = 64)
    private String boardHead;

    @Column(name = "tally_json", length = 1000000)
    private String tallyJson;

    @Column(name = "result_json", length = 100000)
    private String resultJson;

    @Column(name = "report_json", length = 1000000)
    private String reportJson;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Election() {
    }

    /**
     * A new election in phase CEREMONY.
     *
     * @param manifestJson election.json as canonical text, already checked by ballot-crypto
     */
    public Election(ElectionId id, UnionId union, Optional<ChapterId> chapter, SubjectKind subjectKind,
                    String subjectId, String title, String manifestJson, int trustees, int threshold,
                    Instant opensAt, Instant closesAt, Instant now) {
        this.id = id.toString();
        this.unionId = union.toString();
        this.chapterId = chapter.map(ChapterId::toString).orElse(null);
        this.subjectKind = Check.present(subjectKind, "The subject kind");
        this.subjectId = Check.text(subjectId, "The subject id", 100);
        this.title = Check.text(title, "The title", 200);
        if (trustees < 1 || trustees > MAX_TRUSTEES) {
            throw new InvalidInput("An election names between 1 and " + MAX_TRUSTEES + " trustees (" + trustees
                    + " given).");
        }
        if (threshold < 1 || threshold > trustees) {
            throw new InvalidInput("The threshold must lie between 1 and the number of trustees (" + trustees + ").");
        }
        this.trusteeCount = trustees;
        this.threshold = threshold;
        this.ceremonyRound = 1;
        this.manifestJson = Objects.requireNonNull(manifestJson);
        Check.present(opensAt, "The opening time");
        Check.present(closesAt, "The closing time");
        if (!opensAt.isBefore(closesAt)) {
            throw new InvalidInput("Voting must open before it closes.");
        }
        if (!closesAt.isAfter(now)) {
            throw new InvalidInput("The closing time must lie in the future.");
        }
        this.opensAt = opensAt.truncatedTo(ChronoUnit.MICROS);
        this.closesAt = closesAt.truncatedTo(ChronoUnit.MICROS);
        this.phase = ElectionPhase.CEREMONY;
        this.createdAt = now;
    }

    /** Refuses the action unless the election is in the given phase. */
    public void requirePhase(ElectionPhase expected, String action) {
        if (phase != expected) {
            throw new RuleViolation("Cannot " + action + ": the election \"" + title + "\" is " + describePhase()
                    + ", not " + expected.label() + ".");
        }
    }

    /** The phase in words a member understands. */
    public String describePhase() {
        return switch (phase) {
            case CEREMONY -> "still in its key ceremony";
            case REGISTRATION -> "taking registrations and not yet open for voting";
            case OPEN -> "open for voting";
            case CLOSED -> "closed (voting ended at " + Moments.inWords(closesAt) + ")";
            case PUBLISHED -> "closed and its result published";
            case CANCELLED -> "cancelled";
        };
    }

    /** Every trustee announced, shared and no complaint stood: the joint key is fixed. */
    public void keyFixed() {
        requirePhase(ElectionPhase.CEREMONY, "fix the election key");
        phase = ElectionPhase.REGISTRATION;
    }

    /**
     * Restarts the ceremony without a trustee found at fault, under a new manifest with one
     * trustee fewer (the trustees are numbered 1..n again). A complaint may come until voting
     * opens, so a ceremony may restart from REGISTRATION too; registered credentials stay valid,
     * since they do not depend on the election key.
     */
    public void restartCeremony(String newManifestJson) {
        if (phase != ElectionPhase.REGISTRATION) {
            requirePhase(ElectionPhase.CEREMONY, "restart the key ceremony");
        }
        if (trusteeCount - 1 < threshold) {
            throw new IllegalStateException("too few trustees left: cancel instead");
        }
        trusteeCount--;
        ceremonyRound++;
        phase = ElectionPhase.CEREMONY;
        manifestJson = Objects.requireNonNull(newManifestJson);
    }

    /** Whether a restart without one more trustee would still leave t trustees. */
    public boolean canLoseATrustee() {
        return trusteeCount - 1 >= threshold;
    }

    /** Cancels an election that cannot be run; nothing is counted. */
    public void cancel() {
        if (phase == ElectionPhase.PUBLISHED || phase == ElectionPhase.CANCELLED) {
            throw new RuleViolation("The election \"" + title + "\" is " + describePhase() + "; it cannot be cancelled.");
        }
        phase = ElectionPhase.CANCELLED;
    }

    /**
     * Opens voting: the roll is frozen (its digest is in the context) and the context final.
     *
     * @param contextJson context.json as canonical text
     * @param genesisCode the board's genesis code (base64url)
     * @param eligible eligible members counted now
     * @param eligibleBasis who was counted, in words (published in the record)
     * @param boardSecret the board key's secret (base64url) for a version-2 election
     * @param now the actual opening instant
     */
    public void open(String contextJson, String genesisCode, long eligible, String eligibleBasis,
                     Optional<String> boardSecret, Instant now) {
        requirePhase(ElectionPhase.REGISTRATION, "open voting");
        this.contextJson = Objects.requireNonNull(contextJson);
        this.boardHead = Objects.requireNonNull(genesisCode);
        this.eligibleCount = eligible;
        this.eligibleBasis = Check.text(eligibleBasis, "The basis of the eligible count", 300);
        this.boardSecret = boardSecret.orElse(null);
        this.openedAt = now.truncatedTo(ChronoUnit.SECONDS);
        this.phase = ElectionPhase.OPEN;
    }

    /** Whether ballots are taken at this instant. */
    public boolean takesBallotsAt(Instant now) {
        return phase == ElectionPhase.OPEN && now.isBefore(closesAt);
    }

    /** Refuses a ballot unless voting is open at this instant. */
    public void requireBallotsTakenAt(Instant now) {
        if (phase == ElectionPhase.OPEN && !now.isBefore(closesAt)) {
            throw new RuleViolation("Voting on \"" + title + "\" closed at " + closesAt
                    + "; this ballot arrived too late and was not taken.");
        }
        requirePhase(ElectionPhase.OPEN, "take this ballot");
    }

    /**
     * Appends one entry to the board and returns its sequence number; the caller holds the
     * election's lock and has computed the entry's code from {@link #boardHead()}.
     */
    public long append(String code) {
        requirePhase(ElectionPhase.OPEN, "add to the bulletin board");
        boardSize++;
        boardHead = Objects.requireNonNull(code);
        return boardSize;
    }

    /** Closes voting at {@code now} with the encrypted tally (tally.json, canonical text). */
    public void close(String tallyJson, Instant now) {
        requirePhase(ElectionPhase.OPEN, "close voting");
        this.tallyJson = Objects.requireNonNull(tallyJson);
        this.closedAt = now.truncatedTo(ChronoUnit.SECONDS);
        this.phase = ElectionPhase.CLOSED;
    }

    /** Publishes the result (result.json) with the verifier's report. */
    public void publish(String resultJson, String reportJson, Instant now) {
        requirePhase(ElectionPhase.CLOSED, "publish the result");
        this.resultJson = Objects.requireNonNull(resultJson);
        this.reportJson = Objects.requireNonNull(reportJson);
        this.publishedAt = now;
        this.phase = ElectionPhase.PUBLISHED;
    }

    /** Whether the opening instant has come. */
    public boolean dueToOpen(Instant now) {
        return phase == ElectionPhase.REGISTRATION && !now.isBefore(opensAt);
    }

    /** Whether the closing instant has come. */
    public boolean dueToClose(Instant now) {
        return phase == ElectionPhase.OPEN && !now.isBefore(closesAt);
    }

    /** Its id. */
    public ElectionId id() {
        return ElectionId.of(id);
    }

    /** The union it belongs to. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** The chapter, for a chapter ballot. */
    public Optional<ChapterId> chapterId() {
        return Optional.ofNullable(chapterId).map(ChapterId::of);
    }

    /** What it decides. */
    public SubjectKind subjectKind() {
        return subjectKind;
    }

    /** The motion or officer election it decides. */
    public String subjectId() {
        return subjectId;
    }

    /** Its title. */
    public String title() {
        return title;
    }

    /** Where it stands. */
    public ElectionPhase phase() {
        return phase;
    }

    /** n. */
    public int trusteeCount() {
        return trusteeCount;
    }

    /** t. */
    public int threshold() {
        return threshold;
    }

    /** The ceremony round (1, more after a restart). */
    public int ceremonyRound() {
        return ceremonyRound;
    }

    /** election.json. */
    public String manifestJson() {
        return manifestJson;
    }

    /** context.json, once open. */
    public Optional<String> contextJson() {
        return Optional.ofNullable(contextJson);
    }

    /** When voting opens. */
    public Instant opensAt() {
        return opensAt;
    }

    /** When voting closes. */
    public Instant closesAt() {
        return closesAt;
    }

    /** Eligible members counted at opening. */
    public Optional<Long> eligibleCount() {
        return Optional.ofNullable(eligibleCount);
    }

    /** Who the eligible count counted, in words, once open. */
    public Optional<String> eligibleBasis() {
        return Optional.ofNullable(eligibleBasis);
    }

    /** When voting actually opened (to the second), once open. */
    public Optional<Instant> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    /** When voting actually closed (to the second), once closed. */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** The board key's secret (base64url) of a version-2 election, once open. */
    public Optional<String> boardSecret() {
        return Optional.ofNullable(boardSecret);
    }

    /** Entries on the board. */
    public long boardSize() {
        return boardSize;
    }

    /** The last tracking code (genesis when empty), once open. */
    public Optional<String> boardHead() {
        return Optional.ofNullable(boardHead);
    }

    /** tally.json, once closed. */
    public Optional<String> tallyJson() {
        return Optional.ofNullable(tallyJson);
    }

    /** result.json, once published. */
    public Optional<String> resultJson() {
        return Optional.ofNullable(resultJson);
    }

    /** The verification report, once published. */
    public Optional<String> reportJson() {
        return Optional.ofNullable(reportJson);
    }

    /** When it was published. */
    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** When it was prepared. */
    public Instant createdAt() {
        return createdAt;
    }
}
