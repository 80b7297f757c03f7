package org.unionhall.domain.membership;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/** One step in a membership's history: the new status, when, why and by whom. */
@Embeddable
@Access(AccessType.FIELD)
public class StatusChange {
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "changed_by", length = 36)
    private String changedBy;

    /** For JPA only. */
    protected StatusChange() {
    }

    StatusChange(MembershipStatus status, Instant changedAt, String reason, Optional<MemberId> changedBy) {
        this.status = status;
        this.changedAt = changedAt;
        this.reason = reason;
        this.changedBy = changedBy.map(MemberId::toString).orElse(null);
    }

    /** The status from this moment on. */
    public MembershipStatus status() {
        return status;
    }

    /** When. */
    public Instant changedAt() {
        return changedAt;
    }

    /** Why. */
    public String reason() {
        return reason;
    }

    /** Who made the change; empty when it followed from a rule (e.g. lapsed dues). */
    public Optional<MemberId> changedBy() {
        return Optional.ofNullable(changedBy).map(MemberId::of);
    }
}
