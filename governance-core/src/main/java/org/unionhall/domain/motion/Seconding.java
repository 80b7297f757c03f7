package org.unionhall.domain.motion;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.unionhall.domain.membership.MemberId;

/** A member's support for bringing a motion to the floor. */
@Embeddable
@Access(AccessType.FIELD)
public class Seconding {
    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "seconded_at", nullable = false)
    private Instant secondedAt;

    /** For JPA only. */
    protected Seconding() {
    }

    Seconding(MemberId member, Instant at) {
        this.memberId = member.toString();
        this.secondedAt = at;
    }

    /** Who seconded. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** When. */
    public Instant secondedAt() {
        return secondedAt;
    }
}
