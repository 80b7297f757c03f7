package org.unionhall.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;

/** Where sign-in sessions and trusted devices are kept, each under its token's digest. */
public interface SignInSessions {

    /** The session whose token has this digest. */
    Optional<SignInSession> session(String tokenDigest);

    /** Stores a new session. */
    void add(SignInSession session);

    /** Ends the session whose token has this digest, if there is one. */
    void end(String tokenDigest);

    /** Deletes sessions quiet since before idleSince or started before startedBefore. */
    void forgetEnded(Instant idleSince, Instant startedBefore);

    /** The trusted device whose token has this digest. */
    Optional<TrustedDevice> device(String tokenDigest);

    /** Stores a newly trusted device. */
    void add(TrustedDevice device);

    /** Deletes devices with no sign-in since the given moment. */
    void forgetDevicesUnusedSince(Instant since);

    /**
     * Ends every session of the member except the one with the given digest (if any), and
     * forgets every browser trusted for the member except the one with the given digest: after a
     * password change or reset, whoever knew the old password is signed out everywhere.
     *
     * @return how many sessions ended
     */
    int endAllOf(MemberId member, Optional<String> keepSession, Optional<String> keepDevice);

    /** The member's sessions (ended ones too, until they are forgotten), newest first. */
    List<SignInSession> ofMember(MemberId member);

    /**
     * Notes on every session of the member that no second factor holds for it any more (they
     * turned two-factor sign-in off): officer powers need it again.
     */
    void withdrawSecondFactor(MemberId member);

    /** Ends this session (the member signed it out from their list). */
    void remove(SignInSession session);
}
