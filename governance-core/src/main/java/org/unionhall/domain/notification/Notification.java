package org.unionhall.domain.notification;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.treasury.BudgetRoundId;
import org.unionhall.domain.treasury.GrantRequestId;

/**
 * One message to one member about one motion or one grant request; unread until the member marks
 * it read.
 */
@Entity
@Table(name = "notification")
@Access(AccessType.FIELD)
public class Notification {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "motion_id", length = 36)
    private String motionId;

    @Column(name = "grant_request_id", length = 36)
    private String grantRequestId;

    @Column(name = "budget_round_id", length = 36)
    private String budgetRoundId;

    @Column(name = "message", nullable = false, length = 300)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** For JPA only. */
    protected Notification() {
    }

    /** A new unread notification about a motion. */
    public Notification(MemberId member, NotificationKind kind, MotionId motion, String message, Instant now) {
        this(member, kind, message, now);
        this.motionId = motion.toString();
    }

    /** A new unread notification about a grant request. */
    public Notification(MemberId member, NotificationKind kind, GrantRequestId request, String message, Instant now) {
        this(member, kind, message, now);
        this.grantRequestId = request.toString();
    }

    /** A new unread notification about a participatory budget. */
    public Notification(MemberId member, NotificationKind kind, BudgetRoundId round, String message, Instant now) {
        this(member, kind, message, now);
        this.budgetRoundId = round.toString();
    }

    private Notification(MemberId member, NotificationKind kind, String message, Instant now) {
        this.id = NotificationId.generate().toString();
        this.memberId = member.toString();
        this.kind = Objects.requireNonNull(kind);
        String text = Check.text(message, "The message", 1000);
        this.message = text.length() > 300 ? text.substring(0, 299) + "…" : text;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The member marks it read; only its addressee can. */
    public void markRead(MemberId by, Instant now) {
        if (!by.toString().equals(memberId)) {
            throw new RuleViolation("This notification is addressed to someone else.");
        }
        if (readAt == null) {
            readAt = now;
        }
    }

    /** Its id. */
    public NotificationId id() {
        return NotificationId.of(id);
    }

    /** The addressee. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** Why. */
    public NotificationKind kind() {
        return kind;
    }

    /** The motion it is about, when it is about one. */
    public Optional<MotionId> motionId() {
        return Optional.ofNullable(motionId).map(MotionId::of);
    }

    /** The grant request it is about, when it is about one. */
    public Optional<GrantRequestId> grantRequestId() {
        return Optional.ofNullable(grantRequestId).map(GrantRequestId::of);
    }

    /** The participatory budget it is about, if any. */
    public Optional<BudgetRoundId> budgetRoundId() {
        return Optional.ofNullable(budgetRoundId).map(BudgetRoundId::of);
    }

    /** The message. */
    public String message() {
        return message;
    }

    /** When. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When it was read. */
    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
