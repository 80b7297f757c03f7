package org.unionhall.domain.audit;

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
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.Check;

/**
 * One line of the audit trail: who did what to whom, when, why, and in which scope. Entries are
 * only ever added. They record membership and mandate changes and never a vote choice or a
 * password. A chapter-scoped entry also belongs to its union's trail.
 */
@Entity
@Table(name = "audit_entry")
@Access(AccessType.FIELD)
public class AuditEntry {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", length = 36)
    private String actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject_id", length = 36)
    private String subjectId;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "chapter_id", length = 36)
    private String chapterId;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "detail", nullable = false, length = 300)
    private String detail;

    /** For JPA only. */
    protected AuditEntry() {
    }

    /**
     * @param actor who acted; empty for a change by rule or by the founding assembly
     * @param subject the member the change is about, if any
     * @param union the union the scope belongs to
     * @param chapter the chapter, for a chapter-scoped change
     * @param reason the reason given (may be empty when none is required)
     * @param detail a short plain description of what changed
     */
    public AuditEntry(Optional<MemberId> actor, AuditAction action, Optional<MemberId> subject, UnionId union,
                      Optional<ChapterId> chapter, String reason, String detail, Instant at) {
        this.id = AuditEntryId.generate().toString();
        this.occurredAt = Objects.requireNonNull(at);
        this.actorId = actor.map(MemberId::toString).orElse(null);
        this.action = Objects.requireNonNull(action);
        this.subjectId = subject.map(MemberId::toString).orElse(null);
        this.unionId = union.toString();
        this.chapterId = chapter.map(ChapterId::toString).orElse(null);
        this.reason = Check.note(reason, "The reason", 500);
        this.detail = Check.note(detail, "The detail", 300);
    }

    /** Its id. */
    public AuditEntryId id() {
        return AuditEntryId.of(id);
    }

    /** When. */
    public Instant occurredAt() {
        return occurredAt;
    }

    /** Who acted. */
    public Optional<MemberId> actor() {
        return Optional.ofNullable(actorId).map(MemberId::of);
    }

    /** What was done. */
    public AuditAction action() {
        return action;
    }

    /** About whom. */
    public Optional<MemberId> subject() {
        return Optional.ofNullable(subjectId).map(MemberId::of);
    }

    /** The union. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** The chapter, if the change was chapter-scoped. */
    public Optional<ChapterId> chapterId() {
        return Optional.ofNullable(chapterId).map(ChapterId::of);
    }

    /** Chapter or union. */
    public ScopeKind scopeKind() {
        return chapterId == null ? ScopeKind.UNION : ScopeKind.CHAPTER;
    }

    /** The reason given. */
    public String reason() {
        return reason;
    }

    /** What changed. */
    public String detail() {
        return detail;
    }
}
