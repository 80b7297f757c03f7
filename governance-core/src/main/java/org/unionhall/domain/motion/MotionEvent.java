package org.unionhall.domain.motion;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;

/** One line of a motion's history: when, who (empty for a step by rule), and what happened. */
@Embeddable
@Access(AccessType.FIELD)
public class MotionEvent {
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", length = 36)
    private String actorId;

    @Column(name = "what", nullable = false, length = 500)
    private String what;

    /** For JPA only. */
    protected MotionEvent() {
    }

    MotionEvent(Instant at, Optional<MemberId> actor, String what) {
        this.occurredAt = at;
        this.actorId = actor.map(MemberId::toString).orElse(null);
        this.what = what.length() > 500 ? what.substring(0, 499) + "…" : what;
    }

    /** When. */
    public Instant occurredAt() {
        return occurredAt;
    }

    /** Who; empty when a rule or the count did it. */
    public Optional<MemberId> actor() {
        return Optional.ofNullable(actorId).map(MemberId::of);
    }

    /** What happened, in plain words. */
    public String what() {
        return what;
    }
}
