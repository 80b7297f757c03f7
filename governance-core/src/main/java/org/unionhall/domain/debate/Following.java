package org.unionhall.domain.debate;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;

/**
 * A member's choice to follow a motion's debate or not. Without a choice, the proposer follows
 * their own motion and nobody else does.
 */
@Entity
@Table(name = "motion_following")
@Access(AccessType.FIELD)
public class Following {
    @Id
    @Column(name = "id", length = 73)
    private String id;

    @Column(name = "motion_id", nullable = false, length = 36)
    private String motionId;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "following", nullable = false)
    private boolean following;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    /** For JPA only. */
    protected Following() {
    }

    /** A member's first choice about a motion. */
    public Following(MotionId motion, MemberId member, boolean following, Instant now) {
        this.id = key(motion, member);
        this.motionId = motion.toString();
        this.memberId = member.toString();
        this.following = following;
        this.chosenAt = Objects.requireNonNull(now);
    }

    /** The key of a member's choice about a motion. */
    public static String key(MotionId motion, MemberId member) {
        return motion + "/" + member;
    }

    /** The member changes their mind. */
    public void choose(boolean follow, Instant now) {
        if (follow != following) {
            following = follow;
            chosenAt = now;
        }
    }

    /** The motion. */
    public MotionId motion() {
        return MotionId.of(motionId);
    }

    /** The member. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** Whether they follow it. */
    public boolean following() {
        return following;
    }
}
