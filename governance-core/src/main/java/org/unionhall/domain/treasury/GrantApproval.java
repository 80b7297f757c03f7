package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.unionhall.domain.membership.MemberId;

/** One treasurer's approval of a grant request, and when it was given. */
@Embeddable
@Access(AccessType.FIELD)
public class GrantApproval {
    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    /** For JPA only. */
    protected GrantApproval() {
    }

    GrantApproval(MemberId treasurer, Instant at) {
        this.memberId = treasurer.toString();
        this.approvedAt = Objects.requireNonNull(at);
    }

    /** The treasurer who approved. */
    public MemberId treasurer() {
        return MemberId.of(memberId);
    }

    /** When. */
    public Instant approvedAt() {
        return approvedAt;
    }
}
