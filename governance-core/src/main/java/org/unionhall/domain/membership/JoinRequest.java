package org.unionhall.domain.membership;

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
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.Moments;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A person's request to join a chapter. It is pending until a steward admits or declines it,
 * once; a steward never decides their own request. At most one request per person and chapter
 * is pending at a time: the column {@code pending_key} holds "member/chapter" while pending and
 * is cleared on decision, and a unique constraint on it makes the database refuse a second one
 * even when two requests race.
 */
@Entity
@Table(name = "join_request")
@Access(AccessType.FIELD)
public class JoinRequest {
    /** Longest note a person may write with a request. */
    public static final int MAX_NOTE = 1000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "chapter_id", nullable = false, length = 36)
    private String chapterId;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "note", nullable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private JoinRequestStatus status;

    @Column(name = "pending_key", length = 73)
    private String pendingKey;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected JoinRequest() {
    }

    JoinRequest(MemberId member, ChapterId chapter, UnionId union, String note, Instant now) {
        this.id = JoinRequestId.generate().toString();
        this.memberId = member.toString();
        this.chapterId = chapter.toString();
        this.unionId = union.toString();
        this.note = Check.note(note, "The note", MAX_NOTE);
        this.requestedAt = Objects.requireNonNull(now);
        this.status = JoinRequestStatus.PENDING;
        this.pendingKey = memberId + "/" + chapterId;
    }

    /**
     * A steward admits the person. Returns their membership: a new one, or their old one (if they
     * had left) made active again. The caller stores it.
     *
     * @param person the person who asked (their name is kept on the membership for sorting)
     * @param earlier the person's earlier membership of this chapter, if any
     * @param reason optional; "Admitted" when blank
     */
    public Membership admit(MemberId steward, String reason, Member person, Optional<Membership> earlier,
                            Instant now, LocalDate today) {
        if (!person.id().equals(member())) {
            throw new IllegalArgumentException("the person admitted is not the one who asked");
        }
        String why = Check.note(reason, "The reason", 500);
        if (why.isEmpty()) {
            why = "Admitted";
        }
        decide(steward, JoinRequestStatus.ADMITTED, why, now);
        if (earlier.isPresent()) {
            Membership old = earlier.get();
            if (!old.chapterId().equals(chapterId()) || !old.member().equals(member())) {
                throw new IllegalArgumentException("membership of another person or chapter");
            }
            old.rejoin(person, Optional.of(steward), why, now, today);
            return old;
        }
        return new Membership(person, chapterId(), unionId(), Optional.of(steward), why, now, today);
    }

    /** A steward declines; the reason is required and the person will read it. */
    public void decline(MemberId steward, String reason, Instant now) {
        decide(steward, JoinRequestStatus.DECLINED, Check.reason(reason), now);
    }

    private void decide(MemberId steward, JoinRequestStatus outcome, String reason, Instant now) {
        if (status != JoinRequestStatus.PENDING) {
            throw new RuleViolation("This request was already " + status.name().toLowerCase(Locale.ROOT)
                    + " on " + Moments.inWords(decidedAt) + ".");
        }
        if (steward.toString().equals(memberId)) {
            throw new RuleViolation("Stewards cannot decide their own request to join; another steward must.");
        }
        this.status = outcome;
        this.decidedBy = steward.toString();
        this.decidedAt = now;
        this.decisionReason = reason;
        this.pendingKey = null;
    }

    /** Its id. */
    public JoinRequestId id() {
        return JoinRequestId.of(id);
    }

    /** Who asks. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** The chapter asked to join. */
    public ChapterId chapterId() {
        return ChapterId.of(chapterId);
    }

    /** That chapter's union. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** What the person wrote; may be empty. */
    public String note() {
        return note;
    }

    /** When it was made. */
    public Instant requestedAt() {
        return requestedAt;
    }

    /** Pending, admitted or declined. */
    public JoinRequestStatus status() {
        return status;
    }

    /** Whether it still waits for a steward. */
    public boolean isPending() {
        return status == JoinRequestStatus.PENDING;
    }

    /** When it was decided. */
    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /** Which steward decided. */
    public Optional<MemberId> decidedBy() {
        return Optional.ofNullable(decidedBy).map(MemberId::of);
    }

    /** The steward's reason. */
    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }
}
