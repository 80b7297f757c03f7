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
 *
 * <p>For a member with two-factor sign-in on, the session starts <b>awaiting a code</b> once the
 * password matched: it signs nobody in until a code from the member's app (or a recovery code) is
 * given, it lasts {@link #CODE_WAIT} at most, and it ends after {@link #MAX_CODE_FAILURES} wrong
 * codes, so each further guess costs the password again. The row keeps a coarse description of
 * the browser (a {@link BrowserLabel}) so the member can tell their sessions apart; nothing else
 * about the browser or its address.
 */
@Entity
@Table(name = "sign_in_session")
@Access(AccessType.FIELD)
public class SignInSession {
    /** Quiet time after which a session has ended (the same as the HTTP session's). */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    /** The longest a session lasts, however active. */
    public static final Duration LIFETIME = Duration.ofHours(12);
    /** How long a session waits for the code after the password. */
    public static final Duration CODE_WAIT = Duration.ofMinutes(5);
    /** Wrong codes after which a session awaiting one ends. */
    public static final int MAX_CODE_FAILURES = 5;
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

    @Column(name = "awaiting_code", nullable = false)
    private boolean awaitingCode;

    @Column(name = "second_factor_at")
    private Instant secondFactorAt;

    @Column(name = "code_failures", nullable = false)
    private int codeFailures;

    @Column(name = "device", length = 64)
    private String device;

    /** For JPA only. */
    protected SignInSession() {
    }

    /**
     * A session starting now.
     *
     * @param token the token the browser will hold
     */
    public SignInSession(SignInToken token, MemberId member, Instant now) {
        this(token, member, now, BrowserLabel.UNKNOWN, false);
    }

    /**
     * A session starting now on a browser.
     *
     * @param token the token the browser will hold
     * @param browser what the browser is, coarsely
     * @param awaitingCode whether the member has two-factor sign-in on, so a code must follow
     */
    public SignInSession(SignInToken token, MemberId member, Instant now, BrowserLabel browser, boolean awaitingCode) {
        this.tokenDigest = token.digest();
        this.memberId = member.toString();
        this.startedAt = Objects.requireNonNull(now);
        this.lastSeenAt = now;
        this.device = browser.text();
        this.awaitingCode = awaitingCode;
    }

    /**
     * A short public name of the session for its member's list (the first 16 characters of its
     * token's digest): enough to pick one out, useless for resuming it.
     */
    public String handle() {
        return tokenDigest.substring(0, 16);
    }

    /** When the member signed in. */
    public Instant startedAt() {
        return startedAt;
    }

    /** When the session was last used (to the minute). */
    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    /** The browser, coarsely. */
    public String browser() {
        return device == null ? BrowserLabel.UNKNOWN.text() : device;
    }

    /** Whether the password was given but the code is still awaited (nobody is signed in yet). */
    public boolean awaitsCode() {
        return awaitingCode;
    }

    /** Whether a second factor was given in this session. */
    public boolean passedSecondFactor() {
        return secondFactorAt != null;
    }

    /** Notes that the code was given now: the member is signed in, with a second factor. */
    public void secondFactorGiven(Instant now) {
        awaitingCode = false;
        secondFactorAt = Objects.requireNonNull(now);
        lastSeenAt = now;
    }

    /** Forgets that a second factor was given (the member turned two-factor sign-in off). */
    public void secondFactorWithdrawn() {
        secondFactorAt = null;
    }

    /**
     * Counts a wrong code.
     *
     * @return whether the session may still take a code
     */
    public boolean codeFailed() {
        codeFailures++;
        return codeFailures < MAX_CODE_FAILURES;
    }

    /** Whose session. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** Whether the session still holds at this moment. */
    public boolean liveAt(Instant now) {
        if (awaitingCode) {
            return now.isBefore(startedAt.plus(CODE_WAIT)) && codeFailures < MAX_CODE_FAILURES;
        }
        return now.isBefore(lastSeenAt.plus(IDLE_LIMIT)) && now.isBefore(startedAt.plus(LIFETIME));
    }

    /** Notes a request at this moment (written at most once per {@link #SEEN_GRANULARITY}). */
    public void seenAt(Instant now) {
        if (!now.isBefore(lastSeenAt.plus(SEEN_GRANULARITY))) {
            lastSeenAt = now;
        }
    }
}
