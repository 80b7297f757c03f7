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
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A role held by one member for a term, in one scope (a chapter, or a whole union). A mandate
 * ends on its own after the last day of its term, or earlier when a steward ends it or the holder
 * steps down, always with a reason. Mandates are made by {@link Chapter#appoint} and
 * {@link Union#appoint}, which check the rules of their scope.
 */
@Entity
@Table(name = "mandate")
@Access(AccessType.FIELD)
public class Mandate {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private MandateRole role;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "chapter_id", length = 36)
    private String chapterId;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "assigned_by", length = 36)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Mandate() {
    }

    Mandate(MandateRole role, MemberId holder, UnionId union, Optional<ChapterId> chapter, Term term,
            Optional<MemberId> assignedBy, Instant now) {
        Objects.requireNonNull(role);
        if (assignedBy.isPresent() && assignedBy.get().equals(holder)) {
            throw new RuleViolation("Nobody can give themselves a mandate; another steward must assign it.");
        }
        this.id = MandateId.generate().toString();
        this.role = role;
        this.memberId = holder.toString();
        this.unionId = union.toString();
        this.chapterId = chapter.map(ChapterId::toString).orElse(null);
        this.termStart = term.start();
        this.termEnd = term.end();
        this.assignedBy = assignedBy.map(MemberId::toString).orElse(null);
        this.assignedAt = Objects.requireNonNull(now);
    }

    /**
     * Ends the mandate early: from {@code today} on it is no longer in force.
     *
     * @throws RuleViolation if it was already ended or its term is over
     */
    public void endEarly(LocalDate today, String reason) {
        String why = Check.reason(reason);
        if (endedOn != null) {
            throw new RuleViolation("This mandate was already ended on " + endedOn + ".");
        }
        if (today.isAfter(termEnd)) {
            throw new RuleViolation("This mandate's term already ended on " + termEnd + ".");
        }
        this.endedOn = today;
        this.endReason = why;
    }

    /** Whether the mandate is in force on the given day. */
    public boolean activeOn(LocalDate day) {
        return term().contains(day) && (endedOn == null || day.isBefore(endedOn));
    }

    /** The distinct roles of the mandates in force on the day, in the roles' order. */
    public static List<MandateRole> rolesOn(Collection<Mandate> mandates, LocalDate day) {
        if (mandates.isEmpty()) {
            return List.of();
        }
        return mandates.stream().filter(m -> m.activeOn(day)).map(Mandate::role).distinct().sorted().toList();
    }

    /** Whether the mandate is in force on at least one day of the given term. */
    public boolean overlaps(Term other) {
        return effectiveTerm().map(t -> t.overlaps(other)).orElse(false);
    }

    /** The days the mandate is (or was) actually in force: the term, cut short if ended early. */
    public Optional<Term> effectiveTerm() {
        if (endedOn == null) {
            return Optional.of(term());
        }
        LocalDate last = endedOn.minusDays(1);
        if (last.isBefore(termStart)) {
            return Optional.empty();
        }
        return Optional.of(new Term(termStart, last.isBefore(termEnd) ? last : termEnd));
    }

    /** Whether this mandate applies to the given scope (a union-scoped one applies to all its chapters). */
    public boolean covers(UnionId union, Optional<ChapterId> chapter) {
        if (!unionId.equals(union.toString())) {
            return false;
        }
        return chapterId == null || chapter.map(c -> c.toString().equals(chapterId)).orElse(false);
    }

    /** Its id. */
    public MandateId id() {
        return MandateId.of(id);
    }

    /** The role. */
    public MandateRole role() {
        return role;
    }

    /** Who holds it. */
    public MemberId holder() {
        return MemberId.of(memberId);
    }

    /** The union it belongs to (for a chapter mandate, the chapter's union). */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** The chapter, for a chapter-scoped mandate. */
    public Optional<ChapterId> chapterId() {
        return Optional.ofNullable(chapterId).map(ChapterId::of);
    }

    /** Chapter or union. */
    public ScopeKind scopeKind() {
        return chapterId == null ? ScopeKind.UNION : ScopeKind.CHAPTER;
    }

    /** The term as assigned. */
    public Term term() {
        return new Term(termStart, termEnd);
    }

    /** The day it was ended early, if it was. */
    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    /** Why it was ended early, if it was. */
    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    /** The steward who assigned it; empty for a union's founding stewards. */
    public Optional<MemberId> assignedBy() {
        return Optional.ofNullable(assignedBy).map(MemberId::of);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mandate other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
