package org.unionhall.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Where sign-ups wait for their confirmation, under their link token's digest. */
public interface SignUps {

    /** The sign-up whose link token has this digest. */
    Optional<SignUp> find(String tokenDigest);

    /**
     * The sign-up whose link token has this digest, locked until the transaction ends, so that two
     * uses of one link at the same moment are one after the other and the second finds nothing.
     */
    Optional<SignUp> findForUse(String tokenDigest);

    /** Stores a new sign-up. */
    void add(SignUp signUp);

    /** Deletes a sign-up (its link stops working). */
    void remove(SignUp signUp);

    /** How many sign-ups for the address with this digest were made since the given moment. */
    long countForAddressSince(String addressDigest, Instant since);

    /** Deletes the sign-ups whose links expired before the given moment, returning how many. */
    int forgetExpiredBefore(Instant before);
}
