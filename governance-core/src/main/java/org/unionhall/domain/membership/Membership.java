package org.unionhall.domain.membership;

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
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.RuleViolation;

/**
 * One member's belonging to one chapter. A member has at most one membership per chapter (the
 * database refuses a second); leaving and joining again reuse it, so the whole history stays in
 * one place. Status changes follow the union's rules:
 * <pre>
 * ACTIVE ⇄ SUSPENDED, ACTIVE ⇄ LAPSED, LAPSED → SUSPENDED, any but LEFT → LEFT, LEFT → ACTIVE (re-admitted)
 * </pre>
 * A steward cannot suspend or restore themselves. The member's sort name is kept here too, so
 * a chapter's member list is read in name order straight from one index.
 */
@Entity
@Table(name = "membership")
@Access(AccessType.FIELD)
public class Membership {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "chapter_id", nullable = false, length = 36)
    private String chapterId;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "sort_name", nullable = false, length = Member.MAX_NAME)
    private String sortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "membership_status_change", joinColumns = @JoinColumn(name = "membership_id"))
    @OrderColumn(name = "position")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Membership() {
    }

    Membership(Member member, ChapterId chapter, UnionId union, Optional<MemberId> admittedBy, String reason,
               Instant now, LocalDate today) {
        this.id = MembershipId.generate().toString();
        this.memberId = member.id().toString();
        this.sortName = member.sortName();
        this.chapterId = chapter.toString();
        this.unionId = union.toString();
        this.joinedOn = today;
        record(MembershipStatus.ACTIVE, now, reason, admittedBy);
    }

    /** A steward suspends an active or lapsed member. */
    public void suspend(MemberId steward, String reason, Instant now) {
        String why = Check.reason(reason);
        notSelf(steward, "suspend");
        if (status != MembershipStatus.ACTIVE && status != MembershipStatus.LAPSED) {
            throw new RuleViolation("Only an active or lapsed member can be suspended; this membership is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        record(MembershipStatus.SUSPENDED, now, why, Optional.of(steward));
    }

    /** A steward restores a suspended or lapsed member to active. */
    public void restore(MemberId steward, String reason, Instant now) {
        String why = Check.reason(reason);
        notSelf(steward, "restore");
        if (status != MembershipStatus.SUSPENDED && status != MembershipStatus.LAPSED) {
            throw new RuleViolation("Only a suspended or lapsed member can be restored; this membership is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        record(MembershipStatus.ACTIVE, now, why, Optional.of(steward));
    }

    /** An active membership lapses (e.g. unconfirmed for a year), by rule or by a steward. */
    public void lapse(Optional<MemberId> by, String reason, Instant now) {
        String why = Check.reason(reason);
        if (status != MembershipStatus.ACTIVE) {
            throw new RuleViolation("Only an active membership can lapse.");
        }
        record(MembershipStatus.LAPSED, now, why, by);
    }

    /** The member leaves the chapter. */
    public void leave(Instant now) {
        if (status == MembershipStatus.LEFT) {
            throw new RuleViolation("You already left this chapter.");
        }
        record(MembershipStatus.LEFT, now, "Left the chapter", Optional.of(member()));
    }

    /** A person who left is admitted again; they count as joined today. */
    void rejoin(Member person, Optional<MemberId> admittedBy, String reason, Instant now, LocalDate today) {
        if (status != MembershipStatus.LEFT) {
            throw new RuleViolation("This person is already a member of the chapter ("
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        this.joinedOn = today;
        this.sortName = person.sortName();
        record(MembershipStatus.ACTIVE, now, reason, admittedBy);
    }

    private void notSelf(MemberId steward, String verb) {
        if (steward.toString().equals(memberId)) {
            throw new RuleViolation("Stewards cannot " + verb + " their own membership; another steward must.");
        }
    }

    private void record(MembershipStatus next, Instant now, String reason, Optional<MemberId> by) {
        this.status = next;
        history.add(new StatusChange(next, now, reason, by));
    }

    /** Whether the member is in good standing. */
    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    /** Whether the member still belongs (active, lapsed or suspended), so a new join request makes no sense. */
    public boolean isCurrent() {
        return status != MembershipStatus.LEFT;
    }

    /** Its id. */
    public MembershipId id() {
        return MembershipId.of(id);
    }

    /** The member. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** The chapter. */
    public ChapterId chapterId() {
        return ChapterId.of(chapterId);
    }

    /** The chapter's union. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** The current status. */
    public MembershipStatus status() {
        return status;
    }

    /** The day of the latest admission. */
    public LocalDate joinedOn() {
        return joinedOn;
    }

    /** Every status change, oldest first. */
    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Membership other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
