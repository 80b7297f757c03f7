package org.unionhall.domain.congress;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;

/**
 * One public line of a roll call: who voted what with which weight, and on whose seat (their own,
 * or a proxy giver's). A proxy line is kept but marked overridden when the giver votes themselves.
 */
@Embeddable
@Access(AccessType.FIELD)
public class RollCallEntry {
    @Column(name = "voter_id", nullable = false, length = 36)
    private String voterId;

    @Column(name = "seat_of", nullable = false, length = 36)
    private String seatOf;

    @Column(name = "chapter_id", nullable = false, length = 36)
    private String chapterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", nullable = false, length = 10)
    private Choice choice;

    @Column(name = "weight", nullable = false)
    private long weight;

    @Column(name = "proxy_id", length = 36)
    private String proxyId;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Column(name = "overridden", nullable = false)
    private boolean overridden;

    /** For JPA only. */
    protected RollCallEntry() {
    }

    RollCallEntry(MemberId voter, Seat seat, Choice choice, long weight, Optional<ProxyId> proxy, Instant at) {
        this.voterId = voter.toString();
        this.seatOf = seat.delegate().toString();
        this.chapterId = seat.chapterId().toString();
        this.choice = choice;
        this.weight = weight;
        this.proxyId = proxy.map(ProxyId::toString).orElse(null);
        this.castAt = at;
    }

    void override() {
        this.overridden = true;
    }

    /** Who cast it. */
    public MemberId voter() {
        return MemberId.of(voterId);
    }

    /** Whose seat's weight it carries. */
    public MemberId seatOf() {
        return MemberId.of(seatOf);
    }

    /** The seat's chapter. */
    public ChapterId chapterId() {
        return ChapterId.of(chapterId);
    }

    /** The choice. */
    public Choice choice() {
        return choice;
    }

    /** The weight. */
    public long weight() {
        return weight;
    }

    /** The proxy it was cast under, if any. */
    public Optional<ProxyId> proxyId() {
        return Optional.ofNullable(proxyId).map(ProxyId::of);
    }

    /** When. */
    public Instant castAt() {
        return castAt;
    }

    /** Whether the seat's holder voted themselves afterwards, so this proxy line no longer counts. */
    public boolean overridden() {
        return overridden;
    }

    /** Whether it counts. */
    public boolean counts() {
        return !overridden;
    }
}
