package org.unionhall.domain.account;

import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;

/** Where password reset requests are kept, under their token's digest. */
public interface PasswordResets {

    /** The request whose link token has this digest. */
    Optional<PasswordReset> find(String tokenDigest);

    /**
     * The request whose link token has this digest, locked until the transaction ends, so that
     * two uses of one link at the same moment are one after the other and the second is refused.
     */
    Optional<PasswordReset> findForUse(String tokenDigest);

    /** Stores a new request. */
    void add(PasswordReset reset);

    /** How many requests for the address with this digest were made since the given moment. */
    long countForAddressSince(String addressDigest, Instant since);

    /**
     * Deletes every request of this member but the one with the given digest (their links stop
     * working), returning how many.
     */
    int forgetMember(MemberId member, String exceptDigest);

    /** Deletes requests made before the given moment. */
    void forgetRequestedBefore(Instant before);
}
