package org.unionhall.domain.congress;

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
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A delegate's permission for another delegate of the same union to cast their weight, for one
 * vote or for one congress session, until revoked. Proxies go one step only: a delegate who gave
 * a proxy cannot hold one for a vote it may cover, and one who holds a proxy cannot pass their own
 * vote on; so a proxy loop (A to B, B to A) or chain can never form. A one-vote proxy and a
 * session proxy of the same union count as possibly covering the same vote.
 */
@Entity
@Table(name = "congress_proxy")
@Access(AccessType.FIELD)
public class Proxy {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "giver_id", nullable = false, length = 36)
    private String giverId;

    @Column(name = "holder_id", nullable = false, length = 36)
    private String holderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 10)
    private ProxyScope scope;

    @Column(name = "motion_id", length = 36)
    private String motionId;

    @Column(name = "session_day")
    private LocalDate sessionDay;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Proxy() {
    }

    private Proxy(UnionId union, MemberId giver, MemberId holder, ProxyScope scope, Optional<MotionId> motion,
                  Optional<LocalDate> day, Instant now) {
        this.id = ProxyId.generate().toString();
        this.unionId = union.toString();
        this.giverId = giver.toString();
        this.holderId = holder.toString();
        this.scope = scope;
        this.motionId = motion.map(MotionId::toString).orElse(null);
        this.sessionDay = day.orElse(null);
        this.givenAt = Objects.requireNonNull(now);
    }

    /** A proxy for the congress vote on one motion. */
    public static Proxy forVote(UnionId union, MemberId giver, MemberId holder, MotionId motion,
                                DelegateCheck check, Collection<Proxy> activeOfUnion, Instant now) {
        Proxy proxy = new Proxy(union, giver, holder, ProxyScope.ONE_VOTE, Optional.of(motion), Optional.empty(), now);
        proxy.check(check, activeOfUnion);
        return proxy;
    }

    /** A proxy for every congress vote of the union opened on one day. */
    public static Proxy forSession(UnionId union, MemberId giver, MemberId holder, LocalDate day,
                                   DelegateCheck check, Collection<Proxy> activeOfUnion, Instant now) {
        Objects.requireNonNull(day, "day");
        Proxy proxy = new Proxy(union, giver, holder, ProxyScope.SESSION, Optional.empty(), Optional.of(day), now);
        proxy.check(check, activeOfUnion);
        return proxy;
    }

    /**
     * Whether giver and holder are delegates of the union, as the service finds them.
     *
     * @param giverIsDelegate the giver holds a delegate mandate in force in the union
     * @param holderIsDelegate the holder does
     */
    public record DelegateCheck(boolean giverIsDelegate, boolean holderIsDelegate) {
    }

    private void check(DelegateCheck check, Collection<Proxy> activeOfUnion) {
        if (giverId.equals(holderId)) {
            throw new RuleViolation("A proxy goes to another delegate, not to yourself.");
        }
        if (!check.giverIsDelegate()) {
            throw new RuleViolation("Only a delegate in office can give a proxy.");
        }
        if (!check.holderIsDelegate()) {
            throw new RuleViolation("A proxy can be given only to another delegate of the same union.");
        }
        for (Proxy other : activeOfUnion) {
            if (!other.active() || !other.unionId.equals(unionId) || !other.mayOverlap(this)) {
                continue;
            }
            if (other.giverId.equals(giverId)) {
                throw new RuleViolation("You already gave a proxy that covers this vote; revoke it first.");
            }
            if (other.giverId.equals(holderId) && other.holderId.equals(giverId)) {
                throw new RuleViolation("This would make a proxy loop: the delegate you chose gave their own "
                        + "vote to you for this vote.");
            }
            if (other.giverId.equals(holderId)) {
                throw new RuleViolation("The delegate you chose gave their own vote to someone else for this vote; "
                        + "proxies go one step only.");
            }
            if (other.holderId.equals(giverId)) {
                throw new RuleViolation("You hold a proxy for this vote; a proxy holder cannot pass their vote on.");
            }
        }
    }

    private boolean mayOverlap(Proxy other) {
        if (scope == ProxyScope.ONE_VOTE && other.scope == ProxyScope.ONE_VOTE) {
            return motionId.equals(other.motionId);
        }
        if (scope == ProxyScope.SESSION && other.scope == ProxyScope.SESSION) {
            return sessionDay.equals(other.sessionDay);
        }
        return true;
    }

    /** Whether it covers the congress vote on the given motion, opened on the given day. */
    public boolean covers(MotionId motion, LocalDate sessionOfVote) {
        return active() && (scope == ProxyScope.ONE_VOTE ? motion.toString().equals(motionId)
                : sessionDay.equals(sessionOfVote));
    }

    /** The giver takes the proxy back; votes already cast with it stay unless the giver votes themselves. */
    public void revoke(MemberId by, Instant now) {
        if (!by.toString().equals(giverId)) {
            throw new RuleViolation("Only the delegate who gave a proxy can revoke it.");
        }
        if (revokedAt != null) {
            throw new RuleViolation("This proxy was already revoked.");
        }
        revokedAt = now;
    }

    /** Whether it is not revoked. */
    public boolean active() {
        return revokedAt == null;
    }

    /** Its id. */
    public ProxyId id() {
        return ProxyId.of(id);
    }

    /** The union. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** Who gave it. */
    public MemberId giver() {
        return MemberId.of(giverId);
    }

    /** Who holds it. */
    public MemberId holder() {
        return MemberId.of(holderId);
    }

    /** One vote or one session. */
    public ProxyScope scope() {
        return scope;
    }

    /** The motion, for a one-vote proxy. */
    public Optional<MotionId> motionId() {
        return Optional.ofNullable(motionId).map(MotionId::of);
    }

    /** The day, for a session proxy. */
    public Optional<LocalDate> sessionDay() {
        return Optional.ofNullable(sessionDay);
    }

    /** When it was given. */
    public Instant givenAt() {
        return givenAt;
    }

    /** When it was revoked. */
    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
