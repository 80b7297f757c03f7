package org.unionhall.domain.motion;

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
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A member named as candidate in an officer election. Only the nominee can accept (with a
 * candidate statement) or decline; only accepted nominees are on the ballot. Nominations are
 * taken while the election has not been scheduled.
 */
@Entity
@Table(name = "nomination")
@Access(AccessType.FIELD)
public class Nomination {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "motion_id", nullable = false, length = 36)
    private String motionId;

    @Column(name = "nominee_id", nullable = false, length = 36)
    private String nomineeId;

    @Column(name = "nominated_by", nullable = false, length = 36)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private NominationStatus status;

    @Column(name = "statement", nullable = false, length = 2000)
    private String statement;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Nomination() {
    }

    private Nomination(Motion election, MemberId nominee, MemberId by, Instant now) {
        this.id = NominationId.generate().toString();
        this.motionId = election.id().toString();
        this.nomineeId = nominee.toString();
        this.nominatedBy = by.toString();
        this.nominatedAt = Objects.requireNonNull(now);
        this.status = NominationStatus.AWAITING_ANSWER;
        this.statement = "";
    }

    /**
     * Names a candidate.
     *
     * @param nomineeIsMember whether the nominee is an active member of the election's scope
     * @param byIsMember whether the one who nominates is
     * @param earlier the election's nominations so far
     */
    public static Nomination nominate(Motion election, MemberId nominee, boolean nomineeIsMember, MemberId by,
                                      boolean byIsMember, Collection<Nomination> earlier, Instant now) {
        if (election.kind() != MotionKind.OFFICER_ELECTION) {
            throw new RuleViolation("Candidates are nominated for officer elections only.");
        }
        if (election.status().closed() || election.status() == MotionStatus.SCHEDULED
                || election.status() == MotionStatus.VOTING) {
            throw new RuleViolation("Nominations for this election are closed.");
        }
        if (!byIsMember) {
            throw new RuleViolation("Only active members of this scope can nominate.");
        }
        if (!nomineeIsMember) {
            throw new RuleViolation("Only an active member of this scope can stand as a candidate.");
        }
        if (earlier.stream().anyMatch(n -> n.nominee().equals(nominee) && n.status != NominationStatus.DECLINED)) {
            throw new RuleViolation("This member is already nominated.");
        }
        return new Nomination(election, nominee, by, now);
    }

    /** The nominee accepts and gives a candidate statement. */
    public void accept(MemberId by, String candidateStatement, Motion election, Instant now) {
        answer(by, election);
        this.statement = Check.note(candidateStatement, "The candidate statement", 2000);
        this.status = NominationStatus.ACCEPTED;
        this.answeredAt = now;
    }

    /** The nominee declines. */
    public void decline(MemberId by, Motion election, Instant now) {
        answer(by, election);
        this.status = NominationStatus.DECLINED;
        this.answeredAt = now;
    }

    private void answer(MemberId by, Motion election) {
        if (!by.toString().equals(nomineeId)) {
            throw new AccessDenied("Only the nominee can answer a nomination.");
        }
        if (!election.id().toString().equals(motionId)) {
            throw new IllegalArgumentException("another election");
        }
        if (election.status().closed() || election.status() == MotionStatus.SCHEDULED
                || election.status() == MotionStatus.VOTING) {
            throw new RuleViolation("Nominations for this election are closed.");
        }
        if (status != NominationStatus.AWAITING_ANSWER) {
            throw new RuleViolation("You already answered this nomination.");
        }
    }

    /** Its id. */
    public NominationId id() {
        return NominationId.of(id);
    }

    /** The election. */
    public MotionId motionId() {
        return MotionId.of(motionId);
    }

    /** The candidate. */
    public MemberId nominee() {
        return MemberId.of(nomineeId);
    }

    /** Who nominated. */
    public MemberId nominatedBy() {
        return MemberId.of(nominatedBy);
    }

    /** When. */
    public Instant nominatedAt() {
        return nominatedAt;
    }

    /** Where it stands. */
    public NominationStatus status() {
        return status;
    }

    /** The candidate statement (empty until accepted). */
    public String statement() {
        return statement;
    }

    /** When the nominee answered. */
    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
