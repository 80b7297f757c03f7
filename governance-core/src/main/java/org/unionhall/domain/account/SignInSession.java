package org.unionhall.domain.account;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.unionhall.domain.membership.MemberId;

/**
 * A member signed in on one browser, kept in the database so that the sign-in outlives the
 * server process that took it: a restarted server, or another node of a cluster, finds the
 * member still signed in. The browser holds the {@link SignInToken}; the row holds its digest.
 * A session ends at sign-out, after {@link #IDLE_LIMIT} without a request, and at the latest
 * {@link #LIFETIME} after sign-in.
 */
@Entity
@Table(name = "sign_in_session")
@Access(AccessType.FIELD)
public class SignInSession {
    /** Quiet time after which a session has ended (the same as the HTTP session's). */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    /** The longest a session lasts, however active. */
    public static final Duration LIFETIME = Duration.ofHours(12);
    /** How stale the last-seen time may get before a request writes it again. */
    public static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @Column(name = "token_digest", length = 64)
    private String tokenDigest;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    /** For JPA only. */
    protected SignInSession() {
    }

    /**
     * A session starting now.
     *
     * @param token the token the browser will hold
     */
    public SignInSession(SignInToken token, MemberId member, Instant now) {
        this.tokenDigest = token.digest();
        this.memberId = member.toString();
        this.startedAt = Objects.requireNonNull(now);
        this.lastSeenAt = now;
    }

    /** Whose session. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** Whether the session still holds at this moment. */
    public boolean liveAt(Instant now) {
        return now.isBefore(lastSeenAt.plus(IDLE_LIMIT)) && now.isBefore(startedAt.plus(LIFETIME));
    }

    /** Notes a request at this moment (written at most once per {@link #SEEN_GRANULARITY}). */
    public void seenAt(Instant now) {
        if (!now.isBefore(lastSeenAt.plus(SEEN_GRANULARITY))) {
            lastSeenAt = now;
        }
    }
}
